import { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationChannels1795247756236 implements MigrationInterface {
    name = 'NotificationChannels1795247756236'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" uuid NOT NULL, "notification_id" uuid NOT NULL, "channel" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notification_delivery_channel" UNIQUE ("notification_id", "channel"), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notification_delivery_open" ON "notification_delivery" ("updated_at") WHERE status IN ('PENDING', 'QUEUED')`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "email" character varying(320)`);
        await queryRunner.query(`ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_delivery_open"`);
        await queryRunner.query(`DROP TABLE "notification_delivery"`);
    }

}
