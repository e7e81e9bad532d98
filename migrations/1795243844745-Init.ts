import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795243844745 implements MigrationInterface {
    name = 'Init1795243844745'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "org_unit" ("id" uuid NOT NULL, "parent_id" uuid, "code" character varying(64) NOT NULL, "name" character varying(300) NOT NULL, "level" character varying(32) NOT NULL, "path" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b030ad27296e9df74659dcb8ec" ON "org_unit" ("code") `);
        await queryRunner.query(`CREATE INDEX "IDX_0117a7a7034d2b27b734efa7c3" ON "org_unit" ("path") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL, "username" character varying(100) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user" ("username") `);
        await queryRunner.query(`CREATE TABLE "role_assignment" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "role" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_role_assignment" UNIQUE ("user_id", "unit_id", "role"), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0308896e1a10f74ce104f6cc93" ON "role_assignment" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bcaaa58c4076bf41b3a8f854b0" ON "role_assignment" ("unit_id") `);
        await queryRunner.query(`CREATE TABLE "case" ("id" uuid NOT NULL, "procedure_id" character varying(64) NOT NULL, "machine_version" integer NOT NULL, "snapshot" jsonb NOT NULL, "state" character varying(200) NOT NULL, "status" character varying(16) NOT NULL, "report_category" character varying(32) NOT NULL, "tags" jsonb NOT NULL DEFAULT '{}'::jsonb, "version" integer NOT NULL, "org_unit_id" uuid NOT NULL, "assigned_unit_id" uuid, "title" character varying(300) NOT NULL, "chain_head" character(64) NOT NULL, "created_by" uuid NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1b20a2aef6fc438389d2c4aca0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_61f2f55c73652135fbac2dade4" ON "case" ("assigned_unit_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_747db06faf3c78495c4afe3bfe" ON "case" ("received_at") `);
        await queryRunner.query(`CREATE INDEX "ix_case_procedure_state" ON "case" ("procedure_id", "state") `);
        await queryRunner.query(`CREATE INDEX "ix_case_unit_created" ON "case" ("org_unit_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "case_event" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "seq" integer NOT NULL, "type" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "actor_id" uuid NOT NULL, "from_state" character varying(200), "to_state" character varying(200) NOT NULL, "machine_version" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "uq_case_event_seq" UNIQUE ("case_id", "seq"), CONSTRAINT "PK_5b6e18b2d4fd178711a2269645e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "deadline" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "rule_key" character varying(64) NOT NULL, "start_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL, "generation" integer NOT NULL, "event_seq" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_deadline_generation" UNIQUE ("case_id", "key", "generation"), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5ed856abd22976fe8eb85dfc6a" ON "deadline" ("case_id") `);
        await queryRunner.query(`CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "status_code" integer, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key"))`);
        await queryRunner.query(`CREATE TABLE "outbox_message" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "event_seq" integer NOT NULL, "type" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_pending" ON "outbox_message" ("status", "id") `);
        await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "FK_b8e4301109a2850200ba2c7c512" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_bcaaa58c4076bf41b3a8f854b00" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case" ADD CONSTRAINT "FK_0aa984fed2d57c1d57aafca2c59" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case" ADD CONSTRAINT "FK_61f2f55c73652135fbac2dade47" FOREIGN KEY ("assigned_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "case_event" ADD CONSTRAINT "FK_85962fcd8d72296385c01a5dd45" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "case_event" DROP CONSTRAINT "FK_85962fcd8d72296385c01a5dd45"`);
        await queryRunner.query(`ALTER TABLE "case" DROP CONSTRAINT "FK_61f2f55c73652135fbac2dade47"`);
        await queryRunner.query(`ALTER TABLE "case" DROP CONSTRAINT "FK_0aa984fed2d57c1d57aafca2c59"`);
        await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_bcaaa58c4076bf41b3a8f854b00"`);
        await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_0308896e1a10f74ce104f6cc93f"`);
        await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "FK_b8e4301109a2850200ba2c7c512"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_pending"`);
        await queryRunner.query(`DROP TABLE "outbox_message"`);
        await queryRunner.query(`DROP TABLE "idempotency_key"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5ed856abd22976fe8eb85dfc6a"`);
        await queryRunner.query(`DROP TABLE "deadline"`);
        await queryRunner.query(`DROP TABLE "case_event"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_unit_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_procedure_state"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_747db06faf3c78495c4afe3bfe"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_61f2f55c73652135fbac2dade4"`);
        await queryRunner.query(`DROP TABLE "case"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bcaaa58c4076bf41b3a8f854b0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0308896e1a10f74ce104f6cc93"`);
        await queryRunner.query(`DROP TABLE "role_assignment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c480e576dd71729addbc2d51b6"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0117a7a7034d2b27b734efa7c3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b030ad27296e9df74659dcb8ec"`);
        await queryRunner.query(`DROP TABLE "org_unit"`);
    }

}
