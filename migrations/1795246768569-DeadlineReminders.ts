import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlineReminders1795246768569 implements MigrationInterface {
    name = 'DeadlineReminders1795246768569'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "deadline_delivery" ("deadline_id" uuid NOT NULL, "generation" integer NOT NULL, "kind" character varying(24) NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a33697621fe85eca7fb15ee4ada" PRIMARY KEY ("deadline_id", "generation", "kind"))`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "case_id" uuid, "kind" character varying(32) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "source_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_notification_source" UNIQUE ("user_id", "source_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_notification_user" ON "notification" ("user_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "deadline" ADD "armed_generation" integer`);
        await queryRunner.query(`CREATE INDEX "ix_deadline_open" ON "deadline" ("due_at") WHERE status = 'PENDING'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_deadline_open"`);
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "armed_generation"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notification_user"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TABLE "deadline_delivery"`);
    }

}
