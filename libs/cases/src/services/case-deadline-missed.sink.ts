import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DeadlineMissedSink } from '@hoso/deadlines/jobs/deadline-missed.sink';
import { CaseCommandService } from './case-command.service';

/** A missed deadline reaches its case as the system event DEADLINE_MISSED; the machine ignores a stale generation. */
@Injectable()
export class CaseDeadlineMissedSink implements DeadlineMissedSink {
  constructor(private readonly cases: CaseCommandService) {}

  async deadlineMissed(m: EntityManager, caseId: string, key: string, generation: number): Promise<string | undefined> {
    const moved = await this.cases.sendAsSystem(m, caseId, 'DEADLINE_MISSED', { key, generation });
    return moved?.case.state;
  }
}
