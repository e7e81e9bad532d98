// Procedure: a cell's (committee's) yearly inspection and supervision plan (kế hoạch kiểm tra, giám sát năm), each item a linked case of kiem-tra-giam-sat-chuyen-de.
// Legal basis: Điều lệ Đảng Chapter VII and Art. 9 §5; Quy định 296-QĐ/TW (2025); Bình Phước 1127-QĐ/TU (2023) steps 1–2, 7 — docs/domain/ke-hoach-kiem-tra-giam-sat.md, changes-2026.md §5.3.
import { and, assign, setup } from 'xstate';
import { vietnamDate } from '@hoso/kernel/legal-time';
import type { ChildConcludedPayload } from '../shared/child-case';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { EventFacts } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import { FOLLOW_UP_RESULTS, ITEM_PROCEDURE_ID } from '../kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.machine';
import { dueAtEndOf } from '../kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.rules';
import type {
  AddItemsPayload, AdoptPlanPayload, PlanDeadlineKey, PlanDeadlineMissedPayload, PlanInput, PlanItemDto, ProgressReportPayload, ReportPlanUpPayload,
  RevisePlanPayload, WithdrawPlanPayload, YearReportPayload,
} from './ke-hoach-kiem-tra-giam-sat.events';
import { decideAdoption, noticeDueDate, noticeMonths, PLAN_RULE, yearEnd, type Problem } from './ke-hoach-kiem-tra-giam-sat.rules';
import { payloadReader, plainData } from '../shared/payload';

export const PLAN_PROCEDURE_ID = 'ke-hoach-kiem-tra-giam-sat';

/** What an item told the plan: its conclusion (or cancellation), and later the end of its follow-up. */
export interface ItemResult {
  outcome: string;
  summary?: string;
  at: string;
  followUp?: string;
}

/** Items done (concluded or cancelled) against items opened, at one moment, with the conclusions by outcome. */
export interface Completion {
  total: number;
  done: number;
  cancelled: number;
  byOutcome: Record<string, number>;
}

export interface ContextPlan {
  input: PlanInput;
  /** The items as drafted, then as adopted (with the ones added during the year), numbered from 1 in this order. */
  items: PlanItemDto[];
  purpose: string;
  revisions?: { note?: string; at: string }[];
  /** Meetings that did not adopt the draft. */
  rejections?: { meetingDate: string; text: string; at: string }[];
  adoption?: { meetingDate: string; minutesRef?: string; resolutionRef?: string; by: 'VOTE' | 'MINUTES'; text: string; quorumNote?: string; at: string };
  supplements?: { meetingDate: string; count: number; text: string; at: string }[];
  /** Items opened as cases so far. */
  opened?: number;
  reportedUp?: ReportPlanUpPayload & { at: string };
  /** By the item case's id. */
  results?: Record<string, ItemResult>;
  progressReports?: (ProgressReportPayload & Completion & { at: string })[];
  yearReport?: YearReportPayload & Completion & { at: string };
  withdrawal?: WithdrawPlanPayload & { at: string };
  closedAt?: string;
  deadlineGenerations?: Record<string, number>;
  overdue?: Record<string, boolean>;
}

type E<T extends string, P> = MachineEvent<T, P>;
export type EventPlan =
  | E<'REVISE_DRAFT', RevisePlanPayload>
  | E<'ADOPT', AdoptPlanPayload>
  | E<'WITHDRAW', WithdrawPlanPayload>
  | E<'REPORT_PLAN_UP', ReportPlanUpPayload>
  | E<'REPORT_PROGRESS', ProgressReportPayload>
  | E<'ADD_ITEMS', AddItemsPayload>
  | E<'YEAR_END_REPORT', YearReportPayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'DEADLINE_MISSED', PlanDeadlineMissedPayload>;

type Args = { context: ContextPlan; event: EventPlan };

const payloadOf = payloadReader<EventPlan>();
const isFollowUp = (outcome: string): boolean => (FOLLOW_UP_RESULTS as readonly string[]).includes(outcome);

export const planTitle = (i: PlanInput): string => i.title ?? `Kế hoạch kiểm tra, giám sát năm ${i.year}`;

