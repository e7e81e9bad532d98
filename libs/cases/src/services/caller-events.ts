import type { EntityManager } from 'typeorm';
import { availableEvents, type ProcedureDefinition } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { CaseRow } from '../repositories/case-store.repository';
import { maySend } from './event-permission';
import { offerOf } from './event-offer';
import { separationBypass } from './separation-of-duties';

/** A step the caller may take now, as GET /cases/:id lists it (`type` and `label` as before; the rest is added). */
export interface CallerEvent {
  type: string;
  label: string;
  /** Guards that depend on what is sent with the step: the step is refused if they do not hold. */
  mayBeRefusedWhen?: { guard: string; message: string }[];
  /** The caller prepared this step's proposal: they may take it only with a reason (separationBypassReason). */
  requiresSeparationReason?: boolean;
  /** Vietnamese, for people: what the two fields above mean for this step. */
  note?: string;
  /** The step records a ballot's result: its arithmetic can be previewed (POST /cases/:id/vote-preview). */
  ballot?: boolean;
}

/**
 * The steps the caller may send now: the state has a transition for it (and the procedure offers it on this case),
 * the caller holds one of its roles on the acting unit, separation of duties lets them (or lets them with a reason),
 * and no guard that ignores the payload refuses it (see event-offer.ts for the rule). System events have no role and
 * so are never listed.
 */
export async function callerEvents(m: EntityManager, user: AuthUser, row: CaseRow, def: ProcedureDefinition, now: Date): Promise<CallerEvent[]> {
  const listed: CallerEvent[] = [];
  for (const type of availableEvents(def, row.snapshot)) {
    const spec = def.events[type];
    if (!maySend(user, spec, row)) continue;
    const offer = offerOf(def, row.snapshot, { type, actorId: user.id, occurredAt: now.toISOString() });
    if (offer.kind === 'closed') continue;
    const item: CallerEvent = { type, label: spec.label, ...(spec.votePreview ? { ballot: true } : {}) };
    const notes: string[] = [];
    const separation = await separationNote(m, user, row, def, type);
    if (separation === 'refused') continue;
    if (separation) {
      item.requiresSeparationReason = true;
      notes.push(separation);
    }
    if (offer.kind === 'may-refuse') {
      item.mayBeRefusedWhen = offer.guards.map((guard) => ({ guard, message: def.guardMessages[guard] ?? guard }));
      notes.push(`Có thể bị từ chối khi nội dung gửi kèm không đáp ứng: ${item.mayBeRefusedWhen.map((g) => g.message).join(' ')}`);
    }
    if (notes.length > 0) item.note = notes.join(' ');
    listed.push(item);
  }
  return listed;
}

/** Undefined when the rule does not stop the caller; 'refused' when it does; a note when a reason lets them. */
async function separationNote(
  m: EntityManager, user: AuthUser, row: CaseRow, def: ProcedureDefinition, type: string,
): Promise<string | 'refused' | undefined> {
  const spec = def.events[type];
  try {
    await separationBypass(m, user, row, def, spec, undefined);
    return undefined;
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== ErrorCode.SEPARATION_OF_DUTIES || !spec.separateFrom) throw e;
    const actingPath = spec.actingUnit === 'ASSIGNED_UNIT' ? row.assigned_unit_path : row.unit_path;
    if (!holdsRole(user, actingPath, spec.separateFrom.bypassRoles)) return 'refused';
    return `${e.message} Vai trò của bạn được phép thực hiện nếu nêu rõ lý do (lý do được ghi vào nhật ký).`;
  }
}
