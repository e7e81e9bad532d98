import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hand-sent part of a `notify` message: the audiences no user receives (the reporter, or an audience nobody holds
 * the roles of), and who marked it sent, when, with which note and document of the dossier.
 */
export class OutboxManualItems1795301611000 implements MigrationInterface {
  name = 'OutboxManualItems1795301611000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "manual_audiences" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "sent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "sent_by" uuid`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "sent_note" text`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "sent_attachment_id" uuid`);
    // Messages already written keep their reporter part as an item to send.
    await queryRunner.query(
      `UPDATE "outbox_message" SET "manual_audiences" = ARRAY['REPORTER'] WHERE "type" = 'notify' AND "payload"->'audiences' ? 'REPORTER'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "sent_attachment_id"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "sent_note"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "sent_by"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "sent_at"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "manual_audiences"`);
  }
}