/** The checks of the items of a plan of `year` (also the registration's): period inside the year and in order, subject by kind. */
export function itemProblems(year: number, items: readonly PlanItemDto[], first = 1): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const no = `Nội dung ${first + i}`;
    const { from, to } = item.period;
    if (from.slice(0, 4) !== String(year) || to.slice(0, 4) !== String(year)) {
      problems.push({ code: 'PERIOD_OUTSIDE_YEAR', message: `${no}: thời gian tiến hành (${from} – ${to}) phải nằm trong năm ${year}.` });
    }
    if (to < from) problems.push({ code: 'PERIOD_ORDER', message: `${no}: ngày kết thúc (${to}) trước ngày bắt đầu (${from}).` });
    const s = item.subject;
    if (s.kind === 'MEMBER' && s.unitId) problems.push({ code: 'SUBJECT_FIELDS', message: `${no}: đối tượng là đảng viên, không ghi mã tổ chức.` });
    if (s.kind === 'ORGANISATION' && (s.personId || s.membership)) {
      problems.push({ code: 'SUBJECT_FIELDS', message: `${no}: đối tượng là tổ chức đảng, không ghi đảng viên.` });
    }
  });
  return problems;
}

/** Items whose period begins before the meeting that adopts them (an item cannot start before it is adopted). */
function startProblems(items: readonly PlanItemDto[], meetingDate: string, first: number): Problem[] {
  return items.flatMap((item, i) =>
    item.period.from < meetingDate
      ? [{ code: 'STARTS_BEFORE_ADOPTION', message: `Nội dung ${first + i}: bắt đầu (${item.period.from}) trước ngày họp thông qua (${meetingDate}).` }]
      : [],
  );
}

const dated = (date: string, from: string | undefined, label: string, fromLabel: string, occurredAt: string): Problem[] => {
  const problems: Problem[] = [];
  const today = vietnamDate(occurredAt);
  if (date > today) problems.push({ code: 'DATE_IN_FUTURE', message: `${label} (${date}) sau ngày ghi nhận (${today}).` });
  if (from !== undefined && date < from) problems.push({ code: 'DATE_ORDER', message: `${label} (${date}) trước ${fromLabel} (${from}).` });
  return problems;
};

/** Done (a conclusion or a cancellation told) and total, and the conclusions by outcome. */
export function completion(c: ContextPlan): Completion {
  const results = Object.values(c.results ?? {});
  const byOutcome: Record<string, number> = {};
  for (const r of results) byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
  return { total: c.opened ?? 0, done: results.length, cancelled: byOutcome.CANCELLED ?? 0, byOutcome };
}

export const completionText = (k: Completion): string =>
  `Đã thực hiện ${k.done - k.cancelled}/${k.total} nội dung${k.cancelled ? `, hủy ${k.cancelled}` : ''}${k.total - k.done ? `, còn ${k.total - k.done} nội dung đang tiến hành` : ''}.`;

/** What keeps each step from standing, by guard (pure; the refusal names each problem). */
export function planProblems(guard: string, c: ContextPlan, event: EventPlan): Problem[] {
  const at = event.occurredAt;
  const facts: EventFacts | undefined = event.facts;
  switch (guard) {
    case 'revisionValid':
      return event.type === 'REVISE_DRAFT' ? itemProblems(c.input.year, event.payload.items) : [];
    case 'meetingValid': {
      if (event.type === 'ADOPT') {
        const p = event.payload;
        return [
          ...dated(p.meetingDate, c.input.draftedOn, 'Ngày họp chi bộ', 'ngày dự thảo kế hoạch', at),
          ...startProblems(c.items, p.meetingDate, 1),
          ...(decideAdoption(p.vote, p.minutesRef, facts) as { problems?: Problem[] }).problems ?? [],
        ];
      }
      if (event.type === 'ADD_ITEMS') {
        const p = event.payload;
        const first = (c.opened ?? 0) + 1;
        return [
          ...dated(p.meetingDate, c.adoption?.meetingDate, 'Ngày họp chi bộ', 'ngày thông qua kế hoạch', at),
          ...itemProblems(c.input.year, p.items, first),
          ...startProblems(p.items, p.meetingDate, first),
          ...(decideAdoption(p.vote, p.minutesRef, facts) as { problems?: Problem[] }).problems ?? [],
        ];
      }
      return [];
    }
    case 'withdrawDateValid':
      return event.type === 'WITHDRAW' ? dated(event.payload.withdrawnOn, c.input.draftedOn, 'Ngày rút kế hoạch', 'ngày dự thảo kế hoạch', at) : [];
    case 'reportDateValid': {
      const reportedOn =
        event.type === 'REPORT_PLAN_UP' || event.type === 'REPORT_PROGRESS' || event.type === 'YEAR_END_REPORT' ? event.payload.reportedOn : undefined;
      return reportedOn ? dated(reportedOn, c.adoption?.meetingDate, 'Ngày báo cáo', 'ngày thông qua kế hoạch', at) : [];
    }
    default:
      return [];
  }
}

