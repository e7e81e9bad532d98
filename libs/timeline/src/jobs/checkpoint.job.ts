import { Injectable, Logger } from '@nestjs/common';
import { CheckpointService } from '../checkpoints/checkpoint.service';
import { toVietnamDate } from '@hoso/kernel/legal-time';

/** The daily checkpoint: one per Vietnamese date, however often the job is delivered. */
@Injectable()
export class CheckpointJob {
  private readonly logger = new Logger('Checkpoint');

  constructor(private readonly checkpoints: CheckpointService) {}

  async handle(now: Date = new Date()): Promise<{ skipped: true; date: string } | { checkpointId: string; caseCount: number }> {
    const date = toVietnamDate(now);
    const taken = await this.checkpoints.take({ scheduledFor: date, now });
    if (!taken) return { skipped: true, date };
    this.logger.log(`checkpoint ${taken.id} for ${date}: ${taken.caseCount} cases, key ${taken.keyId}`);
    return { checkpointId: taken.id, caseCount: taken.caseCount };
  }
}
