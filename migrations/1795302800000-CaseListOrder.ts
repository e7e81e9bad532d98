import { MigrationInterface, QueryRunner } from 'typeorm';

// The case list's order, (created_at, id) read backwards, as an index (issue 16): the first page and each keyset page
// (`(created_at, id) < (cursor)`) read only the rows they show instead of sorting every visible case.
export class CaseListOrder1795302800000 implements MigrationInterface {
  name = 'CaseListOrder1795302800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_case_created_id" ON "case" ("created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_created_id"`);
  }
}