const valid = (guard: string) => ({ context, event }: Args) => planProblems(guard, context, event).length === 0;

/** The item cases the meeting opens: each item with its number, the plan, and the notice's last day (KTGS.ITEM_NOTICE). */
function itemInputs(c: ContextPlan, items: readonly PlanItemDto[], first: number, meetingDate: string, at: string, facts: EventFacts | undefined) {
  const months = noticeMonths(facts);
  return items.map((item, i) =>
    plainData({
      ...item,
      plan: { year: c.input.year, itemNo: first + i, adoptedOn: meetingDate, planTitle: planTitle(c.input).slice(0, 300) },
      ...(months ? { noticeDueDate: noticeDueDate(item.period.from, months, meetingDate) } : {}),
      openedAt: at,
    }) as unknown as Record<string, unknown>,
  );
}

const schedule = (key: PlanDeadlineKey, ruleKey: string, startAt: (a: Args) => string, dueAt?: (a: Args) => string) =>
  [
    { type: 'scheduleDeadline', params: (a: Args) => ({ key, ruleKey, startAt: startAt(a), ...(dueAt ? { dueAt: dueAt(a) } : {}) }) },
    { type: 'countSchedule', params: { key } },
  ] as const;
const met = (key: PlanDeadlineKey, at: (a: Args) => string) => ({ type: 'markDeadlineMet', params: (a: Args) => ({ key, at: at(a) }) }) as const;

const reportUp = (summary: (a: Args) => string) =>
  ({ type: 'notify', params: (a: Args) => ({ template: 'ktgs.plan-report', audiences: ['UPPER_COMMITTEE'] as const, summary: summary(a) }) }) as const;

