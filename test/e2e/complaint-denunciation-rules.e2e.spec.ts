// Rules as dated data for complaints, denunciations, inspections and Quy định 1374, end to end over HTTP on the real
// database (../shared/domain/changes-2026.md §3.5, §3.6, §3.10, §3.11, K20–K25): the seeded rows resolve by date, the
// service counts the filing and congress windows with the working calendar, the ladder is computed from the rows, a
// committee's override of a rule with no legal value does something, and what the law does not say is refused.
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { addCalendarDays, toVietnamDate } from '@hoso/kernel/legal-time';
import { DeadlinePlannerService } from '@hoso/deadlines/services/deadline-planner.service';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('complaints, denunciations, inspections and 1374: rules as dated data, over HTTP', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let cityPath: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    [{ path: cityPath }] = await t.dataSource.query(`SELECT path FROM org_unit WHERE id = $1`, [org.city.id]);
  });
  afterAll(() => t?.close());

  const resolve = (key: string, on: string) => t.app.get(RuleResolverService).resolve(t.dataSource.manager, key, cityPath, on);
  /** The last day of a rule counted from a start, as the deadline planner (and so the service's due-date fact) counts it. */
  const lastDay = async (ruleKey: string, startAt: string) =>
    (await t.app.get(DeadlinePlannerService).plan(t.dataSource.manager, ruleKey, cityPath, new Date(startAt))).explanation.due?.date ?? null;
  /** A committee's override of a rule for the city's subtree (the rules API is another test's: the row is written here). */
  async function override(key: string, value: number, unit: string, from: string) {
    await t.dataSource.query(
      `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count, effective_from,
                               legal_basis, source_ref, confidence, description, org_unit_id, reason)
       SELECT $1, key, $2, $3, start_convention, start_event, NULL, 0, $4, legal_basis, 'override', 'STATED', description, $5,
              'Thành ủy xác nhận giá trị áp dụng trong địa bàn'
         FROM legal_rule WHERE key = $6 AND org_unit_id IS NULL ORDER BY effective_from DESC LIMIT 1`,
      [randomUUID(), value, unit, from, org.city.id, key],
    );
  }
  const deadlines = async (ref: CaseRef) => (await c.view('secretary', ref)).deadlines as { key: string; ruleKey: string; startAt: string; dueAt: string | null; status: string }[];
  const refusal = async (res: PromiseLike<Response>) => {
    const r = await res;
    expect({ status: r.status, code: r.body.code }).toEqual({ status: 409, code: 'TRANSITION_REFUSED' });
    expect(r.body.message).toMatch(VIETNAMESE);
    return r.body as { message: string; details: { guards: string[] } };
  };

  describe('the seeded rows, resolved on the date of the legal fact', () => {
    it('the level ladder: the district level until 30/6/2025, commune-level committees as upper-direct from 1/7/2025', async () => {
      const before = await resolve('ORG.LEVEL_LADDER', '2025-06-30');
      const after = await resolve('ORG.LEVEL_LADDER', '2025-07-01');
      const upper = (r: typeof before) => (r!.valueData as { rows: { level: string; label: string; upperDirect: string | null }[] }).rows.find((x) => x.level === 'UPPER_GRASSROOTS');
      expect(before).toMatchObject({ unit: 'TABLE', confidence: 'STATED', instrument: 'Điều lệ Đảng', effectiveTo: '2025-07-01' });
      expect(upper(before)).toMatchObject({ upperDirect: 'PROVINCIAL', label: expect.stringContaining('Huyện ủy') });
      expect(after).toMatchObject({ unit: 'TABLE', confidence: 'INFERRED', instrument: '294-QĐ/TW', effectiveTo: null });
      expect(upper(after)).toMatchObject({ upperDirect: 'PROVINCIAL', label: expect.stringContaining('Đảng ủy xã') });
    });

    it('the final instance: 22-QĐ/TW until 29/5/2025, then 296-QĐ/TW (inferred); giải tán has no final body', async () => {
      expect(await resolve('B4.FINAL_INSTANCE', '2025-05-29')).toMatchObject({ instrument: '22-QĐ/TW', confidence: 'STATED' });
      const now = await resolve('B4.FINAL_INSTANCE', '2025-05-30');
      expect(now).toMatchObject({ instrument: '296-QĐ/TW', confidence: 'INFERRED' });
      const rows = (now!.valueData as { rows: { forms: string[]; final: unknown }[] }).rows;
      expect(rows.find((r) => r.forms.includes('KHAI_TRU') && r.final !== null && (r.final as { kind: string }).kind === 'SECRETARIAT')).toBeDefined();
      expect(rows.filter((r) => r.forms.includes('GIAI_TAN')).map((r) => r.final)).toEqual([null, { kind: 'PARTY_COMMITTEE', level: 'CENTRAL' }]);
    });

    it('the filing window: the Charter’s month until 29/5/2025; after it, the conflicting sources stay visible', async () => {
      expect(await resolve('B4.FILING_WINDOW', '2025-05-29')).toMatchObject({ value: 1, unit: 'MONTHS', confidence: 'STATED', instrument: 'Điều lệ Đảng' });
      expect(await resolve('B4.FILING_WINDOW', '2025-05-30')).toMatchObject({ value: 1, unit: 'MONTHS', confidence: 'CONFLICT' });
    });

    it('every denunciation level has its row; central-managed cadres from 164-QĐ/TW, its start as data', async () => {
      for (const on of ['2024-01-01', '2025-06-01']) {
        for (const [level, value] of [['CELL', 90], ['SECTION', 90], ['GRASSROOTS', 90], ['UPPER_GRASSROOTS', null], ['PROVINCIAL', null], ['CENTRAL', null]] as const) {
          const r = await resolve(`B1.TOCAO_${level}`, on);
          expect(r).toMatchObject({
            value, extensionValue: value === null ? null : 30, instrument: on < '2025-05-30' ? '22-QĐ/TW' : '296-QĐ/TW',
            confidence: value === null ? 'NOT_FOUND' : expect.stringMatching(/^(UNVERIFIED|INFERRED)$/),
          });
        }
      }
      expect(await resolve('B1.TOCAO_CENTRAL_MANAGED', '2024-06-05')).toBeUndefined();
      expect(await resolve('B1.TOCAO_CENTRAL_MANAGED', '2024-06-06')).toMatchObject({
        value: 180, unit: 'CALENDAR_DAYS', instrument: '164-QĐ/TW', valueData: { startOn: 'TEAM_DECISION' }, sourceRef: '[17]',
      });
    });

    it('1374: the four sources listed; the clear-violation maximum marked inferred; lists and inspection rows present', async () => {
      expect(await resolve('A.SOURCES', '2024-01-01')).toMatchObject({ unit: 'LIST', valueData: { items: ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'] } });
      expect(await resolve('A.CLEAR_VIOLATION_MAX', '2024-01-01')).toMatchObject({ value: 45, confidence: 'INFERRED', startEvent: expect.stringContaining('Ban Thường vụ chỉ đạo') });
      expect(await resolve('B4.RESOLVE', '2026-01-01')).toMatchObject({ value: null, startEvent: 'Ngày tổ chức có thẩm quyền nhận đơn khiếu nại' });
      for (const key of ['B2.INSPECTION', 'B2.SUBJECT_EXPLANATION']) expect(await resolve(key, '2026-01-01')).toMatchObject({ value: null, confidence: 'NOT_FOUND' });
      expect((await resolve('B1.NOT_HANDLED_GROUNDS', '2026-01-01'))?.valueData).toMatchObject({ items: expect.arrayContaining(['ANONYMOUS', 'NO_CIVIL_CAPACITY']) });
      expect((await resolve('B4.NOT_ACCEPTED_GROUNDS', '2026-01-01'))?.valueData).toMatchObject({ items: expect.arrayContaining(['LATE', 'TRANSFERRED_OUTSIDE']) });
      expect(await resolve('B1.CONGRESS_WINDOW_GRASSROOTS', '2026-01-01')).toMatchObject({ value: 25, unit: 'WORKING_DAYS', confidence: 'STATED' });
      expect(await resolve('B1.CONGRESS_WINDOW_ABOVE', '2026-01-01')).toMatchObject({ value: 30, unit: 'WORKING_DAYS', confidence: 'STATED' });
    });
  });

  describe('Quy định 1374', () => {
    it('a voter’s item runs the sources 1–3 clock with no legal value; a committee’s override gives it a due date', async () => {
      const first = await c.create('taskForce', org.city.id, registration({ source: 'VOTER', receivedAt: '2026-10-05T02:00:00.000Z' }));
      expect(await deadlines(first)).toEqual([expect.objectContaining({ key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', status: 'PENDING', dueAt: null })]);
      await override('A.OTHER_SOURCES_HANDLING', 15, 'WORKING_DAYS', '2026-01-01');
      const second = await c.create('taskForce', org.city.id, registration({ source: 'VOTER', receivedAt: '2026-10-05T02:00:00.000Z' }));
      const [handling] = await deadlines(second);
      const expected = await lastDay('A.OTHER_SOURCES_HANDLING', '2026-10-05T02:00:00.000Z');
      expect(expected).not.toBeNull();
      expect(handling).toMatchObject({ key: 'handling', status: 'PENDING' });
      expect(toVietnamDate(new Date(handling.dueAt!))).toBe(expected);
      // The press has its own chain.
      const press = await c.create('taskForce', org.city.id, registration({ source: 'PRESS', channel: 'PUBLICATION', publishedAt: '2026-10-01T01:00:00.000Z', receivedAt: '2026-10-05T02:00:00.000Z' }));
      expect(await deadlines(press)).toEqual([]);
    });

    it('a competent unit may not pass its own case up to the committee without its handling report', async () => {
      const own = await c.create('wardA', org.wardA.id, registration({ receivedAt: '2026-10-05T02:00:00.000Z' }));
      await c.send('wardA', own, 'START_SCREENING');
      await c.send('wardA', own, 'CLASSIFY', { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Trần Văn B', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } });
      const up = { target: 'HIGHER_COMMITTEE', bodyName: 'Ban Thường vụ Thành ủy' };
      const refused = await refusal(c.attempt('wardA', own, 'FORWARD', up));
      expect(refused.details.guards).toEqual(['handledBeforeForwardingUp']);
      expect(refused.message).toContain('báo cáo kết quả xử lý');
      const taken = await c.send('wardA', own, 'FORWARD', { ...up, handlingReport: { summary: 'Đảng ủy phường đã xác minh, kiểm điểm và báo cáo.', documentRef: '07-BC/ĐU' } });
      expect(taken.body.case).toMatchObject({ state: 'forwarded', reportCategory: 'FORWARDED' });
      expect((await deadlines(own)).map((d) => [d.key, d.status])).toEqual([['handling', 'MET']]);
    });
  });

  describe('complaints: the window counted with the working calendar, the ladder from the rows', () => {
    const PROVINCIAL_BTV = { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' };
    const input = (over: Record<string, unknown>, decision: Record<string, unknown> = {}) => ({
      complainant: { kind: 'MEMBER', name: 'Phạm Thị Dung' },
      decision: { form: 'CANH_CAO', decidedBy: PROVINCIAL_BTV, decidedAt: '2026-02-25', receivedAt: '2026-03-02', ...decision },
      lodgedAt: '2026-03-20',
      lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'CENTRAL' },
      onBehalfOfAnother: false,
      summary: 'Khiếu nại quyết định kỷ luật.',
      ...over,
    });
    async function complaint(over: Record<string, unknown>, decision: Record<string, unknown> = {}): Promise<CaseRef> {
      const res = await t.http.post('/cases').set(c.as('office')).send({ procedureId: 'khieu-nai-ky-luat', orgUnitId: org.city.id, input: input(over, decision) });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
      return { id: res.body.case.id, version: res.body.case.version };
    }
    const assess = (ref: CaseRef, receivedAt: string) => c.attempt('inspection', ref, 'ASSESS_ADMISSIBILITY', { receivedAt });

    it('a committee sets the window to 30 working days: the calendar gives the last day; lodged on it accepted, the day after late', async () => {
      await override('B4.FILING_WINDOW', 30, 'WORKING_DAYS', '2026-01-01');
      const last = (await lastDay('B4.FILING_WINDOW', '2026-03-02'))!;
      // Working days, not calendar days: 30 days from 02/03 would end on 01/04.
      expect(last > addCalendarDays('2026-03-02', 30)).toBe(true);
      const onTime = await complaint({ lodgedAt: last });
      const res = await assess(onTime, last);
      expect({ status: res.status, state: res.body.case?.state }).toEqual({ status: 200, state: 'accepted' });
      const admissibility = (await c.view('inspection', onTime)).context.admissibility;
      expect(admissibility.window).toMatchObject({ value: 30, unit: 'WORKING_DAYS', lastDay: last });
      // The resolution clock runs from the competent body's receipt.
      expect(await deadlines(onTime)).toEqual([expect.objectContaining({ key: 'resolve', ruleKey: 'B4.RESOLVE', dueAt: null })]);
      expect(toVietnamDate(new Date((await deadlines(onTime))[0].startAt))).toBe(last);

      const dayAfter = addCalendarDays(last, 1);
      const late = await complaint({ lodgedAt: dayAfter });
      const lateRes = await assess(late, dayAfter);
      expect(lateRes.body.case).toMatchObject({ state: 'rejected', tags: { admissibility: 'LATE' } });
      // The assessment records the facts it was based on, resolved on the day of receipt.
      const timeline = (await t.http.get(`/cases/${late.id}/timeline`).set(c.as('inspection')).expect(200)).body.items;
      expect(timeline.at(-1).payload.facts).toMatchObject({
        legalDate: { date: dayAfter, field: 'receivedAt' },
        dueDates: { filingWindow: { ruleKey: 'B4.FILING_WINDOW', due: last } },
        ruleValues: { 'ORG.LEVEL_LADDER': { confidence: 'INFERRED' }, 'B4.FINAL_INSTANCE': { confidence: 'INFERRED' } },
      });
    });

    it('a khai trừ decided by a province goes to the Secretariat, never to UBKTTW; beyond the Secretariat nothing', async () => {
      const wrong = await complaint({}, { form: 'KHAI_TRU' });
      expect((await assess(wrong, '2026-03-21')).body.case).toMatchObject({ state: 'rejected', tags: { admissibility: 'NOT_COMPETENT_LEVEL' } });
      const secretariat = { kind: 'SECRETARIAT', level: 'CENTRAL' };
      const right = await complaint({ lodgedWith: secretariat }, { form: 'KHAI_TRU' });
      await c.send('inspection', right, 'ASSESS_ADMISSIBILITY', { receivedAt: '2026-03-21' });
      await c.send('inspection', right, 'START_VERIFICATION');
      await c.send('inspection', right, 'SUBMIT_REPORT', { documentRef: '01-BC/UBKTTW', summary: 'Báo cáo thẩm tra khiếu nại.' });
      await c.send('standing', right, 'DECIDE', { outcome: 'UPHELD', decidingBody: secretariat, decisionRef: '10-QĐ/BBT', reason: 'Giữ nguyên hình thức.' });
      await c.send('office', right, 'NOTIFY_COMPLAINANT', { summary: 'Thông báo quyết định giải quyết.', receivedAt: '2026-05-04' });
      expect((await c.view('office', right)).context.offer).toEqual({ next: null, final: secretariat });
      const beyond = await refusal(c.attempt('office', right, 'ESCALATE', { lodgedAt: '2026-05-05', lodgedWith: { kind: 'PARTY_COMMITTEE', level: 'CENTRAL' }, summary: 'Khiếu nại tiếp.' }));
      expect(beyond.details.guards).toEqual(['notFinalInstance']);
    });

    it('giải tán: no final instance in the law found, the assessment is refused with a message naming the rule', async () => {
      const org2 = await complaint({ complainant: { kind: 'ORGANISATION', name: 'Chi bộ 5' }, lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'CENTRAL' } }, { form: 'GIAI_TAN' });
      const refused = await refusal(assess(org2, '2026-03-21'));
      expect(refused.details.guards).toEqual(['finalInstanceKnown']);
      expect(refused.message).toContain('B4.FINAL_INSTANCE');
      expect(refused.message).toContain('Giải tán');
    });
  });

  describe('denunciations', () => {
    const denunciation = (level: string, subject: Record<string, unknown> = {}, receivedByCompetentAt = '2026-10-01T02:00:00.000Z') => ({
      title: 'Tố cáo đảng viên vi phạm', summary: 'Nội dung tố cáo cụ thể.', channel: 'LETTER', receivedByCompetentAt,
      handlingBody: { kind: 'INSPECTION_COMMISSION', level }, subject: { kind: 'PERSON', name: 'Lê Văn E', ...subject },
    });
    const create = (input: Record<string, unknown>) => c.create('inspection', org.city.id, input, { procedureId: 'to-cao' });

    it('each level’s own row from the receipt; a central-managed cadre from the team decision, 180 days', async () => {
      for (const [level, ruleKey, hasDue] of [['CELL', 'B1.TOCAO_CELL', true], ['GRASSROOTS', 'B1.TOCAO_GRASSROOTS', true], ['PROVINCIAL', 'B1.TOCAO_PROVINCIAL', false]] as const) {
        const ref = await create(denunciation(level));
        expect(await deadlines(ref)).toEqual([expect.objectContaining({ key: 'handling', ruleKey, status: 'PENDING', dueAt: hasDue ? expect.any(String) : null })]);
      }
      const central = await create(denunciation('PROVINCIAL', { centralManaged: true }));
      expect(await deadlines(central)).toEqual([]);
      await c.send('inspection', central, 'START_ADMISSIBILITY_CHECK');
      await c.send('standing', central, 'ACCEPT', { decisionRef: '01-QĐ/BCT', decidedAt: '2026-10-15T02:00:00.000Z', planSummary: 'Kế hoạch giải quyết.', team: 'Đoàn giải quyết tố cáo' });
      const [handling] = await deadlines(central);
      expect(handling).toMatchObject({ key: 'handling', ruleKey: 'B1.TOCAO_CENTRAL_MANAGED', startAt: '2026-10-15T02:00:00.000Z' });
      expect(toVietnamDate(new Date(handling.dueAt!))).toBe(addCalendarDays('2026-10-15', 180));
    });

    it('deferral for a congress only within the window counted from the receipt (25 working days at grassroots)', async () => {
      const last = (await lastDay('B1.CONGRESS_WINDOW_GRASSROOTS', '2026-10-01T02:00:00.000Z'))!;
      const inWindow = await create(denunciation('GRASSROOTS'));
      const ok = await c.attempt('standing', inWindow, 'DEFER_FOR_CONGRESS', { congressOpensAt: `${last}T01:00:00.000Z`, reason: 'Nhận trong thời gian trước đại hội.' });
      expect({ status: ok.status, state: ok.body.case?.state }).toEqual({ status: 200, state: 'deferredCongress' });
      const tooEarly = await create(denunciation('GRASSROOTS'));
      const refused = await refusal(c.attempt('standing', tooEarly, 'DEFER_FOR_CONGRESS', { congressOpensAt: `${addCalendarDays(last, 1)}T01:00:00.000Z`, reason: 'Trước đại hội.' }));
      expect(refused.details.guards).toEqual(['inCongressWindow']);
    });

    it('a ground not in the list in force is refused; one in it is taken and the list is on the timeline', async () => {
      const ref = await create(denunciation('GRASSROOTS'));
      await c.send('inspection', ref, 'START_ADMISSIBILITY_CHECK');
      await t.dataSource.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count, effective_from,
                                 legal_basis, source_ref, confidence, description, org_unit_id, reason)
         VALUES ($1, 'B1.NOT_HANDLED_GROUNDS', NULL, '{"items":["ANONYMOUS","NO_ADDRESS"]}', 'LIST', 'NONE', '', NULL, 0, '2026-01-01',
                 'Quy định 296-QĐ/TW', 'override', 'STATED', 'Danh mục cấp ủy xác nhận', $2, 'Thành ủy xác nhận danh mục áp dụng')`,
        [randomUUID(), org.city.id],
      );
      const refused = await refusal(c.attempt('standing', ref, 'NOT_ACCEPT', { reason: 'NOT_CONCRETE', note: 'Nội dung không cụ thể.' }));
      expect(refused.details.guards).toEqual(['groundListed']);
      const taken = await c.send('standing', ref, 'NOT_ACCEPT', { reason: 'NO_ADDRESS', note: 'Không rõ địa chỉ.' });
      expect(taken.body.case).toMatchObject({ state: 'notAccepted' });
      const timeline = (await t.http.get(`/cases/${ref.id}/timeline`).set(c.as('standing')).expect(200)).body.items;
      expect(timeline.at(-1).payload.facts.ruleValues['B1.NOT_HANDLED_GROUNDS']).toMatchObject({ data: { items: ['ANONYMOUS', 'NO_ADDRESS'] } });
    });
  });

  it('an inspection schedules its B2.* deadlines with no legal value, for the committee to set', async () => {
    const ref = await c.create('inspection', org.city.id, {
      subject: { kind: 'FULL_MEMBER', name: 'Võ Văn F', isParty: true }, reason: 'Dấu hiệu vi phạm về kê khai tài sản.',
      initiatingBody: { kind: 'INSPECTION_COMMISSION', level: 'PROVINCIAL' }, proposedAt: '2026-10-01T02:00:00.000Z',
    }, { procedureId: 'kiem-tra-dau-hieu-vi-pham' });
    await c.send('standing', ref, 'DECIDE', { decisionRef: '05-QĐ/UBKT', planSummary: 'Kế hoạch kiểm tra.', team: 'Đoàn kiểm tra' });
    await c.send('inspection', ref, 'ANNOUNCE', { announcedAt: '2026-10-10T02:00:00.000Z' });
    expect((await deadlines(ref)).map((d) => [d.key, d.ruleKey, d.status, d.dueAt])).toEqual([
      ['inspection', 'B2.INSPECTION', 'PENDING', null],
      ['explanation', 'B2.SUBJECT_EXPLANATION', 'PENDING', null],
    ]);
  });
});
