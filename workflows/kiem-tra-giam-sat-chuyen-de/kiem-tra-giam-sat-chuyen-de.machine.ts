// Procedure: one item of a cell's (committee's) inspection and supervision plan — inspection of a member or organisation without signs of violation, regular or thematic supervision (kiểm tra, giám sát theo kế hoạch).
// Legal basis: Điều lệ Đảng Chapter VII; Quy định 296-QĐ/TW (2025); Bình Phước 1127-QĐ/TU (2023) steps 3–6 — docs/domain/ke-hoach-kiem-tra-giam-sat.md, changes-2026.md §5.3.
import { and, assign, setup } from 'xstate';
import { vietnamDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { MachineEvent } from '../shared/procedure';
import type {
  CancelItemPayload, ConcludeItemPayload, CorrectionReportPayload, FollowUpReferralPayload, InspectionReferralDto, ItemDeadlineKey,
  ItemDeadlineMissedPayload, ItemInput, ItemOutcome, ItemVerificationPayload, Membership, NotifyConclusionPayload, NotifySubjectPayload,
  ReasonPayload, ResultReportPayload, SelfReportPayload,
} from './kiem-tra-giam-sat-chuyen-de.events';
import { dueAtEndOf, ITEM_RULE } from './kiem-tra-giam-sat-chuyen-de.rules';
import { payloadReader, plainData } from '../shared/payload';

export const ITEM_PROCEDURE_ID = 'kiem-tra-giam-sat-chuyen-de';
const INSPECTION_PROCEDURE_ID = 'kiem-tra-dau-hieu-vi-pham';
const DISCIPLINE_PROCEDURE_ID = 'ky-luat';

/** What an item reports to its plan beyond the conclusion: the end of the follow-up of the measures, or a cancellation. */
export const FOLLOW_UP_RESULTS = ['CORRECTED', 'REFERRED_TO_INSPECTION'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];
export type ItemReport = ItemOutcome | FollowUpResult | 'CANCELLED';

export interface ContextItem {
  input: ItemInput;
  notice?: NotifySubjectPayload & { at: string };
  selfReport?: SelfReportPayload;
  withoutSelfReport?: { reason: string; at: string };
  verifications?: (ItemVerificationPayload & { at: string })[];
  resultReport?: ResultReportPayload & { by: string; at: string };
  returns?: { reason: string; at: string }[];
  conclusion?: ConcludeItemPayload & { at: string };
  conclusionNotice?: NotifyConclusionPayload & { at: string };
  corrections?: (CorrectionReportPayload & { at: string })[];
  /** The linked case the conclusion (or the follow-up) opened. */
  referral?: { procedureId: string; at: string; afterFollowUp: boolean };
  followUp?: FollowUpResult;
  cancellation?: CancelItemPayload & { at: string };
  /** Acts dated after their due (each judged by its own date against the day the plan, notice or conclusion fixed). */
  late?: Partial<Record<ItemDeadlineKey, boolean>>;
  deadlineGenerations?: Record<string, number>;
  overdue?: Record<string, boolean>;
}

type E<T extends string, P> = MachineEvent<T, P>;
export type EventItem =
  | E<'NOTIFY_SUBJECT', NotifySubjectPayload>
  | E<'RECORD_SELF_REPORT', SelfReportPayload>
  | E<'PROCEED_WITHOUT_SELF_REPORT', ReasonPayload>
  | E<'RECORD_VERIFICATION', ItemVerificationPayload>
  | E<'SUBMIT_RESULT_REPORT', ResultReportPayload>
  | E<'RETURN_TO_VERIFICATION', ReasonPayload>
  | E<'CONCLUDE', ConcludeItemPayload>
  | E<'NOTIFY_CONCLUSION', NotifyConclusionPayload>
  | E<'RECORD_CORRECTION', CorrectionReportPayload>
  | E<'REFER_TO_INSPECTION', FollowUpReferralPayload>
  | E<'CANCEL', CancelItemPayload>
  | E<'DEADLINE_MISSED', ItemDeadlineMissedPayload>;

type Args = { context: ContextItem; event: EventItem };

const payloadOf = payloadReader<EventItem>();
const today = (event: EventItem): string => vietnamDate(event.occurredAt);

/** The first day a step of the item may be dated: the plan's adoption meeting, else the day the item was opened. */
export const openedOn = (c: ContextItem): string => c.input.plan?.adoptedOn ?? vietnamDate(c.input.openedAt);

export interface Problem {
  code: string;
  message: string;
}

const dated = (date: string, from: string | undefined, label: string, fromLabel: string, occurredAt: string): Problem[] => {
  const problems: Problem[] = [];
  if (date > vietnamDate(occurredAt)) problems.push({ code: 'DATE_IN_FUTURE', message: `${label} (${date}) sau ngày ghi nhận (${vietnamDate(occurredAt)}).` });
  if (from !== undefined && date < from) problems.push({ code: 'DATE_ORDER', message: `${label} (${date}) trước ${fromLabel} (${from}).` });
  return problems;
};

/** The discipline case's subject kind, or undefined when neither the item nor the conclusion says a member's standing. */
export function disciplineSubjectKind(c: ContextItem, given: Membership | undefined): 'FULL_MEMBER' | 'PROBATIONARY_MEMBER' | 'ORGANISATION' | undefined {
  if (c.input.subject.kind === 'ORGANISATION') return 'ORGANISATION';
  return given ?? c.input.subject.membership;
}

/** What keeps a conclusion from standing, by its outcome (the payload's shape is checked by its DTO). */
export function conclusionProblems(c: ContextItem, p: ConcludeItemPayload | undefined): Problem[] {
  if (!p) return [];
  const problems: Problem[] = [];
  if (p.outcome === 'SHORTCOMINGS_TO_CORRECT' && p.correctionDueDate !== undefined && p.correctionDueDate <= p.meetingDate) {
    problems.push({ code: 'CORRECTION_DUE_ORDER', message: `Hạn báo cáo kết quả khắc phục (${p.correctionDueDate}) phải sau ngày họp kết luận (${p.meetingDate}).` });
  }
  if (p.outcome === 'SIGNS_OF_VIOLATION' && !p.inspection) {
    problems.push({ code: 'REFERRAL_MISSING', message: 'Kết luận có dấu hiệu vi phạm: cần nêu chủ thể kiểm tra và dấu hiệu vi phạm để chuyển kiểm tra.' });
  }
  if (p.outcome === 'VIOLATION' && !p.violation) {
    problems.push({ code: 'VIOLATION_MISSING', message: 'Kết luận có vi phạm: cần nêu hành vi vi phạm để chuyển xem xét kỷ luật.' });
  }
  if (p.outcome === 'VIOLATION') {
    if (!disciplineSubjectKind(c, p.disciplineSubjectKind)) {
      problems.push({ code: 'MEMBERSHIP_UNKNOWN', message: 'Cần xác định đảng viên chính thức hay dự bị để chuyển xem xét kỷ luật.' });
    }
    const v = p.violation;
    if (v && v.occurredFrom > p.meetingDate) {
      problems.push({ code: 'VIOLATION_DATE', message: `Ngày bắt đầu vi phạm (${v.occurredFrom}) sau ngày họp kết luận (${p.meetingDate}).` });
    }
    if (v?.occurredUntil !== undefined && (v.occurredUntil < v.occurredFrom || v.occurredUntil > p.meetingDate)) {
      problems.push({ code: 'VIOLATION_DATE', message: `Ngày chấm dứt vi phạm (${v.occurredUntil}) phải từ ngày bắt đầu vi phạm đến ngày họp kết luận.` });
    }
  }
  return problems;
}

/** The problems of each dated step, by guard (pure; the same text refuses the step and the machine spec reads it). */
export function dateProblems(guard: string, c: ContextItem, event: EventItem): Problem[] {
  const at = event.occurredAt;
  switch (event.type) {
    case 'NOTIFY_SUBJECT': {
      const p = event.payload;
      const problems = dated(p.notifiedOn, openedOn(c), 'Ngày thông báo', 'ngày thông qua kế hoạch (mở nội dung)', at);
      if (p.selfReportDueDate !== undefined && p.selfReportDueDate <= p.notifiedOn) {
        problems.push({ code: 'DATE_ORDER', message: `Hạn nộp báo cáo tự kiểm tra (${p.selfReportDueDate}) phải sau ngày thông báo (${p.notifiedOn}).` });
      }
      return guard === 'noticeDateValid' ? problems : [];
    }
    case 'RECORD_SELF_REPORT':
      return guard === 'selfReportDateValid' ? dated(event.payload.receivedOn, c.notice?.notifiedOn, 'Ngày nhận báo cáo tự kiểm tra', 'ngày thông báo', at) : [];
    case 'SUBMIT_RESULT_REPORT':
      return guard === 'reportDateValid'
        ? dated(event.payload.reportedOn, c.selfReport?.receivedOn ?? c.notice?.notifiedOn, 'Ngày báo cáo kết quả', 'ngày nhận báo cáo tự kiểm tra (ngày thông báo)', at)
        : [];
    case 'CONCLUDE':
      if (guard === 'meetingDateValid') return dated(event.payload.meetingDate, c.resultReport?.reportedOn, 'Ngày họp chi bộ kết luận', 'ngày báo cáo kết quả', at);
      return guard === 'conclusionComplete' ? conclusionProblems(c, event.payload) : [];
    case 'NOTIFY_CONCLUSION':
      return guard === 'conclusionNoticeDateValid'
        ? dated(event.payload.notifiedOn, c.conclusion?.meetingDate, 'Ngày thông báo kết luận', 'ngày họp kết luận', at)
        : [];
    case 'RECORD_CORRECTION': {
      if (guard !== 'correctionReportValid') return [];
      const p = event.payload;
      const problems = dated(p.receivedOn, c.conclusionNotice?.notifiedOn, 'Ngày nhận báo cáo khắc phục', 'ngày thông báo kết luận', at);
      if (!p.accepted && p.nextDueDate !== undefined && p.nextDueDate <= p.receivedOn) {
        problems.push({ code: 'DATE_ORDER', message: `Hạn mới báo cáo khắc phục (${p.nextDueDate}) phải sau ngày nhận báo cáo (${p.receivedOn}).` });
      }
      return problems;
    }
    case 'REFER_TO_INSPECTION':
      return guard === 'referralDateValid' ? dated(event.payload.decidedOn, c.conclusionNotice?.notifiedOn, 'Ngày quyết định chuyển kiểm tra', 'ngày thông báo kết luận', at) : [];
    case 'CANCEL':
      return guard === 'cancelDateValid' ? dated(event.payload.cancelledOn, openedOn(c), 'Ngày hủy nội dung', 'ngày thông qua kế hoạch (mở nội dung)', at) : [];
    default:
      return [];
  }
}

const valid = (guard: string) => ({ context, event }: Args) => dateProblems(guard, context, event).length === 0;

// Every document reference on the item, for the linked inspection or discipline case.
function evidenceOf(c: ContextItem, extra: readonly (string | undefined)[] = []): string[] {
  const refs = [
    c.notice?.minutesRef,
    c.selfReport?.documentRef,
    ...(c.verifications ?? []).map((v) => v.documentRef),
    c.resultReport?.documentRef,
    c.conclusion?.minutesRef,
    c.conclusion?.conclusionRef,
    ...(c.conclusion?.evidenceRefs ?? []),
    ...(c.corrections ?? []).map((x) => x.documentRef),
    ...extra,
  ];
  return [...new Set(refs.filter((r): r is string => typeof r === 'string' && r.length > 0))];
}

/** Input of the inspection on signs of violation (kiem-tra-dau-hieu-vi-pham): exactly the fields its class expects. */
export function inspectionInput(c: ContextItem, referral: InspectionReferralDto, summary: string, at: string): Record<string, unknown> {
  const s = c.input.subject;
  return plainData({
    subject: { kind: s.kind === 'ORGANISATION' ? 'ORGANISATION' : (s.membership ?? 'PERSON'), name: s.name, isParty: true, ...(s.userId ? { userId: s.userId } : {}) },
    reason: referral.reason,
    summary,
    evidenceRefs: evidenceOf(c),
    source: { procedureId: ITEM_PROCEDURE_ID },
    initiatingBody: referral.initiatingBody,
    proposedAt: at,
  });
}

/** Input of the discipline case (ky-luat): the violation the cell meeting concluded, concluded on the meeting's date. */
export function disciplineInput(c: ContextItem, p: ConcludeItemPayload): Record<string, unknown> {
  const s = c.input.subject;
  const v = p.violation!;
  return plainData({
    subject: { kind: disciplineSubjectKind(c, p.disciplineSubjectKind), name: s.name, ...(s.userId ? { userId: s.userId } : {}) },
    violation: { summary: v.summary, occurredFrom: v.occurredFrom, ...(v.occurredUntil ? { occurredUntil: v.occurredUntil } : {}), continuing: v.continuing },
    evidenceRefs: evidenceOf(c, [p.minutesRef, p.conclusionRef, ...(p.evidenceRefs ?? [])]),
    source: { procedureId: ITEM_PROCEDURE_ID },
    concludedAt: p.meetingDate,
  });
}

/** What the plan is told (ChildConcludedPayload.summary is at most 5,000 characters). */
const reportSummary = (c: ContextItem, text: string): string => {
  const no = c.input.plan ? `Nội dung ${c.input.plan.itemNo}` : 'Nội dung ngoài kế hoạch';
  return `${no} (${c.input.subject.name}): ${text}`.slice(0, 5000);
};

// Deadline effects with the bookkeeping that lets a stale DEADLINE_MISSED be told apart.
const schedule = (key: ItemDeadlineKey, ruleKey: string, startAt: (a: Args) => string, dueAt?: (a: Args) => string | undefined) =>
  [
    {
      type: 'scheduleDeadline',
      params: (a: Args) => {
        const due = dueAt?.(a);
        return { key, ruleKey, startAt: startAt(a), ...(due ? { dueAt: due } : {}) };
      },
    },
    { type: 'countSchedule', params: { key } },
  ] as const;
const met = (key: ItemDeadlineKey, at: (a: Args) => string) => ({ type: 'markDeadlineMet', params: (a: Args) => ({ key, at: at(a) }) }) as const;
const cancel = (key: ItemDeadlineKey) => ({ type: 'cancelDeadline', params: ({ event }: Args) => ({ key, at: event.occurredAt }) }) as const;

// The item is over for the plan: concluded (or the follow-up ended, or cancelled).
const report = (outcome: (c: ContextItem) => ItemReport, text: (c: ContextItem) => string) =>
  ({ type: 'reportToParent', params: ({ context }: Args) => ({ outcome: outcome(context), summary: reportSummary(context, text(context)) }) }) as const;

const cancellable = {
  CANCEL: {
    guard: and(['notBySubject', 'cancelDateValid']),
    target: '#kiem-tra-giam-sat-chuyen-de.cancelled',
    actions: [
      'recordCancellation',
      ...(['NOTICE', 'PERIOD', 'SELF_REPORT', 'CONCLUSION'] as const).map(cancel),
      report(() => 'CANCELLED', (c) => `hủy: ${c.cancellation?.reason ?? ''}`),
    ],
  },
} as const;

export const itemMachineV1 = setup({
  types: {} as { context: ContextItem; events: EventItem; input: ItemInput },
  guards: {
    // The member (organisation's secretary as a user) the item is about takes no step of it.
    notBySubject: ({ context, event }) => !context.input.subject.userId || event.actorId !== context.input.subject.userId,
    noticeDateValid: valid('noticeDateValid'),
    selfReportDateValid: valid('selfReportDateValid'),
    reportDateValid: valid('reportDateValid'),
    meetingDateValid: valid('meetingDateValid'),
    conclusionComplete: valid('conclusionComplete'),
    conclusionNoticeDateValid: valid('conclusionNoticeDateValid'),
    correctionReportValid: valid('correctionReportValid'),
    referralDateValid: valid('referralDateValid'),
    cancelDateValid: valid('cancelDateValid'),
    // Routes a notified conclusion (the fallback is unguarded): shortcomings are followed up until corrected.
    needsFollowUp: ({ context }) => context.conclusion?.outcome === 'SHORTCOMINGS_TO_CORRECT',
    correctionAccepted: ({ event }) => event.type === 'RECORD_CORRECTION' && event.payload.accepted,
    currentDeadline: ({ context, event }) => event.type === 'DEADLINE_MISSED' && isCurrentGeneration(context.deadlineGenerations, event.payload),
  },
  actions: {
    ...effectActions,
    countSchedule: assign({
      deadlineGenerations: ({ context }, params: { key: string }) => scheduledOnceMore(context.deadlineGenerations, params.key),
    }),
    recordOverdue: assign({
      overdue: ({ context, event }) => (event.type === 'DEADLINE_MISSED' ? { ...context.overdue, [event.payload.key]: true } : context.overdue),
    }),
    // (3) The notice's last day (the preceding monthly meeting, counted by the plan) and the item's period, both fixed
    // by the adopted plan; an item registered without a notice day has only its period.
    scheduleStart: enqueueEffects(({ context, enqueue }) => {
      const { noticeDueDate, openedAt, period } = context.input;
      let generations = context.deadlineGenerations;
      if (noticeDueDate) {
        enqueue({ type: 'scheduleDeadline', params: { key: 'NOTICE', ruleKey: ITEM_RULE.NOTICE, startAt: openedAt, dueAt: dueAtEndOf(noticeDueDate) } });
        generations = scheduledOnceMore(generations, 'NOTICE');
      }
      enqueue({ type: 'scheduleDeadline', params: { key: 'PERIOD', ruleKey: ITEM_RULE.PERIOD, startAt: openedAt, dueAt: dueAtEndOf(period.to) } });
      enqueue.assign({ deadlineGenerations: scheduledOnceMore(generations, 'PERIOD') });
    }),
    recordNotice: assign(({ context, event }) => {
      const p = payloadOf('NOTIFY_SUBJECT', event);
      const due = context.input.noticeDueDate;
      return { notice: { ...plainData(p), at: event.occurredAt }, late: { ...context.late, ...(due && p.notifiedOn > due ? { NOTICE: true } : {}) } };
    }),
    recordSelfReport: assign(({ context, event }) => {
      const p = payloadOf('RECORD_SELF_REPORT', event);
      const due = context.notice?.selfReportDueDate;
      return { selfReport: plainData(p), late: { ...context.late, ...(due && p.receivedOn > due ? { SELF_REPORT: true } : {}) } };
    }),
    recordWithoutSelfReport: assign({ withoutSelfReport: ({ event }) => ({ reason: payloadOf('PROCEED_WITHOUT_SELF_REPORT', event).reason, at: event.occurredAt }) }),
    recordVerification: assign({
      verifications: ({ context, event }) => [...(context.verifications ?? []), { ...plainData(payloadOf('RECORD_VERIFICATION', event)), at: event.occurredAt }],
    }),
    recordResultReport: assign(({ context, event }) => {
      const p = payloadOf('SUBMIT_RESULT_REPORT', event);
      return {
        resultReport: { ...plainData(p), by: event.actorId, at: event.occurredAt },
        late: { ...context.late, ...(p.reportedOn > context.input.period.to ? { PERIOD: true } : {}) },
      };
    }),
    recordReturn: assign({
      returns: ({ context, event }) => [...(context.returns ?? []), { reason: payloadOf('RETURN_TO_VERIFICATION', event).reason, at: event.occurredAt }],
    }),
    // (5) The cell meeting concludes; signs of violation open an inspection, a violation a discipline case (linked).
    conclude: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'CONCLUDE') return;
      const p = event.payload;
      enqueue.assign({ conclusion: { ...plainData(p), at: event.occurredAt } });
      enqueue({ type: 'markDeadlineMet', params: { key: 'CONCLUSION', at: p.meetingDate } });
      enqueue({ type: 'scheduleDeadline', params: { key: 'CONCLUSION_NOTICE', ruleKey: ITEM_RULE.CONCLUSION_NOTICE, startAt: p.meetingDate } });
      enqueue.assign({ deadlineGenerations: scheduledOnceMore(context.deadlineGenerations, 'CONCLUSION_NOTICE') });
      const withP = { ...context, conclusion: { ...p, at: event.occurredAt } };
      if (p.outcome === 'SIGNS_OF_VIOLATION' && p.inspection) {
        enqueue.assign({ referral: { procedureId: INSPECTION_PROCEDURE_ID, at: event.occurredAt, afterFollowUp: false } });
        enqueue({
          type: 'openChildCase',
          params: { procedureId: INSPECTION_PROCEDURE_ID, link: 'INSPECTION', input: inspectionInput(withP, p.inspection, p.summary, event.occurredAt) },
        });
      }
      if (p.outcome === 'VIOLATION' && p.violation) {
        enqueue.assign({ referral: { procedureId: DISCIPLINE_PROCEDURE_ID, at: event.occurredAt, afterFollowUp: false } });
        enqueue({ type: 'openChildCase', params: { procedureId: DISCIPLINE_PROCEDURE_ID, link: 'DISCIPLINE', input: disciplineInput(withP, p) } });
      }
    }),
    recordConclusionNotice: assign({ conclusionNotice: ({ event }) => ({ ...plainData(payloadOf('NOTIFY_CONCLUSION', event)), at: event.occurredAt }) }),
    recordCorrection: assign(({ context, event }) => {
      const p = payloadOf('RECORD_CORRECTION', event);
      const due = currentCorrectionDue(context);
      return {
        corrections: [...(context.corrections ?? []), { ...plainData(p), at: event.occurredAt }],
        late: { ...context.late, ...(due && p.receivedOn > due ? { CORRECTION: true } : {}) },
        ...(p.accepted ? { followUp: 'CORRECTED' as const } : {}),
      };
    }),
    referAfterFollowUp: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'REFER_TO_INSPECTION') return;
      const { inspection } = event.payload;
      enqueue.assign({ referral: { procedureId: INSPECTION_PROCEDURE_ID, at: event.occurredAt, afterFollowUp: true }, followUp: 'REFERRED_TO_INSPECTION' });
      enqueue({
        type: 'openChildCase',
        params: { procedureId: INSPECTION_PROCEDURE_ID, link: 'INSPECTION', input: inspectionInput(context, inspection, inspection.reason, event.occurredAt) },
      });
    }),
    recordCancellation: assign({ cancellation: ({ event }) => ({ ...plainData(payloadOf('CANCEL', event)), at: event.occurredAt }) }),
  },
}).createMachine({
  id: 'kiem-tra-giam-sat-chuyen-de',
  version: '1',
  initial: 'planned',
  context: ({ input }) => ({ input }),
  on: {
    // A deadline missed (or set by hand and missed) is recorded wherever the item is.
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // Opened by the plan's adoption: the member (organisation) is to be told at the preceding monthly meeting.
    planned: {
      entry: 'scheduleStart',
      on: {
        ...cancellable,
        // (3) Told, and asked for a self-inspection (self-supervision) report.
        NOTIFY_SUBJECT: {
          guard: and(['notBySubject', 'noticeDateValid']),
          target: 'awaitingSelfReport',
          actions: [
            'recordNotice',
            met('NOTICE', ({ event }) => payloadOf('NOTIFY_SUBJECT', event).notifiedOn),
            ...schedule(
              'SELF_REPORT',
              ITEM_RULE.SELF_REPORT,
              ({ event }) => payloadOf('NOTIFY_SUBJECT', event).notifiedOn,
              ({ event }) => {
                const due = payloadOf('NOTIFY_SUBJECT', event).selfReportDueDate;
                return due ? dueAtEndOf(due) : undefined;
              },
            ),
          ],
        },
      },
    },
    awaitingSelfReport: {
      on: {
        ...cancellable,
        RECORD_SELF_REPORT: {
          guard: and(['notBySubject', 'selfReportDateValid']),
          target: 'verifying',
          actions: ['recordSelfReport', met('SELF_REPORT', ({ event }) => payloadOf('RECORD_SELF_REPORT', event).receivedOn)],
        },
        // No report came: the item goes on without it (the reason is on the record).
        PROCEED_WITHOUT_SELF_REPORT: { guard: 'notBySubject', target: 'verifying', actions: ['recordWithoutSelfReport', cancel('SELF_REPORT')] },
      },
    },
    // (4) The secretary (or whoever the plan named) verifies and drafts the result report.
    verifying: {
      on: {
        ...cancellable,
        RECORD_VERIFICATION: { guard: 'notBySubject', actions: 'recordVerification' },
        SUBMIT_RESULT_REPORT: {
          guard: and(['notBySubject', 'reportDateValid']),
          target: 'resultReported',
          actions: [
            'recordResultReport',
            met('PERIOD', ({ event }) => payloadOf('SUBMIT_RESULT_REPORT', event).reportedOn),
            ...schedule('CONCLUSION', ITEM_RULE.CONCLUSION, ({ event }) => payloadOf('SUBMIT_RESULT_REPORT', event).reportedOn),
          ],
        },
      },
    },
    // (5) The cell meeting discusses the report and concludes (or asks for more verification).
    resultReported: {
      on: {
        ...cancellable,
        RETURN_TO_VERIFICATION: { guard: 'notBySubject', target: 'verifying', actions: ['recordReturn', cancel('CONCLUSION')] },
        CONCLUDE: { guard: and(['notBySubject', 'meetingDateValid', 'conclusionComplete']), target: 'concluded', actions: 'conclude' },
      },
    },
    // (6) The conclusion is notified; shortcomings are followed up until the correction is reported.
    concluded: {
      on: {
        NOTIFY_CONCLUSION: [
          {
            guard: and(['conclusionNoticeDateValid', 'needsFollowUp']),
            target: 'followUp',
            actions: [
              'recordConclusionNotice',
              met('CONCLUSION_NOTICE', ({ event }) => payloadOf('NOTIFY_CONCLUSION', event).notifiedOn),
              { type: 'notify', params: notifyParams },
              ...schedule(
                'CORRECTION',
                ITEM_RULE.CORRECTION,
                ({ event }) => payloadOf('NOTIFY_CONCLUSION', event).notifiedOn,
                ({ context }) => (context.conclusion?.correctionDueDate ? dueAtEndOf(context.conclusion.correctionDueDate) : undefined),
              ),
              report((c) => c.conclusion!.outcome, (c) => c.conclusion!.summary),
            ],
          },
          {
            guard: 'conclusionNoticeDateValid',
            target: 'closed',
            actions: [
              'recordConclusionNotice',
              met('CONCLUSION_NOTICE', ({ event }) => payloadOf('NOTIFY_CONCLUSION', event).notifiedOn),
              { type: 'notify', params: notifyParams },
              report((c) => c.conclusion!.outcome, (c) => c.conclusion!.summary),
            ],
          },
        ],
      },
    },
    followUp: {
      on: {
        RECORD_CORRECTION: [
          {
            guard: and(['notBySubject', 'correctionReportValid', 'correctionAccepted']),
            target: 'closed',
            actions: [
              'recordCorrection',
              met('CORRECTION', ({ event }) => payloadOf('RECORD_CORRECTION', event).receivedOn),
              report(() => 'CORRECTED', (c) => `đã khắc phục: ${c.corrections?.at(-1)?.summary ?? ''}`),
            ],
          },
          // Not yet corrected: a new day to report by (a new generation; the old one is superseded).
          {
            guard: and(['notBySubject', 'correctionReportValid']),
            actions: [
              'recordCorrection',
              ...schedule(
                'CORRECTION',
                ITEM_RULE.CORRECTION,
                ({ event }) => payloadOf('RECORD_CORRECTION', event).receivedOn,
                ({ event }) => dueAtEndOf(payloadOf('RECORD_CORRECTION', event).nextDueDate!),
              ),
            ],
          },
        ],
        // Shortcomings not corrected show signs of violation: an inspection on signs of violation opens (linked).
        REFER_TO_INSPECTION: {
          guard: and(['notBySubject', 'referralDateValid']),
          target: 'closed',
          actions: ['referAfterFollowUp', cancel('CORRECTION'), report(() => 'REFERRED_TO_INSPECTION', (c) => `chưa khắc phục, chuyển kiểm tra khi có dấu hiệu vi phạm`)],
        },
      },
    },
    closed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** The correction's current day: the last "not accepted" report's new day, else the conclusion's. */
export function currentCorrectionDue(c: ContextItem): string | undefined {
  const again = [...(c.corrections ?? [])].reverse().find((x) => !x.accepted && x.nextDueDate);
  return again?.nextDueDate ?? c.conclusion?.correctionDueDate;
}

function notifyParams({ context, event }: Args) {
  return {
    template: 'ktgs.conclusion',
    audiences: event.type === 'NOTIFY_CONCLUSION' ? event.payload.audiences : [],
    summary: context.conclusion?.summary,
  };
}
