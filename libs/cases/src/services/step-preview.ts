import type { EntityManager } from 'typeorm';
import type { Effect, OrgChangeFact, ProcedureDefinition, StepResult } from '@hoso/workflows';
import type { PreparedDeadlines } from '@hoso/deadlines/services/deadline-effects.service';
import type { CaseRow, CaseWrite } from '../repositories/case-store.repository';
import type { CaseAtStep, CrossCaseEffectsService } from './cross-case-effects.service';
import type { OrgChangeGateway } from './org-change.gateway';

const DEADLINE_ACTIONS = {
  scheduleDeadline: { action: 'SCHEDULE', label: 'Đặt thời hạn' },
  markDeadlineMet: { action: 'MET', label: 'Ghi nhận hoàn thành đúng hạn' },
  cancelDeadline: { action: 'CANCEL', label: 'Hủy thời hạn' },
  pauseDeadline: { action: 'PAUSE', label: 'Tạm dừng tính thời hạn' },
  resumeDeadline: { action: 'RESUME', label: 'Tiếp tục tính thời hạn' },
  extendDeadline: { action: 'EXTEND', label: 'Gia hạn' },
} as const;

/** One deadline the step would set, close, pause, resume or extend, with the due instant it would have. */
export interface DeadlinePreview {
  action: (typeof DEADLINE_ACTIONS)[keyof typeof DEADLINE_ACTIONS]['action'];
  label: string;
  key: string;
  ruleKey?: string;
  startAt?: string;
  /** Closing instant (MET, CANCEL) or the new due instant (SCHEDULE, PAUSE → null, RESUME, EXTEND). */
  at?: string;
  dueAt?: string | null;
  /** How the due date was counted (rule, calendar, skipped days), as the deadline row would record it. */
  explanation?: unknown;
}

/** A case the step would open, on the unit it would open on, after its own procedure accepted the input. */
export interface ChildPreview {
  procedureId: string;
  procedureTitle: string;
  link: string;
  orgUnitId: string;
}

/** What `POST /cases/:id/events?dryRun=true` answers: what the step would do. Nothing of it was written. */
export interface StepPreview {
  dryRun: true;
  caseId: string;
  event: { type: string; label: string; seq: number };
  from: { state: string; stateLabel: string; version: number };
  next: { state: string; stateLabel: string; status: string; reportCategory: string; assignedUnitId: string | null; version: number };
  deadlines: DeadlinePreview[];
  children: ChildPreview[];
  /** Outbox messages (notices) the step would write; delivered after the commit by the worker. */
  notifications: { template: string; audiences: readonly string[]; summary?: string }[];
  /** The parent case this (child) case would report its conclusion to. */
  parentReport?: { parentCaseId: string; outcome: string };
  /** The membership status the step would record on the person the case is about. */
  membership?: { status: string; on: string };
  /** The organisation change the step would apply: what is wrong with it now, and what it would do (nothing written). */
  orgChange?: OrgChangeFact;
}

type Beyond = Pick<StepPreview, 'children' | 'parentReport' | 'membership' | 'orgChange'>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function deadlinePreview(e: Effect, prepared: PreparedDeadlines): DeadlinePreview | undefined {
  if (!(e.type in DEADLINE_ACTIONS)) return undefined;
  const { action, label } = DEADLINE_ACTIONS[e.type as keyof typeof DEADLINE_ACTIONS];
  const key = (e.params as { key: string }).key;
  if (e.type === 'scheduleDeadline') {
    const plan = prepared.plans.get(key);
    return { action, label, key, ruleKey: e.params.ruleKey, startAt: e.params.startAt, dueAt: iso(plan?.dueAt ?? null), explanation: plan?.explanation };
  }
  if (e.type === 'markDeadlineMet' || e.type === 'cancelDeadline') return { action, label, key, at: e.params.at };
  const change = prepared.changes.get(key);
  return { action, label, key, dueAt: iso(change?.dueAt ?? null), explanation: change?.explanation };
}

/**
 * The effects that reach other cases and records, computed as the real step computes them but not performed: each
 * child's unit and input (validated by its own procedure through `validInput`, which refuses as the real step would),
 * the parent told of a conclusion, the membership recorded, the organisation change checked as of `now` (its
 * gateway's `check` writes nothing).
 */
export async function previewBeyondCase(
  m: EntityManager, cross: CrossCaseEffectsService, validInput: (def: ProcedureDefinition, raw: unknown) => Promise<unknown>,
  c: CaseAtStep, effects: readonly Effect[], orgChanges: () => OrgChangeGateway, now: Date,
): Promise<Beyond> {
  const out: Beyond = { children: [] };
  for (const e of effects) {
    if (e.type === 'openChildCase') {
      const child = await cross.childToOpen(m, c, e.params);
      await validInput(child.def, child.input);
      out.children.push({ procedureId: child.def.id, procedureTitle: child.def.title, link: child.link, orgUnitId: child.orgUnitId });
    } else if (e.type === 'reportToParent') {
      const report = await cross.parentReport(m, c, e.params);
      if (report) out.parentReport = { parentCaseId: report.parentCaseId, outcome: e.params.outcome };
    } else if (e.type === 'recordMembership') {
      out.membership = { status: e.params.status, on: e.params.on };
    } else if (e.type === 'applyOrgChange') {
      out.orgChange = await orgChanges().check(m, e.params.plan, { deciderUnitId: c.orgUnitId, at: now });
    }
  }
  return out;
}

export function stepPreview(
  def: ProcedureDefinition, row: CaseRow, type: string, step: StepResult, write: CaseWrite, prepared: PreparedDeadlines,
  beyond: Beyond,
): StepPreview {
  const label = (state: string) => def.stateLabels[state] ?? state;
  return {
    dryRun: true,
    caseId: row.id,
    event: { type, label: def.events[type]?.label ?? type, seq: row.version + 1 },
    from: { state: row.state, stateLabel: label(row.state), version: row.version },
    next: {
      state: write.state, stateLabel: label(write.state), status: write.status, reportCategory: write.reportCategory,
      assignedUnitId: write.assignedUnitId, version: row.version + 1,
    },
    deadlines: step.effects.map((e) => deadlinePreview(e, prepared)).filter((d): d is DeadlinePreview => d !== undefined),
    notifications: step.effects.flatMap((e) => (e.type === 'notify' ? [{ template: e.params.template, audiences: e.params.audiences, ...(e.params.summary ? { summary: e.params.summary } : {}) }] : [])),
    ...beyond,
  };
}
