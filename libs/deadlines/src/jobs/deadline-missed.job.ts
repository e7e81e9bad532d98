import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
  ) {}

  async handle(job: MissedJob): Promise<'DONE' | 'SKIPPED'> {
    return this.dataSource.transaction(async (m) => {
      const rows: { case_id: string; key: string }[] = await m.query(
        `WITH claimed AS (DELETE FROM deadline_missed_event WHERE deadline_id = $1 AND generation = $2 RETURNING deadline_id)
         SELECT d.case_id, d.key FROM claimed c JOIN deadline d ON d.id = c.deadline_id`,
        [job.deadlineId, job.generation],
      );
      const d = rows[0];
      if (!d) return 'SKIPPED';
      const state = await this.cases.deadlineMissed(m, d.case_id, d.key, job.generation);
      this.logger.log(`deadline ${d.key} of case ${d.case_id} missed (g${job.generation})${state ? ` → ${state}` : ''}`);
      return 'DONE';
    });
  }
}
