import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';

/** One role a committee's act gives one person (the `assignCommitteeRoles` effect). */
export interface CommitteeRoleGrant {
  userId: string;
  role: string;
  post: string;
  fullName: string;
}

export interface CommitteeRoleResult extends CommitteeRoleGrant {
  /** NEW: the role was given; ALREADY_HELD: the person held it there; NO_ACCOUNT: no active account (nothing given). */
  status: 'NEW' | 'ALREADY_HELD' | 'NO_ACCOUNT';
}

/**
 * The roles people receive when a committee designates or elects them (bo-sung-cap-uy), and the accounts a case may
 * ask about. access owns `app_user`, `role_assignment` and `refresh_token`; every method runs on the caller's
 * connection (the case's transaction) and never creates an account. Stateless: the cases library provides it to the
 * API and the worker alike (the worker performs the designation when its effective date comes).
 */
@Injectable()
export class CommitteeRolesService {
  /** Each id → the account as it is (active or not, its name), or null when there is none. */
  async accounts(m: EntityManager, ids: readonly string[]): Promise<Record<string, { active: boolean; displayName: string } | null>> {
    const unique = [...new Set(ids)];
    const out: Record<string, { active: boolean; displayName: string } | null> = Object.fromEntries(unique.map((id) => [id, null]));
    if (unique.length === 0) return out;
    const rows: { id: string; active: boolean; display_name: string }[] = await m.query(
      `SELECT id, active, display_name FROM app_user WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    for (const r of rows) out[r.id] = { active: r.active, displayName: r.display_name };
    return out;
  }

  /**
   * Gives each person the role on the unit (a role already held is left as it is); the sessions of those who got a new
   * one end, so their next login carries it. A person without an active account gets nothing (reported, not thrown: the
   * machine decided on the same transaction's answer). A unit that has ended takes no new role (UNIT_ENDED).
   */
  async assign(m: EntityManager, unitId: string, grants: readonly CommitteeRoleGrant[], now: Date): Promise<CommitteeRoleResult[]> {
    if (grants.length === 0) return [];
    const ended: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1 AND valid_to <= $2::date`, [unitId, toVietnamDate(now)]);
    if (ended.length > 0) throw new DomainError(ErrorCode.UNIT_ENDED, { unitId });
    const accounts = await this.accounts(m, grants.map((g) => g.userId));
    const results: CommitteeRoleResult[] = [];
    const renewed = new Set<string>();
    for (const g of grants) {
      if (!accounts[g.userId]?.active) {
        results.push({ ...g, status: 'NO_ACCOUNT' });
        continue;
      }
      const rows: unknown[] = await m.query(
        `INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_role_assignment DO NOTHING RETURNING id`,
        [randomUUID(), g.userId, unitId, g.role],
      );
      if (rows.length > 0) renewed.add(g.userId);
      results.push({ ...g, status: rows.length > 0 ? 'NEW' : 'ALREADY_HELD' });
    }
    if (renewed.size > 0) {
      await m.query(`UPDATE refresh_token SET revoked_at = $2 WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [[...renewed], now]);
    }
    return results;
  }
}
