import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { addCalendarDays, addMonths, endOfVietnamDay, toVietnamDate, type WorkingCalendar } from '@hoso/kernel/legal-time';
import { CalendarService } from './calendar.service';
import type { DeadlineExplanation } from './deadline-planner.service';

export interface DeadlineChange {
  deadlineId: string;
  generation: number;
  status: 'PENDING' | 'PAUSED';
  dueAt: Date | null;
  remainingWorkingDays: number | null;
  extensionsUsed: number;
  explanation: DeadlineExplanation;
}

interface Row {
  id: string;
  generation: number;
  status: string;
  due_at: Date | null;
  remaining_working_days: number | null;
  extensions_used: number;
  explanation: DeadlineExplanation | null;
  unit: string | null;
  extension_value: string | null;
  extension_max_count: number | null;
}

/**
 * Pause, resume and extend, computed before the transition's write:
 * - pause stops the clock and keeps the working days left after the pause day;
 * - resume restarts it from the resume day with those days (counted from the next day);
 * - extend adds the rule's extension, at most as many times as the rule allows, with the reason on record.
 */
@Injectable()
export class DeadlineAdjusterService {
  constructor(private readonly calendars: CalendarService) {}

  private async current(m: EntityManager, caseId: string, key: string): Promise<Row> {
    const rows: Row[] = await m.query(
      `SELECT d.id, d.generation, d.status, d.due_at, d.remaining_working_days, d.extensions_used, d.explanation,
              r.unit, r.extension_value, r.extension_max_count
         FROM deadline d LEFT JOIN legal_rule r ON r.id = d.rule_id
        WHERE d.case_id = $1 AND d.key = $2 ORDER BY d.generation DESC LIMIT 1`,
      [caseId, key],
    );
    if (!rows[0]) throw new DomainError(ErrorCode.DEADLINE_NOT_FOUND, { key });
    return rows[0];
  }

  private note(row: Row, kind: string, detail: string, at: string): DeadlineExplanation {
    const base = row.explanation ?? ({ adjustments: [] } as unknown as DeadlineExplanation);
    return { ...base, adjustments: [...(base.adjustments ?? []), { at, kind, detail }] };
  }

  async pause(m: EntityManager, caseId: string, key: string, at: Date): Promise<DeadlineChange> {
    const row = await this.current(m, caseId, key);
    if (row.status !== 'PENDING') throw new DomainError(ErrorCode.DEADLINE_NOT_OPEN, { key, status: row.status });
    const calendar = await this.calendars.current(m);
    const pauseDate = toVietnamDate(at);
    const remaining = row.due_at ? calendar.workingDaysBetween(pauseDate, toVietnamDate(new Date(row.due_at))) : null;
    const detail = row.due_at
      ? `Tạm dừng ngày ${pauseDate}; còn ${remaining} ngày làm việc (hạn cũ hết ngày ${toVietnamDate(new Date(row.due_at))}).`
      : `Tạm dừng ngày ${pauseDate} (chưa có hạn).`;
    return {
      deadlineId: row.id, generation: row.generation, status: 'PAUSED', dueAt: null, remainingWorkingDays: remaining,
      extensionsUsed: row.extensions_used, explanation: this.note(row, 'PAUSE', detail, at.toISOString()),
    };
  }

  async resume(m: EntityManager, caseId: string, key: string, at: Date): Promise<DeadlineChange> {
    const row = await this.current(m, caseId, key);
    if (row.status !== 'PAUSED') throw new DomainError(ErrorCode.DEADLINE_NOT_OPEN, { key, status: row.status });
    const calendar = await this.calendars.current(m);
    const resumeDate = toVietnamDate(at);
    let dueAt: Date | null = null;
    if (row.remaining_working_days !== null) {
      const dueDate = row.remaining_working_days > 0 ? calendar.addWorkingDays(resumeDate, row.remaining_working_days, 'NEXT_DAY').due : resumeDate;
      dueAt = endOfVietnamDay(dueDate);
    }
    const detail = dueAt
      ? `Tiếp tục ngày ${resumeDate} với ${row.remaining_working_days} ngày làm việc còn lại; hạn mới hết ngày ${toVietnamDate(dueAt)}.`
      : `Tiếp tục ngày ${resumeDate} (chưa có hạn).`;
    return {
      deadlineId: row.id, generation: row.generation, status: 'PENDING', dueAt, remainingWorkingDays: null,
      extensionsUsed: row.extensions_used, explanation: this.note(row, 'RESUME', detail, at.toISOString()),
    };
  }

  /**
   * A MISSED deadline may still be extended by an act dated on or before its due date (`actDate`): the act was on
   * time, only entered after the worker noticed the lapse. The extended deadline is pending again (the worker re-arms
   * it); the escalation already sent stays on record.
   */
  async extend(m: EntityManager, caseId: string, key: string, reason: string, at: Date, actDate?: string): Promise<DeadlineChange> {
    const row = await this.current(m, caseId, key);
    const onTimeAfterMiss = row.status === 'MISSED' && !!row.due_at && !!actDate && actDate <= toVietnamDate(new Date(row.due_at));
    if ((row.status !== 'PENDING' && !onTimeAfterMiss) || !row.due_at) throw new DomainError(ErrorCode.DEADLINE_NOT_OPEN, { key, status: row.status });
    const ext = row.extension_value === null ? null : Number(row.extension_value);
    if (ext === null || row.extensions_used >= (row.extension_max_count ?? 0)) {
      throw new DomainError(ErrorCode.DEADLINE_EXTENSION_NOT_ALLOWED, { key, extensionsUsed: row.extensions_used, allowed: row.extension_max_count ?? 0 });
    }
    const calendar: WorkingCalendar = await this.calendars.current(m);
    const oldDue = toVietnamDate(new Date(row.due_at));
    const newDue =
      row.unit === 'WORKING_DAYS' ? calendar.addWorkingDays(oldDue, ext, 'NEXT_DAY').due : row.unit === 'MONTHS' ? addMonths(oldDue, ext) : addCalendarDays(oldDue, ext);
    const late = onTimeAfterMiss ? ` Quyết định gia hạn ngày ${actDate}, trong hạn, được nhập sau khi hệ thống ghi nhận quá hạn.` : '';
    const detail = `Gia hạn lần ${row.extensions_used + 1}: thêm ${ext} (${row.unit}), hạn mới hết ngày ${newDue}. Lý do: ${reason}.${late}`;
    return {
      deadlineId: row.id, generation: row.generation, status: 'PENDING', dueAt: endOfVietnamDay(newDue), remainingWorkingDays: null,
      extensionsUsed: row.extensions_used + 1, explanation: this.note(row, 'EXTEND', detail, at.toISOString()),
    };
  }
}
