import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@hoso/workflows';
import type { AuthUser } from '../auth-user';
import { scopeLikePrefixes } from '../unit-path';
import type { LoadedCaller } from './session-cache';

interface Row {
  id: string;
  username: string;
  display_name: string;
  role: Role | null;
  unit_id: string | null;
  path: string | null;
  session_generation: number;
  ends_at: Date;
}

/** Loads callers with their role assignments, and resolves unit scopes. */
@Injectable()
export class UserDirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The caller of an access token, in one query: the user must be active and the token's session (refresh token
   * family) must still hold an unrevoked, unexpired token. Undefined otherwise.
   */
  async loadSession(userId: string, sessionId: string, now: Date): Promise<AuthUser | undefined> {
    return (await this.loadCaller(userId, sessionId, now))?.user;
  }

  /** `loadSession`, with the user's session generation and the session's end, for the AuthGuard's cache. */
  async loadCaller(userId: string, sessionId: string, now: Date): Promise<LoadedCaller | undefined> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.session_generation, s.ends_at, ra.role, ra.unit_id, ou.path
         FROM app_user u
         CROSS JOIN LATERAL (SELECT max(rt.expires_at) AS ends_at FROM refresh_token rt
                              WHERE rt.family_id = $2 AND rt.user_id = u.id AND rt.revoked_at IS NULL AND rt.expires_at > $3) s
         LEFT JOIN role_assignment ra ON ra.user_id = u.id
         LEFT JOIN org_unit ou ON ou.id = ra.unit_id
        WHERE u.id = $1 AND u.active AND s.ends_at IS NOT NULL`,
      [userId, sessionId, now],
    );
    if (rows.length === 0) return undefined;
    return {
      user: {
        id: rows[0].id,
        username: rows[0].username,
        displayName: rows[0].display_name,
        assignments: rows
          .filter((r) => r.role && r.unit_id && r.path)
          .map((r) => ({ unitId: r.unit_id!, unitPath: r.path!, role: r.role! })),
      },
      generation: rows[0].session_generation,
      sessionEndsAt: new Date(rows[0].ends_at).getTime(),
    };
  }

  /** The user's session generation (see LoadedCaller); undefined for an unknown user. One primary-key lookup. */
  async generationOf(userId: string): Promise<number | undefined> {
    const rows: { g: number }[] = await this.dataSource.query(`SELECT session_generation AS g FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.g;
  }

  /** Ids of every unit at or below the units where the user holds a role. */
  async visibleUnitIds(user: AuthUser): Promise<string[]> {
    if (user.assignments.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM org_unit WHERE path LIKE ANY($1::text[])`, [scopeLikePrefixes(user)]);
    return rows.map((r) => r.id);
  }

  /** Display names of users, by id (exports print names, not ids); unknown ids are left out. */
  async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Names of units (today's name, ended units included), by id; unknown ids are left out. */
  async unitNames(unitIds: readonly string[]): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM org_unit WHERE id = ANY($1::uuid[])`, [
      [...new Set(unitIds)],
    ]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
