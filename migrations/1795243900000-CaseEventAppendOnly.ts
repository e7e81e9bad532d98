import { MigrationInterface, QueryRunner } from 'typeorm';

// The timeline is append-only: UPDATE, DELETE and TRUNCATE on case_event are refused by the database itself.
export class CaseEventAppendOnly1795243900000 implements MigrationInterface {
  name = 'CaseEventAppendOnly1795243900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION case_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON "case_event" FOR EACH ROW EXECUTE FUNCTION case_event_refuse_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON "case_event" FOR EACH STATEMENT EXECUTE FUNCTION case_event_refuse_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_event_no_truncate ON "case_event"`);
    await queryRunner.query(`DROP TRIGGER case_event_append_only ON "case_event"`);
    await queryRunner.query(`DROP FUNCTION case_event_refuse_change()`);
  }
}
