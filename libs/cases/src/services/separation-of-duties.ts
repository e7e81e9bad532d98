import type { EntityManager } from 'typeorm';
import type { EventSpec, ProcedureDefinition } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { CaseRow } from '../repositories/case-store.repository';
import { eventLabel } from '@hoso/timeline/timeline-labels';

export interface SeparationBypass {
  rule: 'SEPARATION_OF_DUTIES';
  preparedEvent: string;
  reason: string;
}

/**
 * Separation of duties: refuse a step to whoever prepared it (EventSpec.separateFrom), unless their role may
 * bypass the rule and they say why; the bypass is then recorded in the event itself (on the timeline, under the
 * hash chain). Undefined when the rule does not apply.
 */
export async function separationBypass(
  m: EntityManager, user: AuthUser, row: CaseRow, def: ProcedureDefinition, spec: EventSpec, reason: string | undefined,
): Promise<SeparationBypass | undefined> {
  if (!spec.separateFrom) return undefined;
  const prepared: { type: string }[] = await m.query(
    `SELECT type FROM case_event WHERE case_id = $1 AND actor_id = $2 AND type = ANY($3::varchar[]) ORDER BY seq DESC LIMIT 1`,
    [row.id, user.id, spec.separateFrom.preparedBy],
  );
  if (prepared.length === 0) return undefined;
  const preparedEvent = prepared[0].type;
  const preparedLabel = eventLabel(def, preparedEvent);
  if (!reason) {
    throw new DomainError(
      ErrorCode.SEPARATION_OF_DUTIES,
      { preparedEvent, bypassRoles: spec.separateFrom.bypassRoles },
      `Bạn đã thực hiện bước "${preparedLabel}" của vụ việc này nên không được tự thực hiện bước "${spec.label}".`,
    );
  }
  const actingPath = spec.actingUnit === 'ASSIGNED_UNIT' ? row.assigned_unit_path : row.unit_path;
  if (!holdsRole(user, actingPath, spec.separateFrom.bypassRoles)) {
    throw new DomainError(ErrorCode.BYPASS_NOT_ALLOWED, { bypassRoles: spec.separateFrom.bypassRoles });
  }
  return { rule: 'SEPARATION_OF_DUTIES', preparedEvent, reason };
}
