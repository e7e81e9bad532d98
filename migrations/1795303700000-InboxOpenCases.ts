import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox's counts at a million cases (issue 16): they count the open cases in scope up to 10,001, one way in at a
 * time (on one of the caller's units, else assigned to one of them, else named), and ask each case whether it has an
 * open deadline. Before, a bitmap of a commune's whole scope (41,000 cases, open or not) read a case row per case
 * from a 1.3 GB table, and a deadline row per case: about 250 ms of the commune's 350 ms.
 * - `ix_case_open_unit`, `ix_case_open_assigned`: the open cases by unit and by assigned unit, holding every column
 *   the inbox's conditions read (the other unit, procedure, state, report category), so the counts are index-only.
 * - `ix_deadline_open_case`: the open deadlines by case, with the due instant and id, for "has it an open (dated)
 *   deadline" and "is no open deadline of its case nearer" without reading deadline rows.
 * The columns are ones the case's other indexes hold already, except the report category, so an update that was
 * HOT mostly stays HOT; a case enters or leaves the first two when it is opened or closed.
 */
export class InboxOpenCases1795303700000 implements MigrationInterface {
  name = 'InboxOpenCases1795303700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_case_open_unit" ON "case" ("org_unit_id") INCLUDE ("id", "assigned_unit_id", "procedure_id", "state", "report_category") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_open_assigned" ON "case" ("assigned_unit_id") INCLUDE ("id", "org_unit_id", "procedure_id", "state", "report_category") WHERE status = 'OPEN' AND assigned_unit_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_deadline_open_case" ON "deadline" ("case_id", "due_at", "id") WHERE status IN ('PENDING', 'MISSED')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deadline_open_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_open_assigned"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_open_unit"`);
  }
}
