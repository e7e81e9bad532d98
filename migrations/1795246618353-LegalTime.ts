import { MigrationInterface, QueryRunner } from "typeorm";

export class LegalTime1795246618353 implements MigrationInterface {
    name = 'LegalTime1795246618353'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" character varying(64) NOT NULL, "reason" text NOT NULL, "details" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_log_action" ON "audit_log" ("action", "created_at") `);
        await queryRunner.query(`CREATE TABLE "calendar_entry" ("id" uuid NOT NULL, "date" date NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "source" character varying(24) NOT NULL, "valid_from_version" integer NOT NULL, "valid_to_version" integer, CONSTRAINT "PK_7d668083b7f3e66b1e64f418f77" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_calendar_entry_date" ON "calendar_entry" ("date") `);
        await queryRunner.query(`CREATE TABLE "calendar_version" ("id" SERIAL NOT NULL, "kind" character varying(16) NOT NULL, "reason" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa1131bd5d740b3dc0448302633" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "legal_rule" ("id" uuid NOT NULL, "key" character varying(64) NOT NULL, "value" numeric, "unit" character varying(16) NOT NULL, "start_convention" character varying(16) NOT NULL, "start_event" text NOT NULL, "extension_value" numeric, "extension_max_count" integer NOT NULL DEFAULT '0', "effective_from" date NOT NULL, "legal_basis" text NOT NULL, "source_ref" character varying(32) NOT NULL, "confidence" character varying(16) NOT NULL, "description" text NOT NULL, "org_unit_id" uuid, "reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_227e8a98447a6aa40189aea8703" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_legal_rule_lookup" ON "legal_rule" ("key", "effective_from") `);
        await queryRunner.query(`ALTER TABLE "deadline" ADD "rule_id" uuid`);
        await queryRunner.query(`ALTER TABLE "deadline" ADD "calendar_version" integer`);
        await queryRunner.query(`ALTER TABLE "deadline" ADD "explanation" jsonb`);
        await queryRunner.query(`ALTER TABLE "deadline" ADD "manual_due" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "legal_rule" ADD CONSTRAINT "FK_df0379a9ac10244eca2cc9ff4df" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "legal_rule" DROP CONSTRAINT "FK_df0379a9ac10244eca2cc9ff4df"`);
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "manual_due"`);
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "explanation"`);
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "calendar_version"`);
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "rule_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_legal_rule_lookup"`);
        await queryRunner.query(`DROP TABLE "legal_rule"`);
        await queryRunner.query(`DROP TABLE "calendar_version"`);
        await queryRunner.query(`DROP INDEX "public"."ix_calendar_entry_date"`);
        await queryRunner.query(`DROP TABLE "calendar_entry"`);
        await queryRunner.query(`DROP INDEX "public"."ix_audit_log_action"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
