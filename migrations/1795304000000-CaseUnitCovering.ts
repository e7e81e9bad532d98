import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lists' totals at a million cases (issue 16): `GET /cases` counts the cases in scope up to 10,001, one way in at
 * a time (on one of the caller's units, else assigned to one of them, else named). The first way is read from
 * `ix_case_unit_created`, which now INCLUDEs the case id the exclusions are tested on, so the count is index-only.
 * Before, the count walked the list's order index and tested every row's units: a commune's 10,001 cases are about
 * one in twenty of the newest, so it read some 240,000 entries (80–260 ms); from the unit index it reads 10,001
 * (about 8 ms). The columns do not change on a transition, so an update that was HOT stays HOT.
 */
export class CaseUnitCovering1795304000000 implements MigrationInterface {
  name = 'CaseUnitCovering1795304000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_unit_created"`);
    await queryRunner.query(`CREATE INDEX "ix_case_unit_created" ON "case" ("org_unit_id", "created_at") INCLUDE ("id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_unit_created"`);
    await queryRunner.query(`CREATE INDEX "ix_case_unit_created" ON "case" ("org_unit_id", "created_at") `);
  }
}
