import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-user session generation (issue 16 §3): every change that can end or narrow a user's access tokens moves it,
 * in the same transaction as the change — a session revoked (logout, password change, reuse detection, a role
 * change or a deactivation ending every session) or deleted, a role assigned or revoked (by an administrator, an
 * organisation change or a committee's election), the account deactivated or renamed, a unit's path moved. The API
 * keeps each caller (user, roles, session end) in memory with the generation it was read at, and checks only the
 * generation again: one indexed lookup, or a condition inside the write a transition runs anyway. Triggers rather
 * than calls in each service, so that no writer (a CLI, a future service, a hand-written fix) can forget it.
 */
export class SessionGeneration1795303800000 implements MigrationInterface {
  name = 'SessionGeneration1795303800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "session_generation" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`
      CREATE FUNCTION app_user_generation_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.active IS DISTINCT FROM OLD.active OR NEW.username IS DISTINCT FROM OLD.username
           OR NEW.display_name IS DISTINCT FROM OLD.display_name THEN
          NEW.session_generation := OLD.session_generation + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_session_generation BEFORE UPDATE ON app_user
        FOR EACH ROW EXECUTE FUNCTION app_user_generation_on_change()`);
    await queryRunner.query(`
      CREATE FUNCTION bump_session_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'org_unit' THEN
          UPDATE app_user SET session_generation = session_generation + 1
           WHERE id IN (SELECT user_id FROM role_assignment WHERE unit_id = NEW.id);
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          UPDATE app_user SET session_generation = session_generation + 1 WHERE id = NEW.user_id;
          RETURN NULL;
        END IF;
        UPDATE app_user SET session_generation = session_generation + 1 WHERE id = OLD.user_id;
        IF TG_OP = 'UPDATE' THEN
          IF NEW.user_id IS DISTINCT FROM OLD.user_id THEN
            UPDATE app_user SET session_generation = session_generation + 1 WHERE id = NEW.user_id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER role_assignment_session_generation AFTER INSERT OR UPDATE OR DELETE ON role_assignment
        FOR EACH ROW EXECUTE FUNCTION bump_session_generation()`);
    // A live token revoked, changed or deleted moves it; issuing one (a login) does not, nor does a rotation (the used
    // token revoked with its last use recorded, its successor inserted in the same transaction: the session goes on).
    // BEFORE triggers, so that the user's row is locked before the token's, in the order a deactivation or a role
    // change takes them (user, then tokens): the two cannot deadlock.
    await queryRunner.query(`
      CREATE FUNCTION refresh_token_session_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE app_user SET session_generation = session_generation + 1 WHERE id = OLD.user_id;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER refresh_token_update_session_generation BEFORE UPDATE ON refresh_token
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL
                           AND NOT (NEW.revoked_at IS NOT NULL AND NEW.last_used_at IS DISTINCT FROM OLD.last_used_at))
        EXECUTE FUNCTION refresh_token_session_generation()`);
    await queryRunner.query(`
      CREATE TRIGGER refresh_token_delete_session_generation BEFORE DELETE ON refresh_token
        FOR EACH ROW WHEN (OLD.revoked_at IS NULL) EXECUTE FUNCTION refresh_token_session_generation()`);
    await queryRunner.query(`
      CREATE TRIGGER org_unit_session_generation AFTER UPDATE OF path ON org_unit
        FOR EACH ROW WHEN (NEW.path IS DISTINCT FROM OLD.path) EXECUTE FUNCTION bump_session_generation()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER org_unit_session_generation ON org_unit`);
    await queryRunner.query(`DROP TRIGGER refresh_token_delete_session_generation ON refresh_token`);
    await queryRunner.query(`DROP TRIGGER refresh_token_update_session_generation ON refresh_token`);
    await queryRunner.query(`DROP FUNCTION refresh_token_session_generation()`);
    await queryRunner.query(`DROP TRIGGER role_assignment_session_generation ON role_assignment`);
    await queryRunner.query(`DROP FUNCTION bump_session_generation()`);
    await queryRunner.query(`DROP TRIGGER app_user_session_generation ON app_user`);
    await queryRunner.query(`DROP FUNCTION app_user_generation_on_change()`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "session_generation"`);
  }
}
