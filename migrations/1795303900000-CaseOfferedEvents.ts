import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The steps a case offers whatever its caller (issue 16, GET /inbox/awaiting-me at a million cases): the event types
 * whose offer depends on the case's context (an offerWhen, or only guarded transitions) and that the machine does not
 * close on this snapshot, written with the snapshot (libs/cases/src/services/offered-events.ts). The queue selects
 * them in SQL instead of running the machine over every such case in scope. NULL: not computed yet (rows written
 * before this migration); the queue checks those one by one, and the worker's backfill fills them.
 */
export class CaseOfferedEvents1795303900000 implements MigrationInterface {
  name = 'CaseOfferedEvents1795303900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case" ADD "offered_events" text array`);
    // The rows whose steps are not known from the column: not filled yet (the backfill's way to the rows left, empty
    // once it is done, so the worker's periodic run is one index probe), or holding an undecided step (the marker
    // '?', offered-events.ts), which the queue checks one by one. Few, so the queue reads them here, not from a scan
    // of the open cases.
    await queryRunner.query(`CREATE INDEX "ix_case_offered_unknown" ON "case" (id) WHERE offered_events IS NULL OR offered_events @> '{?}'::text[]`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_case_offered_unknown"`);
    await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "offered_events"`);
  }
}
