import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UnitLevel } from '../entities/org-unit.entity';

/** A unit a structural change founds (its id chosen by the caller, so the rest of the change can name it). */
export interface FoundedUnit {
  id: string;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: string;
}

/**
 * The structural writes on the organisation tree (libs/organisations applies a change through them, in its own
 * transaction): founding units on a date, ending units, renaming, re-parenting with the subtree's paths rewritten, and
 * the role assignments and sessions that go with it. access owns `org_unit`, `org_unit_period`, `role_assignment` and
 * `refresh_token`; every method runs on the caller's connection and is set-based.
 */
@Injectable()
export class OrgTreeWriterService {
  /** Inserts the units, active from `onDate`, with their first period; parents must exist (their path is read). */
  async found(m: EntityManager, units: readonly FoundedUnit[], onDate: string): Promise<void> {
    if (units.length === 0) return;
    await m.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[]) AS t(id, code, name, level, parent_id)
       ), unit AS (
         INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from)
         SELECT i.id, i.parent_id, i.code, i.name, i.level, p.path || i.id || '/', $6::date FROM input i JOIN org_unit p ON p.id = i.parent_id
         RETURNING *
       )
       INSERT INTO org_unit_period (unit_id, valid_from, name, parent_id, level, code, path)
       SELECT id, valid_from, name, parent_id, level, code, path FROM unit`,
      [units.map((u) => u.id), units.map((u) => u.code), units.map((u) => u.name), units.map((u) => u.level), units.map((u) => u.parentId), onDate],
    );
  }

  /** The units end on `onDate` (their last active day is the day before); path and parent stay: they read as history. */
  async end(m: EntityManager, unitIds: readonly string[], onDate: string): Promise<void> {
    if (unitIds.length === 0) return;
    await m.query(`UPDATE org_unit SET valid_to = $2 WHERE id = ANY($1::uuid[]) AND valid_to IS NULL`, [unitIds, onDate]);
    await m.query(`UPDATE org_unit_period SET valid_to = $2 WHERE unit_id = ANY($1::uuid[]) AND valid_to IS NULL`, [unitIds, onDate]);
  }

  /** A new name from `onDate` (a new period; the old name stays in the history). */
  async rename(m: EntityManager, unitId: string, name: string, onDate: string): Promise<void> {
    await m.query(`UPDATE org_unit SET name = $2 WHERE id = $1`, [unitId, name]);
    await this.openPeriods(m, [unitId], onDate);
  }

  /**
   * Each unit sits under its new parent from `onDate`: the paths of its whole subtree are rewritten (a role or a case
   * on the unit or below now reaches, and is reached from, the new parent's side) and the active units of the subtree
   * start a new period. Answers the number of units whose path changed.
   */
  async reparent(m: EntityManager, moves: readonly { unitId: string; parentId: string }[], onDate: string): Promise<number> {
    let touched = 0;
    const active = new Set<string>();
    // One statement per moved unit: a later move sees the paths an earlier one wrote (moves may nest).
    for (const move of moves) {
      // An UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [rows] = (await m.query(
        `WITH moved AS (SELECT path AS old_path FROM org_unit WHERE id = $1),
              parent AS (SELECT path || $1::text || '/' AS new_path FROM org_unit WHERE id = $2)
         UPDATE org_unit u
            SET path = parent.new_path || substr(u.path, length(moved.old_path) + 1),
                parent_id = CASE WHEN u.id = $1 THEN $2::uuid ELSE u.parent_id END
           FROM moved, parent
          WHERE starts_with(u.path, moved.old_path)
         RETURNING u.id, to_char(u.valid_to, 'YYYY-MM-DD') AS valid_to`,
        [move.unitId, move.parentId],
      )) as [{ id: string; valid_to: string | null }[], number];
      touched += rows.length;
      for (const r of rows) if (r.valid_to === null || r.valid_to > onDate) active.add(r.id);
    }
    await this.openPeriods(m, [...active], onDate);
    return touched;
  }

  /**
   * Ends every role assignment on the units, and every session of the people who held them (they log in again and
   * reach only what their other roles reach). Answers the assignments ended.
   */
  async endRoleAssignments(m: EntityManager, unitIds: readonly string[], now: Date): Promise<{ userId: string; unitId: string; role: string }[]> {
    if (unitIds.length === 0) return [];
    const [rows] = (await m.query(
      `DELETE FROM role_assignment WHERE unit_id = ANY($1::uuid[]) RETURNING user_id AS "userId", unit_id AS "unitId", role`,
      [unitIds],
    )) as [{ userId: string; unitId: string; role: string }[], number];
    await this.endSessions(m, rows.map((r) => r.userId), now);
    return rows;
  }

  /** Assigns the roles (those already held are left as they are); the sessions of the people concerned end. Answers how many were new. */
  async assignRoles(m: EntityManager, roles: readonly { userId: string; unitId: string; role: string }[], now: Date): Promise<number> {
    if (roles.length === 0) return 0;
    const rows: { user_id: string }[] = await m.query(
      `INSERT INTO role_assignment (id, user_id, unit_id, role)
       SELECT gen_random_uuid(), t.user_id, t.unit_id, t.role FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(user_id, unit_id, role)
       ON CONFLICT ON CONSTRAINT uq_role_assignment DO NOTHING RETURNING user_id`,
      [roles.map((r) => r.userId), roles.map((r) => r.unitId), roles.map((r) => r.role)],
    );
    await this.endSessions(m, roles.map((r) => r.userId), now);
    return rows.length;
  }

  private async endSessions(m: EntityManager, userIds: readonly string[], now: Date): Promise<void> {
    if (userIds.length === 0) return;
    await m.query(`UPDATE refresh_token SET revoked_at = $2 WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [[...new Set(userIds)], now]);
  }

  /**
   * The units' current periods close on `onDate` and new ones open with the units' values as they now are; a period
   * that starts that very day is updated in place (two changes the same day make one period).
   */
  private async openPeriods(m: EntityManager, unitIds: readonly string[], onDate: string): Promise<void> {
    if (unitIds.length === 0) return;
    await m.query(
      `UPDATE org_unit_period p SET name = u.name, parent_id = u.parent_id, level = u.level, code = u.code, path = u.path
         FROM org_unit u WHERE u.id = p.unit_id AND p.unit_id = ANY($1::uuid[]) AND p.valid_from = $2::date`,
      [unitIds, onDate],
    );
    await m.query(
      `UPDATE org_unit_period SET valid_to = $2 WHERE unit_id = ANY($1::uuid[]) AND valid_from < $2::date AND (valid_to IS NULL OR valid_to > $2::date)`,
      [unitIds, onDate],
    );
    await m.query(
      `INSERT INTO org_unit_period (unit_id, valid_from, valid_to, name, parent_id, level, code, path)
       SELECT u.id, $2::date, u.valid_to, u.name, u.parent_id, u.level, u.code, u.path FROM org_unit u
        WHERE u.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM org_unit_period p WHERE p.unit_id = u.id AND p.valid_from = $2::date)`,
      [unitIds, onDate],
    );
  }
}
