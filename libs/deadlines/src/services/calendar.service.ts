import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import {
  BASIS_COMPENSATORY,
  BASIS_HOLIDAYS,
  lawCalendar,
  WorkingCalendar,
  type CalendarDay,
  type CalendarDayCategory,
  type CalendarYear,
  type CalendarYearStatus,
} from '@hoso/kernel/legal-time';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';

// One seeder at a time across processes.
const SEED_LOCK = 745_1375;

export interface CalendarChange {
  reason: string;
  kind: 'SCHEDULE' | 'EDIT';
  /** Days to set (replacing whatever the date had); the category defaults from the kind. */
  set: { date: string; kind: 'HOLIDAY' | 'WORKING_DAY'; name: string; category?: CalendarDayCategory }[];
  /** Days to return to the weekly rule. */
  clear: string[];
  /** The year whose official schedule this change completes: from this version on, the year is CONFIRMED. */
  confirmYear?: number;
  /** The notice the change comes from (number, date); the reason when absent. */
  sourceRef?: string;
}

/** A year's schedule in one version: CONFIRMED, PROVISIONAL (computed from the law) or MISSING (not in the calendar). */
export interface CalendarYearInfo {
  status: CalendarYearStatus | 'MISSING';
  confirmed: boolean;
  confidence: string | null;
  sourceRef: string | null;
  note: string | null;
}

const ENTRY_COLUMNS = `to_char(date, 'YYYY-MM-DD') AS date, kind, name, source, category, confidence, source_ref AS "sourceRef"`;
const VALID_AT = `valid_from_version <= $1 AND (valid_to_version IS NULL OR valid_to_version > $1)`;

/**
 * The working-day calendar: entries and year records valid for a range of versions, so the calendar of any version
 * can be rebuilt. The official schedules 2024–2026 and 2027 computed from the law come from a migration; any other
 * year is computed from the Labour Code when first needed (PROVISIONAL); administrators apply a year's official
 * schedule on top and confirm the year, as new versions.
 */
