import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics from a rollup (issue 16 §2): the number of cases by procedure, month of reception (a Vietnamese civil
 * month), today's unit, report category and tags, kept exact by the database itself in the statement that writes
 * `case` (statement-level triggers over the transition tables: a bulk INSERT … SELECT adds one row per key, not one
 * per case). The triggers only append signed deltas (+n / −n) to `case_statistics_delta`, so concurrent transitions
 * of cases of one unit and month never wait on one counter row; a repeating job folds the deltas into
 * `case_statistics_month` (libs/cases statistics-rollup.ts). A read sums the month rows and the deltas still pending,
 * so the folding is for speed only. A year's statistics read twelve months of rows instead of every case.
 */
export class CaseStatisticsRollup1795303600000 implements MigrationInterface {
  name = 'CaseStatisticsRollup1795303600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The month a case counts in: its Vietnamese civil month, as a date (the 1st); and the instant that month starts.
    await queryRunner.query(`
      CREATE FUNCTION case_statistics_month_of(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT date_trunc('month', at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION case_statistics_month_start(month date) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT month::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
      $$`);
    await queryRunner.query(`
      CREATE TABLE "case_statistics_month" (
        "procedure_id" varchar(64) NOT NULL,
        "month" date NOT NULL,
        "org_unit_id" uuid NOT NULL,
        "report_category" varchar(32) NOT NULL,
        "tags" jsonb NOT NULL,
        "n" integer NOT NULL,
        CONSTRAINT "PK_case_statistics_month" PRIMARY KEY ("procedure_id", "month", "org_unit_id", "report_category", "tags")
      )`);
    // The rows a folding brought to zero, removed right after it.
    await queryRunner.query(`CREATE INDEX "ix_case_statistics_month_zero" ON "case_statistics_month" ("procedure_id") WHERE n = 0`);
    await queryRunner.query(`
      CREATE TABLE "case_statistics_delta" (
        "id" bigserial NOT NULL,
        "procedure_id" varchar(64) NOT NULL,
        "month" date NOT NULL,
        "org_unit_id" uuid NOT NULL,
        "report_category" varchar(32) NOT NULL,
        "tags" jsonb NOT NULL,
        "n" integer NOT NULL,
        CONSTRAINT "PK_case_statistics_delta" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_case_statistics_delta_month" ON "case_statistics_delta" ("procedure_id", "month")`);
    // One function for the three triggers (a trigger with transition tables has one event): an update counts −1 for
    // each old row and +1 for each new one, and appends only the keys whose count changed.
    await queryRunner.query(`
      CREATE FUNCTION case_statistics_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO case_statistics_delta (procedure_id, month, org_unit_id, report_category, tags, n)
          SELECT procedure_id, case_statistics_month_of(received_at), org_unit_id, report_category, tags, count(*)
            FROM new_cases GROUP BY 1, 2, 3, 4, 5;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO case_statistics_delta (procedure_id, month, org_unit_id, report_category, tags, n)
          SELECT procedure_id, case_statistics_month_of(received_at), org_unit_id, report_category, tags, -count(*)
            FROM old_cases GROUP BY 1, 2, 3, 4, 5;
        ELSE
          INSERT INTO case_statistics_delta (procedure_id, month, org_unit_id, report_category, tags, n)
          SELECT procedure_id, case_statistics_month_of(received_at), org_unit_id, report_category, tags, sum(n)
            FROM (SELECT procedure_id, received_at, org_unit_id, report_category, tags, -1 AS n FROM old_cases
                  UNION ALL
                  SELECT procedure_id, received_at, org_unit_id, report_category, tags, 1 AS n FROM new_cases) x
           GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION case_statistics_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM case_statistics_delta;
        DELETE FROM case_statistics_month;
        RETURN NULL;
      END $$`);
    // The triggers first: creating them locks out writes to "case" until this migration commits, so the backfill
    // below counts every case written before, and the triggers every case written after.
    await queryRunner.query(`
      CREATE TRIGGER case_statistics_insert AFTER INSERT ON "case" REFERENCING NEW TABLE AS new_cases
        FOR EACH STATEMENT EXECUTE FUNCTION case_statistics_count()`);
    await queryRunner.query(`
      CREATE TRIGGER case_statistics_update AFTER UPDATE ON "case" REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
        FOR EACH STATEMENT EXECUTE FUNCTION case_statistics_count()`);
    await queryRunner.query(`
      CREATE TRIGGER case_statistics_delete AFTER DELETE ON "case" REFERENCING OLD TABLE AS old_cases
        FOR EACH STATEMENT EXECUTE FUNCTION case_statistics_count()`);
    await queryRunner.query(`CREATE TRIGGER case_statistics_truncate AFTER TRUNCATE ON "case" FOR EACH STATEMENT EXECUTE FUNCTION case_statistics_clear()`);
    await queryRunner.query(`
      INSERT INTO case_statistics_month (procedure_id, month, org_unit_id, report_category, tags, n)
      SELECT procedure_id, case_statistics_month_of(received_at), org_unit_id, report_category, tags, count(*)
        FROM "case" GROUP BY 1, 2, 3, 4, 5`);
    // A period that starts or ends within a month reads its edge days from "case": the (procedure, received) index
    // carries what the rollup groups by, so those days are an index-only scan instead of a visit to every case row
    // (at 1,000,000 cases a period from the 15th of one month to the 20th of another: 1.3–1.6 s → 0.14–0.25 s).
    await queryRunner.query(`DROP INDEX "public"."ix_case_procedure_received"`);
    await queryRunner.query(
      `CREATE INDEX "ix_case_procedure_received" ON "case" ("procedure_id", "received_at") INCLUDE ("org_unit_id", "report_category", "tags")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_procedure_received"`);
    await queryRunner.query(`CREATE INDEX "ix_case_procedure_received" ON "case" ("procedure_id", "received_at") `);
    for (const t of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER case_statistics_${t} ON "case"`);
    await queryRunner.query(`DROP FUNCTION case_statistics_clear()`);
    await queryRunner.query(`DROP FUNCTION case_statistics_count()`);
    await queryRunner.query(`DROP TABLE "case_statistics_delta"`);
    await queryRunner.query(`DROP TABLE "case_statistics_month"`);
    await queryRunner.query(`DROP FUNCTION case_statistics_month_start(date)`);
    await queryRunner.query(`DROP FUNCTION case_statistics_month_of(timestamptz)`);
  }
}
