import { MigrationInterface, QueryRunner } from 'typeorm';

// Committees' targets for the periodic reports (issue 17 §3): one row per unit, year, indicator and version; a target set
// again is a new version, so a row is never changed or removed (the audit log's refusal function guards it).
export class ReportTargets1795303100000 implements MigrationInterface {
  name = 'ReportTargets1795303100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_target" ("id" uuid NOT NULL, "org_unit_id" uuid NOT NULL, "year" integer NOT NULL, "indicator" character varying(32) NOT NULL, "version" integer NOT NULL, "value" integer NOT NULL, "basis" text NOT NULL, "reason" text, "set_by" uuid NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_report_target_version" UNIQUE ("org_unit_id", "year", "indicator", "version"), CONSTRAINT "PK_7f1f929604d4e33f5c64612ac60" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_report_target_year" ON "report_target" ("year", "indicator") `);
    await queryRunner.query(`ALTER TABLE "report_target" ADD CONSTRAINT "FK_55b205577ec4b9c3c112075e175" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_target" ADD CONSTRAINT "FK_4399423b45000a7728caed5e5d9" FOREIGN KEY ("set_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER report_target_append_only BEFORE UPDATE OR DELETE ON "report_target" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER report_target_append_only ON "report_target"`);
    await queryRunner.query(`ALTER TABLE "report_target" DROP CONSTRAINT "FK_4399423b45000a7728caed5e5d9"`);
    await queryRunner.query(`ALTER TABLE "report_target" DROP CONSTRAINT "FK_55b205577ec4b9c3c112075e175"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_target_year"`);
    await queryRunner.query(`DROP TABLE "report_target"`);
  }
}
