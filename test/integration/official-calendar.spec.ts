// The official calendars through the HTTP API (issue 13, changes-2026.md §3.7): the Government's schedules 2024–2026
// seeded with their source and confidence, 2027 computed from the Labour Code and not confirmed, days in lieu
// (Điều 111(3)) and swapped Saturdays in working-day dues, the warning on a due counted into an unconfirmed year, and
// an administrator confirming a year. Checks read the database directly where the API does not show a thing.
//
// Expected dates were worked out by hand from wall calendars (1/1/2026 is a Thursday, 1/1/2027 a Friday). A press
// item's explanation is due 10 working days after publication, the publication day not counted; a due is the end of
// its day in Vietnam (UTC+7): 16:59:59.999Z.
import { Role } from '@hoso/workflows';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { lawCalendar } from '@hoso/kernel/legal-time';
import { OfficialCalendars1795301850000 } from '../../migrations/1795301850000-OfficialCalendars';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const SAT = 'Thứ Bảy';
const SUN = 'Chủ nhật';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const GIO_TO_IN_LIEU = `Nghỉ bù ${GIO_TO}, trùng Chủ nhật 26/04/2026`;
const CLASSIFY = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };

interface Day {
  date: string;
  kind: string;
  name: string;
  source: string;
  category: string;
  confidence: string;
  sourceRef: string | null;
}

