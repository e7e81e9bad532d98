import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox (GET /inbox) walks the open deadlines in due order and stops at the page, instead of probing every open
 * case's deadlines (issue 16): one partial index of what the inbox lists — pending and missed deadlines — by due
 * instant then case, so the order `due_at, case id` is read straight from it; NULL due instants sort last, by case.
 */
export class InboxFromDeadlines1795302900000 implements MigrationInterface {
  name = 'InboxFromDeadlines1795302900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_deadline_inbox" ON "deadline" ("due_at", "case_id") WHERE status IN ('PENDING', 'MISSED')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deadline_inbox"`);
  }
}
