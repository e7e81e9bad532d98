import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addCalendarDays, addMonths, endOfVietnamDay, toVietnamDate, type WorkingCalendar } from '@hoso/kernel/legal-time';
import type { LegalRule } from '../rules/legal-rule';
import { CalendarService } from './calendar.service';
import { RuleResolverService } from './rule-resolver.service';

export interface DeadlineExplanation {
  rule: (Omit<LegalRule, 'override'> & { override: LegalRule['override'] }) | null;
  ruleKey: string;
  start: { instant: string; date: string; convention: string | null };
  calendarVersion: number;
  countedDays: number | null;
  skipped: { date: string; reason: string }[];
  due: { date: string; instant: string } | null;
  note: string;
  adjustments: { at: string; kind: string; detail: string }[];
  /** In Vietnamese: a working-day count ran through a year whose days off are not an official schedule (absent in older rows). */
  warnings?: string[];
  /** The act fixed the due instant (ScheduleDeadlineParams.dueAt): a new rule version or calendar does not recount it. */
  fixedByAct?: boolean;
}

export interface DeadlinePlan {
  ruleId: string | null;
  calendarVersion: number;
  dueAt: Date | null;
  explanation: DeadlineExplanation;
}

const UNIT_LABEL = { WORKING_DAYS: 'ngày làm việc', CALENDAR_DAYS: 'ngày', MONTHS: 'tháng' } as const;

/**
 * Pure arithmetic: a rule, a start instant and a calendar → the due instant and how it was counted. With `fixedDueAt`
 * the act itself fixed the end (an effective date): due at that instant, nothing counted; the rule names the basis.
 */
export function planWith(ruleKey: string, rule: LegalRule | undefined, startAt: Date, calendar: WorkingCalendar, fixedDueAt?: Date): DeadlinePlan {
  const start = { instant: startAt.toISOString(), date: toVietnamDate(startAt), convention: rule?.startConvention ?? null };
  const base = { ruleKey, start, calendarVersion: calendar.version, adjustments: [], warnings: [] as string[] };
  if (fixedDueAt) {
    if (!Number.isFinite(fixedDueAt.getTime())) throw new RangeError(`Invalid due instant for "${ruleKey}"`);
    const due = { date: toVietnamDate(fixedDueAt), instant: fixedDueAt.toISOString() };
    const basis = rule ? ` (căn cứ: ${rule.legalBasis})` : '';
    return {
      ruleId: rule?.id ?? null,
      calendarVersion: calendar.version,
      dueAt: fixedDueAt,
      explanation: {
        ...base,
        rule: rule ?? null,
        countedDays: null,
        skipped: [],
        due,
        fixedByAct: true,
        note: `Hạn do quyết định ấn định: đến ${due.instant} (hết ngày ${due.date}, giờ Việt Nam), không tính theo số ngày${basis}.`,
      },
    };
  }
  if (!rule || rule.value === null) {
    return {
      ruleId: rule?.id ?? null,
      calendarVersion: calendar.version,
      dueAt: null,
      explanation: {
        ...base,
        rule: rule ?? null,
        countedDays: null,
        skipped: [],
        due: null,
        note: rule
          ? 'Quy định chưa có thời hạn cho bước này: cấp ủy có thể đặt hạn thủ công.'
          : `Chưa có quy tắc "${ruleKey}" có hiệu lực vào ngày bắt đầu: cấp ủy có thể đặt hạn thủ công.`,
      },
    };
  }
  if (rule.unit !== 'WORKING_DAYS' && rule.unit !== 'CALENDAR_DAYS' && rule.unit !== 'MONTHS') {
    return {
      ruleId: rule.id,
      calendarVersion: calendar.version,
      dueAt: null,
      explanation: { ...base, rule, countedDays: null, skipped: [], due: null, note: `Quy tắc "${ruleKey}" không phải một thời hạn (đơn vị ${rule.unit}).` },
    };
  }
  const convention = rule.startConvention === 'SAME_DAY' ? 'SAME_DAY' : 'NEXT_DAY';
  let dueDate: string;
  let skipped: { date: string; reason: string }[] = [];
  let warnings: string[] = [];
  if (rule.unit === 'WORKING_DAYS') {
    const count = calendar.addWorkingDays(start.date, rule.value, convention);
    dueDate = count.due;
    skipped = count.skipped;
    warnings = calendar.warningsBetween(start.date, count.due);
  } else if (rule.unit === 'CALENDAR_DAYS') {
    dueDate = addCalendarDays(start.date, convention === 'SAME_DAY' ? rule.value - 1 : rule.value);
  } else {
    // Counted from the start day, the period ends the day before the anniversary; from the next day, on it.
    const anniversary = addMonths(start.date, rule.value);
    dueDate = convention === 'SAME_DAY' ? addCalendarDays(anniversary, -1) : anniversary;
  }
  const dueAt = endOfVietnamDay(dueDate);
  return {
    ruleId: rule.id,
    calendarVersion: calendar.version,
    dueAt,
    explanation: {
      ...base,
      rule,
      countedDays: rule.value,
      skipped,
      warnings,
      due: { date: dueDate, instant: dueAt.toISOString() },
      note: `${rule.value} ${UNIT_LABEL[rule.unit]} kể từ ${rule.startEvent.toLowerCase()} (${
        convention === 'NEXT_DAY' ? 'không tính ngày bắt đầu' : 'tính cả ngày bắt đầu'
      }); hạn là hết ngày ${dueDate} (giờ Việt Nam).`,
    },
  };
}

@Injectable()
export class DeadlinePlannerService {
  constructor(
    private readonly rules: RuleResolverService,
    private readonly calendars: CalendarService,
  ) {}

  async plan(m: EntityManager, ruleKey: string, unitPath: string, startAt: Date, fixedDueAt?: Date): Promise<DeadlinePlan> {
    const rule = await this.rules.resolve(m, ruleKey, unitPath, toVietnamDate(startAt));
    const calendar = await this.calendars.current(m);
    return planWith(ruleKey, rule, startAt, calendar, fixedDueAt);
  }
}
