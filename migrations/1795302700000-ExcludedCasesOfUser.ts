import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The conflict-of-interest rule from the person's side: `user_excluded_cases(user)` lists the cases a user may never
 * see or act on (a subject, a declared conflict, the secretary of a subject organisation), so a list, count or
 * statistic over many cases excludes them with one anti-join instead of calling `case_excludes` once per row (issue
 * 16). The rule itself is now one view, `case_exclusion (case_id, user_id)`; `user_excluded_cases`,
 * `case_excluded_users` and `case_excludes` are plain SELECTs over it, which PostgreSQL inlines and pushes the
 * user or the cases into. Indexes let each side start from what it is given: participants by unit (subject
 * organisations, from the secretary's units) and cases by procedure and reception day (statistics of a period).
 */
export class ExcludedCasesOfUser1795302700000 implements MigrationInterface {
    name = 'ExcludedCasesOfUser1795302700000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_case_participant_unit" ON "case_participant" ("unit_id", "relation") WHERE unit_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_case_procedure_received" ON "case" ("procedure_id", "received_at") `);
        await queryRunner.query(`
          CREATE VIEW case_exclusion AS
            SELECT p.case_id, p.user_id FROM case_participant p
             WHERE p.relation IN ('SUBJECT', 'CONFLICT') AND p.user_id IS NOT NULL
            UNION ALL
            SELECT p.case_id, ra.user_id FROM case_participant p
              JOIN role_assignment ra ON ra.unit_id = p.unit_id AND ra.role = 'SECRETARY'
             WHERE p.relation = 'SUBJECT_ORGANISATION'`);
        await queryRunner.query(`
          CREATE FUNCTION user_excluded_cases(p_user uuid) RETURNS TABLE (case_id uuid) LANGUAGE sql STABLE AS $$
            SELECT e.case_id FROM case_exclusion e WHERE e.user_id = p_user
          $$`);
        await queryRunner.query(`
          CREATE OR REPLACE FUNCTION case_excluded_users(p_cases uuid[]) RETURNS TABLE (case_id uuid, user_id uuid) LANGUAGE sql STABLE AS $$
            SELECT e.case_id, e.user_id FROM case_exclusion e WHERE e.case_id = ANY(p_cases)
          $$`);
        await queryRunner.query(`
          CREATE OR REPLACE FUNCTION case_excludes(p_case uuid, p_user uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (SELECT 1 FROM case_exclusion e WHERE e.case_id = p_case AND e.user_id = p_user)
          $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // As ExcludedUsersSet1795301100000 left them.
        await queryRunner.query(`
          CREATE OR REPLACE FUNCTION case_excluded_users(p_cases uuid[]) RETURNS TABLE (case_id uuid, user_id uuid) LANGUAGE sql STABLE AS $$
            SELECT p.case_id, p.user_id FROM case_participant p
             WHERE p.case_id = ANY(p_cases) AND p.relation IN ('SUBJECT', 'CONFLICT') AND p.user_id IS NOT NULL
            UNION ALL
            SELECT p.case_id, ra.user_id FROM case_participant p
              JOIN role_assignment ra ON ra.unit_id = p.unit_id AND ra.role = 'SECRETARY'
             WHERE p.case_id = ANY(p_cases) AND p.relation = 'SUBJECT_ORGANISATION'
          $$`);
        await queryRunner.query(`
          CREATE OR REPLACE FUNCTION case_excludes(p_case uuid, p_user uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (SELECT 1 FROM case_excluded_users(ARRAY[p_case]) e WHERE e.user_id = p_user)
          $$`);
        await queryRunner.query(`DROP FUNCTION user_excluded_cases(uuid)`);
        await queryRunner.query(`DROP VIEW case_exclusion`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_procedure_received"`);
        await queryRunner.query(`DROP INDEX "public"."ix_case_participant_unit"`);
    }
}
