import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadlineFiringRepository } from '../repositories/deadline-firing.repository';
import type { MissedJob } from './deadline-buckets';
import { DEADLINE_MISSED_SINK, type DeadlineMissedSink } from './deadline-missed.sink';

/**
 * Tells a case's machine that one of its deadlines was missed. Claims the `deadline_missed_event` row the bucket
 * wrote (deleted in the same transaction as the event), so a job delivered twice sends the event once; the machine
 * decides what a missed deadline means for the case, and ignores a stale generation.
 */
@Injectable()
export class DeadlineMissedJob {
  private readonly logger = new Logger('DeadlineMissed');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DEADLINE_MISSED_SINK) private readonly cases: DeadlineMissedSink,
    private readonly firings: DeadlineFiringRepository,
  ) {}

  async handle(job: MissedJob): Promise<'DONE' | 'SKIPPED'> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.firings.claimMissed(m, job.deadlineId, job.generation);
      if (!d) return 'SKIPPED';
      const state = await this.cases.deadlineMissed(m, d.case_id, d.key, job.generation);
      this.logger.log(`deadline ${d.key} of case ${d.case_id} missed (g${job.generation})${state ? ` → ${state}` : ''}`);
      return 'DONE';
    });
  }
}
