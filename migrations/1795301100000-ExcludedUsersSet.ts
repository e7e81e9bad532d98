import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The conflict-of-interest rule as a set: `case_excluded_users(cases)` lists, for many cases at once, who may never
 * see or act on them. `case_excludes(case, user)` now asks the same set, so the rule keeps one definition. The set
 * form is inlinable by PostgreSQL (a plain SELECT), so a statement over many cases (the deadline burst's
 * notifications) joins it once instead of calling the scalar function per (case, person).
 */
export class ExcludedUsersSet1795301100000 implements MigrationInterface {
    name = 'ExcludedUsersSet1795301100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
          CREATE FUNCTION case_excluded_users(p_cases uuid[]) RETURNS TABLE (case_id uuid, user_id uuid) LANGUAGE sql STABLE AS $$
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
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
          CREATE OR REPLACE FUNCTION case_excludes(p_case uuid, p_user uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
              SELECT 1 FROM case_participant p
               WHERE p.case_id = p_case
                 AND ((p.relation IN ('SUBJECT', 'CONFLICT') AND p.user_id = p_user)
                   OR (p.relation = 'SUBJECT_ORGANISATION' AND EXISTS (
                         SELECT 1 FROM role_assignment ra
                          WHERE ra.unit_id = p.unit_id AND ra.user_id = p_user AND ra.role = 'SECRETARY'))))
          $$`);
        await queryRunner.query(`DROP FUNCTION case_excluded_users(uuid[])`);
    }
}
