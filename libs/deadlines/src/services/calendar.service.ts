import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { seedVietnamHolidays, WorkingCalendar, type CalendarDay } from '@hoso/kernel/legal-time';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';

// One seeder at a time across processes.
const SEED_LOCK = 745_1375;

export interface CalendarChange {
  reason: string;
  kind: 'SCHEDULE' | 'EDIT';
  /** Days to set (replacing whatever the date had). */
  set: { date: string; kind: 'HOLIDAY' | 'WORKING_DAY'; name: string }[];
  /** Days to return to the weekly rule. */
  clear: string[];
}

/**
 * The working-day calendar: entries valid for a range of versions, so the calendar of any version can be rebuilt.
 * Years are seeded from the holiday library; administrators apply the official schedule on top as new versions.
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
    const rows: CalendarDay[] = await m.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, source FROM calendar_entry
        WHERE valid_from_version <= $1 AND (valid_to_version IS NULL OR valid_to_version > $1) ORDER BY date`,
      [version],
    );
    const calendar = new WorkingCalendar(rows, version);
    this.cache.set(version, calendar);
    return calendar;
  }

  /** The year's days that differ from the weekly rule, in the current version. */
  async entriesOfYear(year: number): Promise<{ version: number; days: CalendarDay[] }> {
    const version = await this.currentVersion();
    const days: CalendarDay[] = await this.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, source FROM calendar_entry
        WHERE valid_from_version <= $1 AND (valid_to_version IS NULL OR valid_to_version > $1)
          AND date >= make_date($2, 1, 1) AND date < make_date($2 + 1, 1, 1) ORDER BY date`,
      [version, year],
    );
    return { version, days };
  }

  async current(m: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    return this.at(await this.currentVersion(m), m);
  }

  /** Seed each year that has no library entries yet, as one new version. Safe to call from every process. */
  async ensureSeeded(years: number[]): Promise<number | undefined> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const seeded: { y: number }[] = await m.query(
        `SELECT DISTINCT extract(year FROM date)::int AS y FROM calendar_entry WHERE source = 'LIBRARY'`,
      );
      const missing = years.filter((y) => !seeded.some((s) => s.y === y));
      if (missing.length === 0) return undefined;
      const reason = `Khởi tạo ngày nghỉ lễ năm ${missing.join(', ')} từ thư viện date-holidays`;
      const [{ id }] = await m.query(`INSERT INTO calendar_version (kind, reason) VALUES ('SEED', $1) RETURNING id`, [reason]);
      for (const day of missing.flatMap((y) => seedVietnamHolidays(y))) {
        await m.query(
          `INSERT INTO calendar_entry (id, date, kind, name, source, valid_from_version) VALUES ($1, $2, $3, $4, $5, $6)`,
          [randomUUID(), day.date, day.kind, day.name, day.source, id],
        );
      }
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
        await m.query(
          `INSERT INTO calendar_entry (id, date, kind, name, source, valid_from_version) VALUES ($1, $2, $3, $4, $5, $6)`,
          [randomUUID(), d.date, d.kind, d.name, change.kind === 'SCHEDULE' ? 'OFFICIAL_SCHEDULE' : 'ADMIN', id],
        );
      }
      await this.audit.record(m, actorId, 'CALENDAR_CHANGE', change.reason, { version: id, set: change.set, clear: change.clear });
      return id as number;
    });
  }
}