describe('official calendars', () => {
  let t: TestApp;
  let org: DemoOrg;
  let admin: string;
  let wardAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    admin = (await addPerson(t, 'qt-thanhpho', org.city.id, [Role.ADMIN])).token;
    wardAdmin = (await addPerson(t, 'qt-phuong', org.wardA.id, [Role.ADMIN])).token;
    // The app computes the years around today at start; make sure 2028 is there whatever today is.
    await t.app.get(CalendarService).ensureSeeded([2028]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const year = (y: number | string) => t.http.get(`/calendar?year=${y}`).set(bearer(org.tokens.wardB));
  const day = (days: Day[], date: string) => days.find((d) => d.date === date);

  async function step(caseId: string, type: string, expectedVersion: number, payload?: unknown): Promise<void> {
    const res = await t.http.post(`/cases/${caseId}/events`).set(bearer(org.tokens.office)).send({ type, expectedVersion, ...(payload ? { payload } : {}) });
    if (res.status !== 200) throw new Error(`${type} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }

  /** A city press item published on `date` (09:00 in Vietnam), asked for an explanation: its explanation deadline. */
  async function pressDue(date: string) {
    const publishedAt = `${date}T02:00:00.000Z`;
    const input = registration({ source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Tuổi Trẻ', publishedAt, receivedAt: publishedAt });
    const res = await t.http.post('/cases').set(bearer(org.tokens.taskForce)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input });
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
    const id = res.body.case.id as string;
    await step(id, 'START_SCREENING', 1);
    await step(id, 'CLASSIFY', 2, CLASSIFY);
    await step(id, 'REQUEST_EXPLANATION', 3);
    const x = await t.http.get(`/cases/${id}/deadlines/explanation/explanation`).set(bearer(org.tokens.taskForce));
    expect(x.status).toBe(200);
    return { id, dueAt: x.body.dueAt as string, calendarVersion: x.body.calendarVersion as number, explanation: x.body.explanation };
  }

  describe('the seeded years', () => {
    it('2026 is confirmed, with the notices named and every entry sourced', async () => {
      const res = await year(2026);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ year: 2026, confirmed: true, status: 'CONFIRMED', confidence: 'STATED' });
      expect(res.body.sourceRef).toContain('9441/TB-BNV');
      expect(res.body.note).toContain('14/02–22/02');
      const days = res.body.days as Day[];
      expect(days.every((d) => d.sourceRef && d.confidence && d.category && d.date.startsWith('2026-'))).toBe(true);
      // Tết Bính Ngọ: 5 days Monday 16 – Friday 20/2; the weekends around them are not entries of their own.
      expect(days.filter((d) => d.date >= '2026-02-14' && d.date <= '2026-02-22').map((d) => [d.date, d.kind, d.category, d.source, d.confidence])).toEqual(
        ['16', '17', '18', '19', '20'].map((dd) => [`2026-02-${dd}`, 'HOLIDAY', 'HOLIDAY', 'OFFICIAL_SCHEDULE', 'STATED']),
      );
      expect(day(days, '2026-02-16')?.sourceRef).toContain('[70]');
      expect(day(days, '2026-04-27')).toMatchObject({ kind: 'HOLIDAY', category: 'COMPENSATORY', name: GIO_TO_IN_LIEU });
      expect(day(days, '2026-08-22')).toMatchObject({ kind: 'WORKING_DAY', category: 'SWAPPED_WORKDAY', confidence: 'STATED' });
      expect(day(days, '2026-08-31')).toMatchObject({ kind: 'HOLIDAY', category: 'SWAPPED_DAY_OFF' });
      expect(day(days, '2026-09-01')).toMatchObject({ kind: 'HOLIDAY', name: 'Quốc khánh (ngày liền kề 1/9)' });
      // Tết Dương lịch 2026: the swap was read in secondary news only.
      expect(day(days, '2026-01-02')).toMatchObject({ category: 'SWAPPED_DAY_OFF', confidence: 'UNVERIFIED' });
      expect(day(days, '2026-01-10')).toMatchObject({ kind: 'WORKING_DAY', category: 'SWAPPED_WORKDAY', confidence: 'UNVERIFIED' });
      expect(days).toHaveLength(16);
    });

    it.each([
      [2024, ['2024-02-08', '2024-02-14', '2024-04-29', '2024-09-03'], '2024-05-04'],
      [2025, ['2025-01-27', '2025-01-31', '2025-05-02', '2025-09-01'], '2025-04-26'],
    ])('%i is confirmed, with its Tết, swapped day and second National Day', async (y, off, workingSaturday) => {
      const res = await year(y);
      expect(res.body).toMatchObject({ year: y, confirmed: true, status: 'CONFIRMED' });
      const days = res.body.days as Day[];
      for (const date of off) expect(day(days, date)).toMatchObject({ kind: 'HOLIDAY', source: 'OFFICIAL_SCHEDULE' });
      expect(day(days, workingSaturday)).toMatchObject({ kind: 'WORKING_DAY', category: 'SWAPPED_WORKDAY' });
    });

    it('2027 is not confirmed: its days are the Labour Code’s, as the kernel computes them', async () => {
      const res = await year(2027);
      expect(res.body).toMatchObject({ year: 2027, confirmed: false, status: 'PROVISIONAL', confidence: 'INFERRED' });
      expect(res.body.sourceRef).toContain('Điều 111(3), 112(1)');
      expect(res.body.days).toEqual(
        lawCalendar(2027).map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: 'LAW', category: d.category, confidence: d.confidence, sourceRef: d.sourceRef })),
      );
    });

    it('2028, computed at start, is not confirmed and has Monday 3/1 in lieu of 1/1 on a Saturday', async () => {
      const res = await year(2028);
      expect(res.body).toMatchObject({ confirmed: false, status: 'PROVISIONAL' });
      expect(day(res.body.days, '2028-01-03')).toMatchObject({ kind: 'HOLIDAY', category: 'COMPENSATORY', source: 'LAW' });
    });

    it('a year not in the calendar says so', async () => {
      const res = await year(2099);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ year: 2099, confirmed: false, status: 'MISSING', confidence: null, sourceRef: null, days: [] });
    });

    it('running the migration again changes nothing', async () => {
      const count = async () =>
        (await t.dataSource.query(
          `SELECT (SELECT count(*)::int FROM calendar_version) AS v, (SELECT count(*)::int FROM calendar_entry) AS e, (SELECT count(*)::int FROM calendar_year) AS y`,
        ))[0];
      const before = await count();
      const runner = t.dataSource.createQueryRunner();
      try {
        await new OfficialCalendars1795301850000().up(runner);
      } finally {
        await runner.release();
      }
      expect(await count()).toEqual(before);
    });
  });

  describe('working-day dues on the official calendar', () => {
    it.each([
      // Fri 10/4 → Mon 13 … Fri 24: due the day before the long weekend, untouched.
      ['2026-04-10', '2026-04-24', ['2026-04-11', '2026-04-12', '2026-04-18', '2026-04-19']],
      // Mon 13/4 → Tue 14 … Fri 24 (9), Tue 28 (10): Monday 27/4 is the day in lieu of Giỗ Tổ (the library said 27/4).
      ['2026-04-13', '2026-04-28', ['2026-04-18', '2026-04-19', '2026-04-25', '2026-04-26', '2026-04-27']],
      // Tue 14/4 → Wed 15 … Fri 24 (8), Tue 28, Wed 29 (10).
      ['2026-04-14', '2026-04-29', ['2026-04-18', '2026-04-19', '2026-04-25', '2026-04-26', '2026-04-27']],
    ])('published %s: due %s across Giỗ Tổ 2026 (Sunday 26/4, Monday 27/4 off)', async (published, due, skipped) => {
      const d = await pressDue(published);
      expect(d.dueAt).toBe(`${due}T16:59:59.999Z`);
      expect(d.explanation.skipped.map((s: { date: string }) => s.date)).toEqual(skipped);
      expect(d.explanation.warnings).toEqual([]);
      if (skipped.includes('2026-04-27')) {
        expect(d.explanation.skipped).toContainEqual({ date: '2026-04-26', reason: GIO_TO });
        expect(d.explanation.skipped).toContainEqual({ date: '2026-04-27', reason: GIO_TO_IN_LIEU });
      }
    });

    it('passes over Tết 2026 (nghỉ 14/2–22/2) with the schedule’s names: published Wed 11/2 → due Wed 4/3', async () => {
      const d = await pressDue('2026-02-11');
      expect(d.dueAt).toBe('2026-03-04T16:59:59.999Z');
      expect(d.explanation.skipped.filter((s: { date: string }) => s.date <= '2026-02-22')).toEqual([
        { date: '2026-02-14', reason: SAT },
        { date: '2026-02-15', reason: SUN },
        { date: '2026-02-16', reason: 'Tết Nguyên đán (29 tháng Chạp)' },
        { date: '2026-02-17', reason: 'Tết Nguyên đán (mùng 1)' },
        { date: '2026-02-18', reason: 'Tết Nguyên đán (mùng 2)' },
        { date: '2026-02-19', reason: 'Tết Nguyên đán (mùng 3)' },
        { date: '2026-02-20', reason: 'Tết Nguyên đán (mùng 4)' },
        { date: '2026-02-21', reason: SAT },
        { date: '2026-02-22', reason: SUN },
      ]);
      // The day before the break: published Thu 12/2 → Fri 13 (1), Mon 23/2 … → due Thu 5/3.
      expect((await pressDue('2026-02-12')).dueAt).toBe('2026-03-05T16:59:59.999Z');
    });

    it('counts the swapped Saturday 22/8/2026 and skips Monday 31/8, 1/9 and 2/9: published Fri 21/8 → due Tue 8/9', async () => {
      // Sat 22 (1); Mon 24 – Fri 28 (6); [Sat 29, Sun 30, Mon 31 swapped, Tue 1/9, Wed 2/9]; Thu 3, Fri 4 (8); Mon 7, Tue 8 (10).
      const d = await pressDue('2026-08-21');
      expect(d.dueAt).toBe('2026-09-08T16:59:59.999Z');
      const skipped = d.explanation.skipped.map((s: { date: string }) => s.date);
      expect(skipped).not.toContain('2026-08-22');
      expect(skipped).toEqual(['2026-08-23', '2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02', '2026-09-05', '2026-09-06']);
      expect(d.explanation.skipped).toContainEqual({ date: '2026-08-31', reason: 'Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026' });
      // The day before: published Thu 20/8 → Fri 21 (1), Sat 22 (2) … Mon 7/9 (10).
      expect((await pressDue('2026-08-20')).dueAt).toBe('2026-09-07T16:59:59.999Z');
    });
  });

  describe('a due counted into a year not confirmed', () => {
    let intoNextYear: string;

    it('warns when the count runs into 2027, not when it ends on 31/12/2026', async () => {
      // Thu 17/12/2026 → Fri 18 (1), Mon 21 – Fri 25 (6), Mon 28 – Thu 31 (10): all in 2026.
      const inYear = await pressDue('2026-12-17');
      expect(inYear.dueAt).toBe('2026-12-31T16:59:59.999Z');
      expect(inYear.explanation.warnings).toEqual([]);
      // Fri 18/12 → … Thu 31 (9), [Fri 1/1/2027 Tết Dương lịch], Mon 4/1/2027 (10).
      const across = await pressDue('2026-12-18');
      intoNextYear = across.id;
      expect(across.dueAt).toBe('2027-01-04T16:59:59.999Z');
      expect(across.explanation.skipped).toContainEqual({ date: '2027-01-01', reason: 'Tết Dương lịch' });
      expect(across.explanation.warnings).toHaveLength(1);
      expect(across.explanation.warnings[0]).toContain('Năm 2027 chưa có lịch nghỉ lễ, Tết chính thức');
    });

    it.each<[string, () => string, Record<string, unknown>, number, string]>([
      ['a ward administrator', () => wardAdmin, {}, 403, 'FORBIDDEN'],
      ['a year out of range', () => admin, { confirmYear: 1999 }, 400, 'VALIDATION_FAILED'],
      ['a year before the 2019 Code', () => admin, { confirmYear: 2020 }, 400, 'VALIDATION_FAILED'],
      ['a year that is not a number', () => admin, { confirmYear: 'năm sau' }, 400, 'VALIDATION_FAILED'],
      ['an unknown category', () => admin, { set: [{ date: '2027-02-11', kind: 'HOLIDAY', name: 'Nghỉ Tết', category: 'EXTRA' }] }, 400, 'VALIDATION_FAILED'],
    ])('refuses confirming a year from %s and writes nothing', async (_name, who, patch, status, code) => {
      const before = await t.dataSource.query(`SELECT (SELECT count(*)::int FROM calendar_version) AS v, (SELECT count(*)::int FROM calendar_year) AS y`);
      const res = await t.http
        .post('/calendar/changes')
        .set(bearer(who()))
        .send({ kind: 'SCHEDULE', reason: 'Xác nhận lịch nghỉ năm 2027 theo thông báo', set: [], clear: [], confirmYear: 2027, ...patch });
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(await t.dataSource.query(`SELECT (SELECT count(*)::int FROM calendar_version) AS v, (SELECT count(*)::int FROM calendar_year) AS y`)).toEqual(before);
    });

    it('an administrator confirms 2027; the recompute takes the warning off the open due, which does not move', async () => {
      const REASON = 'Áp dụng thông báo lịch nghỉ lễ, Tết năm 2027 (thử nghiệm)';
      const SOURCE = 'Thông báo số 1/TB-BNV (thử nghiệm)';
      const res = await t.http.post('/calendar/changes').set(bearer(admin)).send({ kind: 'SCHEDULE', reason: REASON, set: [], clear: [], confirmYear: 2027, sourceRef: SOURCE });
      expect(res.status).toBe(201);
      const version = res.body.version as number;
      expect(await year(2027).then((r) => r.body)).toMatchObject({ version, confirmed: true, status: 'CONFIRMED', confidence: 'STATED', sourceRef: SOURCE, note: REASON });
      const [logged] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'CALENDAR_CHANGE' ORDER BY id DESC LIMIT 1`);
      expect(logged.details).toEqual({ version, set: [], clear: [], confirmYear: 2027, sourceRef: SOURCE });

      // The open deadline keeps its calendar and its warning until the recompute.
      const before = await t.http.get(`/cases/${intoNextYear}/deadlines/explanation/explanation`).set(bearer(org.tokens.taskForce));
      expect(before.body.explanation.warnings).toHaveLength(1);
      const run = await t.http.post('/deadlines/recompute').set(bearer(admin)).send({ dryRun: false, reason: 'Tính lại sau khi xác nhận lịch năm 2027' });
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ calendarVersion: version, moved: 0 });
      const after = await t.http.get(`/cases/${intoNextYear}/deadlines/explanation/explanation`).set(bearer(org.tokens.taskForce));
      expect(after.body).toMatchObject({ dueAt: '2027-01-04T16:59:59.999Z', calendarVersion: version });
      expect(after.body.explanation).toMatchObject({ warnings: [], calendarVersion: version, adjustments: [] });

      // A new count into 2027 no longer warns; one into 2028 (computed from the law) does.
      expect((await pressDue('2026-12-18')).explanation.warnings).toEqual([]);
      const into2028 = await pressDue('2027-12-24');
      expect(into2028.explanation.warnings).toEqual([expect.stringContaining('Năm 2028 chưa có lịch nghỉ lễ, Tết chính thức')]);
    });
  });

  describe('confirming a year the calendar does not have yet', () => {
    it('lays the schedule over the law’s days: a set day added, a cleared one left a normal day', async () => {
      expect((await year(2030)).body).toMatchObject({ status: 'MISSING', days: [] });
      const REASON = 'Áp dụng lịch nghỉ chính thức năm 2030 (thử nghiệm)';
      const SWAPPED = { date: '2030-08-30', kind: 'HOLIDAY', name: 'Quốc khánh (ngày liền kề 30/8, thử nghiệm)' };
      // 2/9/2030 is a Monday: the law's neighbour is Tuesday 3/9; the schedule (in this test) moves it to Friday 30/8.
      const res = await t.http
        .post('/calendar/changes')
        .set(bearer(admin))
        .send({ kind: 'SCHEDULE', reason: REASON, set: [SWAPPED], clear: ['2030-09-03'], confirmYear: 2030 });
      expect(res.status).toBe(201);
      const y2030 = await year(2030);
      expect(y2030.body).toMatchObject({ confirmed: true, status: 'CONFIRMED', sourceRef: REASON });
      const days = y2030.body.days as Day[];
      expect(days.map((d) => d.date)).toEqual(
        [...lawCalendar(2030).map((d) => d.date).filter((d) => d !== '2030-09-03'), SWAPPED.date].sort(),
      );
      expect(day(days, '2030-08-30')).toEqual({ ...SWAPPED, source: 'OFFICIAL_SCHEDULE', category: 'HOLIDAY', confidence: 'STATED', sourceRef: REASON });
      expect(day(days, '2030-01-01')).toMatchObject({ source: 'LAW', name: 'Tết Dương lịch' });
      expect((await t.app.get(CalendarService).current()).yearStatus(2030)).toBe('CONFIRMED');
    });
  });

  describe('computing a year from the law where the holiday library seeded it before', () => {
    it('closes the library’s rows, keeps an administrator’s, and marks the year not confirmed, once', async () => {
      const calendars = t.app.get(CalendarService);
      const [{ id: old }] = await t.dataSource.query(`INSERT INTO calendar_version (kind, reason) VALUES ('SEED', 'thư viện (trước đây)') RETURNING id`);
      await t.dataSource.query(
        `INSERT INTO calendar_entry (id, date, kind, name, source, category, confidence, source_ref, valid_from_version) VALUES
           (gen_random_uuid(), '2031-01-01', 'HOLIDAY', 'Tết Dương lịch', 'LIBRARY', 'HOLIDAY', 'INFERRED', 'date-holidays', $1),
           (gen_random_uuid(), '2031-09-02', 'WORKING_DAY', 'Làm việc (quản trị)', 'ADMIN', 'SWAPPED_WORKDAY', 'OVERRIDE', 'thử', $1)`,
        [old],
      );
      const version = await calendars.ensureSeeded([2031]);
      expect(version).toBeGreaterThan(old);
      expect(await calendars.ensureSeeded([2031])).toBeUndefined();
      const res = await year(2031);
      expect(res.body).toMatchObject({ confirmed: false, status: 'PROVISIONAL' });
      const days = res.body.days as Day[];
      expect(day(days, '2031-01-01')).toMatchObject({ source: 'LAW', category: 'HOLIDAY' });
      expect(day(days, '2031-09-02')).toMatchObject({ source: 'ADMIN', kind: 'WORKING_DAY' });
      expect(days.filter((d) => d.source === 'LIBRARY')).toEqual([]);
      expect(days.map((d) => d.date)).toEqual(lawCalendar(2031).map((d) => d.date));
      // The older version still reads the library's row.
      expect((await calendars.at(old)).nonWorkingReason('2031-01-01')).toBe('Tết Dương lịch');
      expect((await calendars.at(old)).yearStatus(2031)).toBe('MISSING');
    });
  });
});
