import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '@hoso/workflows';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { holdsRoleAnywhere, inScope, rolesOn, type AuthUser } from '../auth-user';
import { scopeLikePrefixes } from '../unit-path';
import { AuthClock } from './auth-clock';
import { LoginLockoutService } from './login-lockout.service';
import { SessionService } from './session.service';

interface Target {
  id: string;
  username: string;
  active: boolean;
}

/**
 * Accounts as an administrator sees them: listed within scope, deactivated or activated again, unlocked after too
 * many failed logins. An administrator manages a user when they hold ADMIN on (or above) every unit where that user
 * holds a role; a user with no role yet, any administrator (as for creating one). A user none of whose units is in
 * the caller's scope does not exist for them (404). Each change is written to the audit log with its reason.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly lockout: LoginLockoutService,
    private readonly audit: AuditLogService,
    private readonly clock: AuthClock,
  ) {}

  /** Users holding a role in the caller's scope, and users with no role yet (for administrators), by username. */
  async list(user: AuthUser, page: number, pageSize: number, search?: string) {
    const isAdmin = holdsRoleAnywhere(user, [Role.ADMIN]);
    const params: unknown[] = [scopeLikePrefixes(user), isAdmin, search ? `%${search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%` : null];
    const where = `(EXISTS (SELECT 1 FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id
                             WHERE ra.user_id = u.id AND ou.path LIKE ANY($1::text[]))
                    OR ($2 AND NOT EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id)))
               AND ($3::text IS NULL OR u.username LIKE $3 OR lower(u.display_name) LIKE $3)`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM app_user u WHERE ${where}`, params);
    const rows: { id: string; username: string; displayName: string; active: boolean; lockedUntil: Date | null; roles: { unitId: string; role: Role }[] }[] =
      await this.dataSource.query(
        `SELECT u.id, u.username, u.display_name AS "displayName", u.active,
                (SELECT la.locked_until FROM login_attempt la
                  WHERE la.username_hash = encode(sha256(convert_to(u.username, 'UTF8')), 'hex') AND la.locked_until > $6) AS "lockedUntil",
                COALESCE((SELECT json_agg(json_build_object('unitId', ra.unit_id, 'role', ra.role) ORDER BY ou.path, ra.role)
                            FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id
                           WHERE ra.user_id = u.id AND ou.path LIKE ANY($1::text[])), '[]') AS roles
           FROM app_user u WHERE ${where} ORDER BY u.username LIMIT $4 OFFSET $5`,
        [...params, pageSize, (page - 1) * pageSize, this.clock.now()],
      );
    const items = rows.map((r) => ({ ...r, lockedUntil: r.lockedUntil ? new Date(r.lockedUntil).toISOString() : null }));
    return { items, page, pageSize, total };
  }

  async deactivate(user: AuthUser, userId: string, reason: string) {
    if (userId === user.id) throw new DomainError(ErrorCode.CANNOT_DEACTIVATE_SELF);
    return this.dataSource.transaction(async (m) => {
      const target = await this.managed(m, user, userId);
      if (target.active) {
        await m.query(`UPDATE app_user SET active = false WHERE id = $1`, [userId]);
        await this.sessions.endAllOf(userId, this.clock.now(), m);
        await this.audit.record(m, user.id, 'USER_DEACTIVATED', reason, { userId, username: target.username });
      }
      return { id: userId, username: target.username, active: false };
    });
  }

  async activate(user: AuthUser, userId: string, reason: string) {
    return this.dataSource.transaction(async (m) => {
      const target = await this.managed(m, user, userId);
      if (!target.active) {
        await m.query(`UPDATE app_user SET active = true WHERE id = $1`, [userId]);
        await this.audit.record(m, user.id, 'USER_ACTIVATED', reason, { userId, username: target.username });
      }
      return { id: userId, username: target.username, active: true };
    });
  }

  /** Ends a lock from failed logins now, instead of at its end. */
  async unlock(user: AuthUser, userId: string, reason: string) {
    return this.dataSource.transaction(async (m) => {
      const target = await this.managed(m, user, userId);
      const wasLocked = (await this.lockout.lockedUntil(target.username, this.clock.now(), m)) !== undefined;
      await this.lockout.reset(target.username, m);
      if (wasLocked) await this.audit.record(m, user.id, 'USER_UNLOCKED', reason, { userId, username: target.username });
      return { id: userId, username: target.username, wasLocked };
    });
  }

  /** The target user, locked for this transaction, if the caller manages them (see the class note). */
  private async managed(m: EntityManager, user: AuthUser, userId: string): Promise<Target> {
    const [target]: Target[] = await m.query(`SELECT id, username, active FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
    if (!target) throw new DomainError(ErrorCode.USER_NOT_FOUND, { userId });
    const units: { path: string }[] = await m.query(
      `SELECT DISTINCT ou.path FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id WHERE ra.user_id = $1`,
      [userId],
    );
    const isAdmin = holdsRoleAnywhere(user, [Role.ADMIN]);
    if (units.length === 0) {
      if (!isAdmin) throw new DomainError(ErrorCode.USER_NOT_FOUND, { userId });
      return target;
    }
    if (!units.some((u) => inScope(user, u.path))) throw new DomainError(ErrorCode.USER_NOT_FOUND, { userId });
    if (!units.every((u) => rolesOn(user, u.path).has(Role.ADMIN))) {
      throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
    }
    return target;
  }
}
