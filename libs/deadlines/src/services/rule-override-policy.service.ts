import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ROLE_LABELS } from '@hoso/workflows';
import { inScope, type AuthUser } from '@hoso/access/auth-user';
import { findUnitPath } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { RULE_COLUMNS, toLegalRule, type RuleRow } from './rule-resolver.service';

/** The rule saying who may override rules (changes-2026.md §3.4, §7): a TABLE of `{level, roles}` rows. */
export const OVERRIDE_ROLES_KEY = 'RULE_OVERRIDE.ROLES';

export interface OverrideRolesRow {
  level: string;
  roles: string[];
}

/** The usable rows of the table (a row without a level or with no role names nobody). */
export function overrideRolesRows(data: unknown): OverrideRolesRow[] {
  const rows = (data as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r: unknown) => {
    const { level, roles } = (r ?? {}) as { level?: unknown; roles?: unknown };
    return typeof level === 'string' && Array.isArray(roles) ? [{ level, roles: roles.filter((x): x is string => typeof x === 'string') }] : [];
  });
}

/**
 * Who may set (and re-confirm) a committee's override of a rule for a unit's subtree: whoever holds one of a row's
 * roles on a unit of that row's level at or above the unit — by the general `RULE_OVERRIDE.ROLES` row in force today
 * (seeded: the standing committee, its secretary or the administrator of a provincial-level or central unit). The
 * rule itself is not overridable: only a new general version changes it.
 */
@Injectable()
export class RuleOverridePolicyService {
  /** The unit's path once the user may override there: 404 outside the user's scope, 403 when the rule does not allow them. */
  async assertMayOverride(m: EntityManager, user: AuthUser, unitId: string): Promise<string> {
    const path = await findUnitPath(m, unitId);
    if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: unitId });
    const today = toVietnamDate(new Date());
    const rows: RuleRow[] = await m.query(
      `SELECT ${RULE_COLUMNS} FROM legal_rule r LEFT JOIN legal_instrument i ON i.id = r.instrument_id
        WHERE r.key = $1 AND r.org_unit_id IS NULL AND r.effective_from <= $2::date AND (r.effective_to IS NULL OR r.effective_to > $2::date)
        ORDER BY r.effective_from DESC, r.created_at DESC LIMIT 1`,
      [OVERRIDE_ROLES_KEY, today],
    );
    const rule = rows[0] ? toLegalRule(rows[0]) : undefined;
    if (!rule || rule.valueData === null) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        { rule: OVERRIDE_ROLES_KEY },
        `Chưa có giá trị pháp lý cho ${OVERRIDE_ROLES_KEY} (ai được điều chỉnh quy tắc); cấp ủy cần xác nhận quy tắc này trước.`,
      );
    }
    const allowed = overrideRolesRows(rule.valueData);
    // The units at or above the target where the user holds a role, with their levels.
    const above = user.assignments.filter((a) => path.startsWith(a.unitPath));
    if (above.length) {
      const levels: { id: string; level: string }[] = await m.query(`SELECT id, level FROM org_unit WHERE id = ANY($1::uuid[])`, [above.map((a) => a.unitId)]);
      const levelOf = new Map(levels.map((l) => [l.id, l.level]));
      if (above.some((a) => allowed.some((row) => row.level === levelOf.get(a.unitId) && row.roles.includes(a.role)))) return path;
    }
    throw new DomainError(ErrorCode.FORBIDDEN, { rule: OVERRIDE_ROLES_KEY, ruleId: rule.id, allowed }, overrideRefusal(allowed));
  }
}

function overrideRefusal(allowed: OverrideRolesRow[]): string {
  const label = (role: string) => (ROLE_LABELS as Record<string, string>)[role] ?? role;
  const who = allowed.map((r) => `${r.roles.map(label).join(', ')} của đơn vị cấp ${r.level}`).join('; ');
  return (
    `Theo quy tắc ${OVERRIDE_ROLES_KEY}, chỉ ${who || '(chưa ai)'} — là đơn vị này hoặc cấp trên của nó — ` +
    'mới được điều chỉnh quy tắc cho đơn vị này.'
  );
}
