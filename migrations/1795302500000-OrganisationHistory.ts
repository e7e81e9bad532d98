import { MigrationInterface, QueryRunner } from 'typeorm';

// The organisation tree over time (docs/domain/changes-2026.md §2, §5.1): units get validity dates and periods (name,
// parent, path), structural changes and their predecessor → successor links are recorded, and a member's move to
// another unit is kept beside their membership history.
export class OrganisationHistory1795302500000 implements MigrationInterface {
    name = 'OrganisationHistory1795302500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Existing units have been active since the day (Vietnam time) they were recorded.
        await queryRunner.query(`ALTER TABLE "org_unit" ADD "valid_from" date`);
        await queryRunner.query(`UPDATE "org_unit" SET "valid_from" = ("created_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`);
        await queryRunner.query(`ALTER TABLE "org_unit" ALTER COLUMN "valid_from" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "org_unit" ADD "valid_to" date`);
        await queryRunner.query(`CREATE TABLE "org_unit_period" ("unit_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "name" character varying(300) NOT NULL, "parent_id" uuid, "level" character varying(32) NOT NULL, "code" character varying(64) NOT NULL, "path" text NOT NULL, CONSTRAINT "PK_b32efa275cbeef01c6f2250e653" PRIMARY KEY ("unit_id", "valid_from"))`);
        await queryRunner.query(`CREATE INDEX "ix_org_unit_period_day" ON "org_unit_period" ("valid_from", "valid_to") `);
        // One current period per existing unit.
        await queryRunner.query(`INSERT INTO "org_unit_period" ("unit_id", "valid_from", "valid_to", "name", "parent_id", "level", "code", "path")
                                 SELECT "id", "valid_from", NULL, "name", "parent_id", "level", "code", "path" FROM "org_unit"`);
        await queryRunner.query(`CREATE TABLE "org_change" ("id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "plan" jsonb NOT NULL, "effective_date" date NOT NULL, "decision_number" character varying(100) NOT NULL, "decision_date" date NOT NULL, "decider_unit_id" uuid NOT NULL, "case_id" uuid, "event_seq" integer, "reason" text, "applied_by" uuid NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" jsonb NOT NULL, CONSTRAINT "PK_a316c6b8bc6e9d3f2c3c222238f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_org_change_applied" ON "org_change" ("applied_at") `);
        await queryRunner.query(`CREATE TABLE "org_lineage" ("change_id" uuid NOT NULL, "predecessor_id" uuid NOT NULL, "successor_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "records" boolean NOT NULL, CONSTRAINT "PK_bbcf82377c2d8c43e1be42483fc" PRIMARY KEY ("change_id", "predecessor_id", "successor_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_org_lineage_predecessor" ON "org_lineage" ("predecessor_id") `);
        await queryRunner.query(`CREATE INDEX "ix_org_lineage_successor" ON "org_lineage" ("successor_id") `);
        await queryRunner.query(`CREATE TABLE "person_transfer" ("id" BIGSERIAL NOT NULL, "person_id" uuid NOT NULL, "from_unit_id" uuid NOT NULL, "to_unit_id" uuid NOT NULL, "on_date" date NOT NULL, "change_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28b4f3d4958716979aa90fd306a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_person_transfer_person" ON "person_transfer" ("person_id", "on_date") `);
        await queryRunner.query(`ALTER TABLE "org_unit_period" ADD CONSTRAINT "FK_d44291cd3f7c7b0196b92572aa4" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "org_lineage" ADD CONSTRAINT "FK_ed33eec2691baea0347f4ec2022" FOREIGN KEY ("change_id") REFERENCES "org_change"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "org_lineage" ADD CONSTRAINT "FK_75b5c2164a91444ff6d92de83b1" FOREIGN KEY ("predecessor_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "org_lineage" ADD CONSTRAINT "FK_1155fc3d7c9b3d5f3330f6d365f" FOREIGN KEY ("successor_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person_transfer" ADD CONSTRAINT "FK_c266998c168a31aecc6f5bf02b4" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person_transfer" ADD CONSTRAINT "FK_651edfa817f662d98069d370faa" FOREIGN KEY ("from_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person_transfer" ADD CONSTRAINT "FK_036669b7e297abd9a13136b443b" FOREIGN KEY ("to_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "person_transfer" DROP CONSTRAINT "FK_036669b7e297abd9a13136b443b"`);
        await queryRunner.query(`ALTER TABLE "person_transfer" DROP CONSTRAINT "FK_651edfa817f662d98069d370faa"`);
        await queryRunner.query(`ALTER TABLE "person_transfer" DROP CONSTRAINT "FK_c266998c168a31aecc6f5bf02b4"`);
        await queryRunner.query(`ALTER TABLE "org_lineage" DROP CONSTRAINT "FK_1155fc3d7c9b3d5f3330f6d365f"`);
        await queryRunner.query(`ALTER TABLE "org_lineage" DROP CONSTRAINT "FK_75b5c2164a91444ff6d92de83b1"`);
        await queryRunner.query(`ALTER TABLE "org_lineage" DROP CONSTRAINT "FK_ed33eec2691baea0347f4ec2022"`);
        await queryRunner.query(`ALTER TABLE "org_unit_period" DROP CONSTRAINT "FK_d44291cd3f7c7b0196b92572aa4"`);
        await queryRunner.query(`DROP INDEX "public"."ix_person_transfer_person"`);
        await queryRunner.query(`DROP TABLE "person_transfer"`);
        await queryRunner.query(`DROP INDEX "public"."ix_org_lineage_successor"`);
        await queryRunner.query(`DROP INDEX "public"."ix_org_lineage_predecessor"`);
        await queryRunner.query(`DROP TABLE "org_lineage"`);
        await queryRunner.query(`DROP INDEX "public"."ix_org_change_applied"`);
        await queryRunner.query(`DROP TABLE "org_change"`);
        await queryRunner.query(`DROP INDEX "public"."ix_org_unit_period_day"`);
        await queryRunner.query(`DROP TABLE "org_unit_period"`);
        await queryRunner.query(`ALTER TABLE "org_unit" DROP COLUMN "valid_to"`);
        await queryRunner.query(`ALTER TABLE "org_unit" DROP COLUMN "valid_from"`);
    }

}