export const planMachineV1 = setup({
  types: {} as { context: ContextPlan; events: EventPlan; input: PlanInput },
  guards: {
    revisionValid: valid('revisionValid'),
    meetingValid: valid('meetingValid'),
    withdrawDateValid: valid('withdrawDateValid'),
    reportDateValid: valid('reportDateValid'),
    // Routes a counted meeting (the fallback records it as not adopted): the share KTGS.PLAN_THRESHOLD was reached.
    adopted: ({ event }) => {
      const p = event.type === 'ADOPT' || event.type === 'ADD_ITEMS' ? event.payload : undefined;
      const d = p ? decideAdoption(p.vote, p.minutesRef, event.facts) : undefined;
      return d?.ok === true && d.passed;
    },
    // Only an item this plan opened reports to it, once for its conclusion (and once more for its follow-up).
    fromPlanItem: ({ context, event }) => {
      if (event.type !== 'CHILD_CONCLUDED' || event.payload.procedureId !== ITEM_PROCEDURE_ID || event.payload.link !== 'INSPECTION') return false;
      const known = context.results?.[event.payload.childCaseId];
      return isFollowUp(event.payload.outcome) ? known !== undefined && known.followUp === undefined : known === undefined;
    },
    // Every item opened has been concluded (or cancelled with a reason): the plan can close.
    allItemsSettled: ({ context }) => {
      const k = completion(context);
      return k.done >= k.total;
    },
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
    recordRevision: assign(({ context, event }) => {
      const p = payloadOf('REVISE_DRAFT', event);
      return { items: plainData(p.items), purpose: p.purpose, revisions: [...(context.revisions ?? []), { ...(p.note ? { note: p.note } : {}), at: event.occurredAt }] };
    }),
    recordRejection: assign(({ context, event }) => {
      const p = payloadOf('ADOPT', event);
      const d = decideAdoption(p.vote, p.minutesRef, event.facts);
      return { rejections: [...(context.rejections ?? []), { meetingDate: p.meetingDate, text: d.ok ? d.text : '', at: event.occurredAt }] };
    }),
    // (2) Adopted: every item opens as a case of its own, linked to the plan; the report up and the year's report are due.
    adopt: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'ADOPT') return;
      const p = event.payload;
      const d = decideAdoption(p.vote, p.minutesRef, event.facts);
      if (!d.ok) return;
      enqueue.assign({
        adoption: plainData({ meetingDate: p.meetingDate, minutesRef: p.minutesRef, resolutionRef: p.resolutionRef, by: d.by, text: d.text, quorumNote: d.quorumNote, at: event.occurredAt }),
        opened: context.items.length,
      });
      enqueue({ type: 'markDeadlineMet', params: { key: 'ADOPTION', at: p.meetingDate } });
      for (const input of itemInputs(context, context.items, 1, p.meetingDate, event.occurredAt, event.facts)) {
        enqueue({ type: 'openChildCase', params: { procedureId: ITEM_PROCEDURE_ID, link: 'INSPECTION', input } });
      }
    }),
    addItems: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'ADD_ITEMS') return;
      const p = event.payload;
      const d = decideAdoption(p.vote, p.minutesRef, event.facts);
      if (!d.ok) return;
      const first = (context.opened ?? 0) + 1;
      enqueue.assign({
        items: [...context.items, ...plainData(p.items)],
        opened: (context.opened ?? 0) + p.items.length,
        supplements: [...(context.supplements ?? []), { meetingDate: p.meetingDate, count: p.items.length, text: d.text, at: event.occurredAt }],
      });
      for (const input of itemInputs(context, p.items, first, p.meetingDate, event.occurredAt, event.facts)) {
        enqueue({ type: 'openChildCase', params: { procedureId: ITEM_PROCEDURE_ID, link: 'INSPECTION', input } });
      }
    }),
    recordSupplementRejected: assign(({ context, event }) => {
      const p = payloadOf('ADD_ITEMS', event);
      const d = decideAdoption(p.vote, p.minutesRef, event.facts);
      return { rejections: [...(context.rejections ?? []), { meetingDate: p.meetingDate, text: `Bổ sung ${p.items.length} nội dung: ${d.ok ? d.text : ''}`, at: event.occurredAt }] };
    }),
    recordWithdrawal: assign({ withdrawal: ({ event }) => ({ ...plainData(payloadOf('WITHDRAW', event)), at: event.occurredAt }) }),
    recordReportUp: assign({ reportedUp: ({ event }) => ({ ...plainData(payloadOf('REPORT_PLAN_UP', event)), at: event.occurredAt }) }),
    recordItemResult: assign({
      results: ({ context, event }) => {
        if (event.type !== 'CHILD_CONCLUDED') return context.results;
        const { childCaseId, outcome, summary } = event.payload;
        const known = context.results?.[childCaseId];
        const result: ItemResult = isFollowUp(outcome) && known ? { ...known, followUp: outcome } : { outcome, ...(summary ? { summary } : {}), at: event.occurredAt };
        return { ...context.results, [childCaseId]: result };
      },
    }),
    recordProgress: assign({
      progressReports: ({ context, event }) => [
        ...(context.progressReports ?? []),
        { ...plainData(payloadOf('REPORT_PROGRESS', event)), ...completion(context), at: event.occurredAt },
      ],
    }),
    recordYearReport: assign({ yearReport: ({ context, event }) => ({ ...plainData(payloadOf('YEAR_END_REPORT', event)), ...completion(context), at: event.occurredAt }) }),
    recordClosed: assign({ closedAt: ({ event }) => event.occurredAt }),
  },
}).createMachine({
  id: 'ke-hoach-kiem-tra-giam-sat',
  version: '1',
  initial: 'drafting',
  context: ({ input }) => ({ input, items: input.items, purpose: input.purpose }),
  on: {
    // A deadline missed (or set by hand and missed) is recorded wherever the plan is.
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // (1) Drafted by the secretary at the start of the year (KTGS.PLAN_ADOPTION: a setting).
    drafting: {
      entry: [
        { type: 'scheduleDeadline', params: ({ context }) => ({ key: 'ADOPTION', ruleKey: PLAN_RULE.ADOPTION, startAt: context.input.draftedOn }) },
        { type: 'countSchedule', params: { key: 'ADOPTION' } },
      ],
      on: {
        REVISE_DRAFT: { guard: 'revisionValid', actions: 'recordRevision' },
        // (2) The cell meeting adopts it (a vote against the rule's share, or its minutes); a vote that falls short
        // leaves the draft to be revised and put to a meeting again.
        ADOPT: [
          {
            guard: and(['meetingValid', 'adopted']),
            target: 'running',
            actions: [
              'adopt',
              ...schedule('REPORT_UP', PLAN_RULE.REPORT_UP, ({ event }) => payloadOf('ADOPT', event).meetingDate),
              ...schedule('YEAR_REPORT', PLAN_RULE.YEAR_REPORT, ({ event }) => payloadOf('ADOPT', event).meetingDate, ({ context }) => dueAtEndOf(yearEnd(context.input.year))),
            ],
          },
          { guard: 'meetingValid', actions: 'recordRejection' },
        ],
        WITHDRAW: {
          guard: 'withdrawDateValid',
          target: 'withdrawn',
          actions: ['recordWithdrawal', { type: 'cancelDeadline', params: ({ event }) => ({ key: 'ADOPTION', at: event.occurredAt }) }],
        },
      },
    },
    running: {
      initial: 'toReportUp',
      on: {
        CHILD_CONCLUDED: { guard: 'fromPlanItem', actions: 'recordItemResult' },
        // The plan's completion for a period (a quarter, a half year), counted from what the items reported.
        REPORT_PROGRESS: {
          guard: 'reportDateValid',
          actions: ['recordProgress', reportUp(({ context, event }) => `${payloadOf('REPORT_PROGRESS', event).periodLabel}: ${completionText(completion(context))}`)],
        },
        // Items added by a later meeting (a supplementary plan), adopted the same way.
        ADD_ITEMS: [
          { guard: and(['meetingValid', 'adopted']), actions: 'addItems' },
          { guard: 'meetingValid', actions: 'recordSupplementRejected' },
        ],
      },
      states: {
        // Adopted: reported to the committee above (KTGS.PLAN_REPORT_UP: a setting).
        toReportUp: {
          on: {
            REPORT_PLAN_UP: {
              guard: 'reportDateValid',
              target: 'inProgress',
              actions: [
                'recordReportUp',
                met('REPORT_UP', ({ event }) => payloadOf('REPORT_PLAN_UP', event).reportedOn),
                reportUp(({ context }) => `${planTitle(context.input)}: ${context.items.length} nội dung kiểm tra, giám sát đã được chi bộ thông qua.`),
              ],
            },
          },
        },
        inProgress: {
          on: {
            // (7) The year's report to the committee above, by the end of the plan's year.
            YEAR_END_REPORT: {
              guard: 'reportDateValid',
              target: '#ke-hoach-kiem-tra-giam-sat.yearReported',
              actions: [
                'recordYearReport',
                met('YEAR_REPORT', ({ event }) => payloadOf('YEAR_END_REPORT', event).reportedOn),
                reportUp(({ context }) => `Báo cáo năm ${context.input.year}: ${completionText(completion(context))}`),
              ],
            },
          },
        },
      },
    },
    // Reported for the year: the plan closes once every item is concluded or cancelled with a reason.
    yearReported: {
      always: { guard: 'allItemsSettled', target: 'closed', actions: 'recordClosed' },
      on: { CHILD_CONCLUDED: { guard: 'fromPlanItem', actions: 'recordItemResult' } },
    },
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