@Injectable()
export class CalendarService {
  private readonly logger = new Logger('Calendar');
  private readonly cache = new Map<number, WorkingCalendar>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async currentVersion(m: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ v }] = await m.query(`SELECT COALESCE(MAX(id), 0)::int AS v FROM calendar_version`);
    return v;
  }

  async at(version: number, m: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    const cached = this.cache.get(version);
    if (cached) return cached;
    const rows: CalendarDay[] = await m.query(`SELECT ${ENTRY_COLUMNS} FROM calendar_entry WHERE ${VALID_AT} ORDER BY date`, [version]);
    const years: CalendarYear[] = await m.query(`SELECT year, status FROM calendar_year WHERE ${VALID_AT} ORDER BY year`, [version]);
    const calendar = new WorkingCalendar(rows, version, years);
    this.cache.set(version, calendar);
    return calendar;
  }

  /** The year's days that differ from the weekly rule, and whether its schedule is confirmed, in the current version. */
  async entriesOfYear(year: number): Promise<{ version: number; days: CalendarDay[] } & CalendarYearInfo> {
    const version = await this.currentVersion();
    const days: CalendarDay[] = await this.dataSource.query(
      `SELECT ${ENTRY_COLUMNS} FROM calendar_entry
        WHERE ${VALID_AT} AND date >= make_date($2, 1, 1) AND date < make_date($2 + 1, 1, 1) ORDER BY date`,
      [version, year],
    );
    const [row]: { status: CalendarYearStatus; confidence: string; sourceRef: string; note: string | null }[] = await this.dataSource.query(
      `SELECT status, confidence, source_ref AS "sourceRef", note FROM calendar_year WHERE ${VALID_AT} AND year = $2`,
      [version, year],
    );
    const info: CalendarYearInfo = row
      ? { ...row, confirmed: row.status === 'CONFIRMED' }
      : { status: 'MISSING', confirmed: false, confidence: null, sourceRef: null, note: null };
    return { version, days, ...info };
  }

  async current(m: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    return this.at(await this.currentVersion(m), m);
  }

  /**
   * Compute from the Labour Code each year that has no year record yet, as one new version (PROVISIONAL years).
   * Rows the holiday library wrote for such a year before are closed; a date an administrator set keeps its entry.
   * Safe to call from every process.
   */
  async ensureSeeded(years: number[]): Promise<number | undefined> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const known: { year: number }[] = await m.query(`SELECT DISTINCT year FROM calendar_year WHERE valid_to_version IS NULL`);
      const missing = [...new Set(years)].filter((y) => !known.some((k) => k.year === y)).sort((a, b) => a - b);
      if (missing.length === 0) return undefined;
      const reason = `Tính ngày nghỉ năm ${missing.join(', ')} theo Bộ luật Lao động 2019 (Điều 111(3), 112(1)): chưa có lịch nghỉ chính thức`;
      const [{ id }] = await m.query(`INSERT INTO calendar_version (kind, reason) VALUES ('SEED', $1) RETURNING id`, [reason]);
      for (const year of missing) await this.seedFromLaw(m, year, id, true, []);
      await this.audit.record(m, null, 'CALENDAR_SEED', reason, { version: id, years: missing });
      this.logger.log(`${reason} (version ${id})`);
      return id as number;
    });
  }

  /** A new calendar version; open deadlines keep theirs until the audited recompute command moves them. */
  async apply(actorId: string, change: CalendarChange): Promise<number> {
    const all = [...change.set.map((d) => d.date), ...change.clear];
    const twice = all.find((d, i) => all.indexOf(d) !== i);
    if (twice) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, {
        fields: [{ field: 'set', constraint: 'arrayUnique', message: `ngày ${twice} xuất hiện nhiều lần trong cùng một thay đổi` }],
      });
    }
    const sourceRef = change.sourceRef ?? change.reason;
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ id }] = await m.query(`INSERT INTO calendar_version (kind, reason, created_by) VALUES ($1, $2, $3) RETURNING id`, [
        change.kind,
        change.reason,
        actorId,
      ]);
      const dates = [...new Set([...change.set.map((d) => d.date), ...change.clear])];
      await m.query(
        `UPDATE calendar_entry SET valid_to_version = $2 WHERE date = ANY($1::date[]) AND valid_to_version IS NULL`,
        [dates, id],
      );
      for (const d of change.set) {
        await this.insertEntry(
          m,
          {
            date: d.date,
            kind: d.kind,
            name: d.name,
            source: change.kind === 'SCHEDULE' ? 'OFFICIAL_SCHEDULE' : 'ADMIN',
            category: d.category ?? (d.kind === 'WORKING_DAY' ? 'SWAPPED_WORKDAY' : 'HOLIDAY'),
            confidence: change.kind === 'SCHEDULE' ? 'STATED' : 'OVERRIDE',
            sourceRef,
          },
          id,
        );
      }
      if (change.confirmYear !== undefined) {
        // A year not in the calendar yet gets the law's days first: the schedule is laid over them.
        const [known] = await m.query(`SELECT 1 FROM calendar_year WHERE year = $1 AND valid_to_version IS NULL`, [change.confirmYear]);
        if (!known) await this.seedFromLaw(m, change.confirmYear, id, false, change.clear);
        await m.query(`UPDATE calendar_year SET valid_to_version = $1 WHERE year = $2 AND valid_to_version IS NULL`, [id, change.confirmYear]);
        await m.query(
          `INSERT INTO calendar_year (id, year, status, confidence, source_ref, note, valid_from_version) VALUES ($1, $2, 'CONFIRMED', 'STATED', $3, $4, $5)`,
          [randomUUID(), change.confirmYear, sourceRef, change.reason, id],
        );
      }
      await this.audit.record(m, actorId, 'CALENDAR_CHANGE', change.reason, {
        version: id,
        set: change.set,
        clear: change.clear,
        ...(change.confirmYear !== undefined ? { confirmYear: change.confirmYear, sourceRef } : {}),
      });
      return id as number;
    });
  }

  /**
   * The Labour Code's days of `year` in `version`: the holiday library's old rows of the year are closed, a date that
   * already has an open entry (an administrator's, or this change's own) keeps it, a date in `cleared` stays a normal
   * day. With `provisional`, the year is recorded as computed from the law.
   */
  private async seedFromLaw(m: EntityManager, year: number, version: number, provisional: boolean, cleared: string[]): Promise<void> {
    const range = [`${year}-01-01`, `${year + 1}-01-01`];
    await m.query(
      `UPDATE calendar_entry SET valid_to_version = $1 WHERE valid_to_version IS NULL AND source = 'LIBRARY' AND date >= $2 AND date < $3`,
      [version, ...range],
    );
    const kept: { date: string }[] = await m.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM calendar_entry WHERE valid_to_version IS NULL AND date >= $1 AND date < $2`,
      range,
    );
    const held = new Set([...kept.map((k) => k.date), ...cleared]);
    for (const day of lawCalendar(year).filter((d) => !held.has(d.date))) await this.insertEntry(m, day, version);
    if (provisional) {
      await m.query(
        `INSERT INTO calendar_year (id, year, status, confidence, source_ref, note, valid_from_version) VALUES ($1, $2, 'PROVISIONAL', 'INFERRED', $3, $4, $5)`,
        [randomUUID(), year, `${BASIS_HOLIDAYS}; ${BASIS_COMPENSATORY}`, `Chưa có lịch nghỉ chính thức năm ${year}: tính theo Bộ luật Lao động.`, version],
      );
    }
  }

  private async insertEntry(m: EntityManager, day: CalendarDay, version: number): Promise<void> {
    await m.query(
      `INSERT INTO calendar_entry (id, date, kind, name, source, category, confidence, source_ref, valid_from_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [randomUUID(), day.date, day.kind, day.name, day.source, day.category, day.confidence, day.sourceRef ?? null, version],
    );
  }
}
