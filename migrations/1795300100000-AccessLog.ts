import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessLog1795300100000 implements MigrationInterface {
  name = 'AccessLog1795300100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_log" ("id" BIGSERIAL NOT NULL, "case_id" uuid, "user_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "reason" text, "details" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_access_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_access_log_case" ON "access_log" ("case_id", "at")`);
    await queryRunner.query(`CREATE INDEX "ix_access_log_user" ON "access_log" ("user_id", "at")`);
    // Append-only like the audit log: the same refusing function.
    await queryRunner.query(
      `CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER access_log_no_truncate ON access_log`);
    await queryRunner.query(`DROP TRIGGER access_log_append_only ON access_log`);
    await queryRunner.query(`DROP TABLE "access_log"`);
  }
}
