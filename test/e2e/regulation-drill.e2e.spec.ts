// The regulation drill (issue 13, "Done when"), through the HTTP API only: a new instrument shortens the 1374 press
// explanation deadline (A.PRESS_EXPLAIN) from 10 to 7 working days from Monday 2/11/2026 (D). A dry run reports the
// open deadlines and cases it would change and writes nothing; the real run supersedes the old row and re-plans the
// deadlines that started on or after D. Facts dated before D keep 10 days even when entered after D; an older
// committee override lapses (GET /rules/resolve says why) until it is confirmed again. Then a rule VALUE — who may
// override rules, RULE_OVERRIDE.ROLES — changes the same way. No code changes: only requests.
//
// Working days were counted by hand (no public holiday in October–November 2026): from Fri 30/10, 10 WD → Fri 13/11;
// from Sun 1/11, 10 WD → Fri 13/11; from Mon 2/11, 10 → Mon 16/11 and 7 → Wed 11/11; from Tue 3/11, 10 → Tue 17/11,
// 7 → Thu 12/11, 5 → Tue 10/11. A due is the end of its day in Vietnam (UTC+7): 16:59:59.999Z.
import type { Response } from 'supertest';
import { Role } from '@hoso/workflows';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const D = '2026-11-02';
const KEY = 'A.PRESS_EXPLAIN';
const CODE = 'QĐ-DIỄN-TẬP/TU';
const due = (date: string) => `${date}T16:59:59.999Z`;
const CLASSIFY = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };

interface RuleItem {
  id: string;
  key: string;
  value: number | null;
  valueData: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
  instrument: string | null;
  orgUnitId: string | null;
  lapsed: boolean | null;
}

describe('the regulation drill: a new instrument supersedes a rule on a date, through the API only', () => {
  let t: TestApp;
  let org: DemoOrg;
  const tokens: Record<string, string> = {};
  let overrideId: string;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    Object.assign(tokens, org.tokens);
    tokens.admin = (await addPerson(t, 'quantri-tp', org.city.id, [Role.ADMIN])).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const version = (body: Record<string, unknown>) =>
    t.http.post('/rules/versions').set(as('admin')).send({
      key: KEY, value: 7, unit: 'WORKING_DAYS', effectiveFrom: D, instrumentCode: CODE,
      legalBasis: 'Quy định diễn tập (thử nghiệm), Điều 2', sourceRef: '[diễn tập]', confidence: 'STATED',
      reason: 'Diễn tập: văn bản mới rút ngắn thời hạn giải trình thông tin báo chí', ...body,
    });

  async function step(caseId: string, type: string, expectedVersion: number, who: string, payload?: unknown): Promise<void> {
    const res = await t.http.post(`/cases/${caseId}/events`).set(as(who)).send({ type, expectedVersion, ...(payload ? { payload } : {}) });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
  }

  /** A press item published at `publishedAt`, registered now at the city or ward A, asked for an explanation. */
  async function pressCase(unit: 'city' | 'wardA', publishedAt: string): Promise<string> {
    const who = unit === 'city' ? 'taskForce' : 'wardA';
    const input = registration({ source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Tuổi Trẻ', publishedAt, receivedAt: publishedAt });
    const res = await t.http.post('/cases').set(as(who)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org[unit].id, input });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    const id = res.body.case.id as string;
    await step(id, 'START_SCREENING', 1, who);
    await step(id, 'CLASSIFY', 2, who, CLASSIFY);
    await step(id, 'REQUEST_EXPLANATION', 3, unit === 'city' ? 'office' : who);
    return id;
  }

  async function explanation(caseId: string, who = 'secretary'): Promise<Response['body']> {
    const res = await t.http.get(`/cases/${caseId}/deadlines/explanation/explanation`).set(as(who));
    expect(res.status).toBe(200);
    return res.body;
  }

  async function rules(query: string): Promise<RuleItem[]> {
    const res = await t.http.get(`/rules?${query}`).set(as('secretary'));
    expect(res.status).toBe(200);
    return res.body.items;
  }

  const resolve = async (unit: 'city' | 'wardA', date: string) => {
    const res = await t.http.get(`/rules/resolve?key=${KEY}&unitId=${org[unit].id}&date=${date}`).set(as('secretary'));
    expect(res.status).toBe(200);
    return res.body;
  };

  it('registers the instrument (an administrator of the top unit, with a reason); nobody else may', async () => {
    const body = {
      code: CODE, title: 'Quy định diễn tập (thử nghiệm) sửa thời hạn giải trình thông tin báo chí', issuer: 'Ban Thường vụ Thành ủy (diễn tập)',
      issuedOn: '2026-10-20', effectiveFrom: D, replaces: ['1374-QĐ/TU'], confidence: 'STATED', sourceRef: '[diễn tập]',
      reason: 'Diễn tập thay đổi quy định qua dữ liệu',
    };
    const refused = await t.http.post('/legal-instruments').set(as('secretary')).send(body);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const res = await t.http.post('/legal-instruments').set(as('admin')).send(body);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { code: CODE, effectiveFrom: D, replaces: ['1374-QĐ/TU'], confidence: 'STATED' } });
    const listed = await t.http.get(`/legal-instruments?code=${encodeURIComponent('DIỄN-TẬP')}`).set(as('wardA'));
    expect(listed.body).toMatchObject({ total: 1, items: [{ code: CODE, issuedOn: '2026-10-20' }] });
    const again = await t.http.post('/legal-instruments').set(as('admin')).send(body);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'LEGAL_INSTRUMENT_CODE_TAKEN' });
  });

  it('before the change: 10 working days at the city, a 2020 override of 5 for ward A, and cases already open', async () => {
    const override = await t.http.post('/rules/overrides').set(as('secretary')).send({
      key: KEY, orgUnitId: org.wardA.id, value: 5, effectiveFrom: '2020-01-01', reason: 'Thường trực Thành ủy rút ngắn thời hạn cho phường A',
    });
    expect({ status: override.status, body: override.body }).toMatchObject({ status: 201, body: { value: 5, orgUnitId: org.wardA.id } });
    overrideId = override.body.id;

    cases.before = await pressCase('city', '2026-10-30T02:00:00.000Z');
    // 17:30 UTC on Sunday 1/11 is 00:30 on Monday 2/11 in Vietnam: the fact is dated D.
    cases.onD = await pressCase('city', '2026-11-01T17:30:00.000Z');
    cases.after = await pressCase('city', '2026-11-03T02:00:00.000Z');
    cases.wardAfter = await pressCase('wardA', '2026-11-03T02:00:00.000Z');
    expect((await explanation(cases.before)).dueAt).toBe(due('2026-11-13'));
    expect((await explanation(cases.onD)).dueAt).toBe(due('2026-11-16'));
    expect((await explanation(cases.after)).dueAt).toBe(due('2026-11-17'));
    expect((await explanation(cases.wardAfter)).dueAt).toBe(due('2026-11-10'));
    expect(await resolve('wardA', D)).toMatchObject({ value: 5, override: { orgUnitId: org.wardA.id } });
  });

  let dryRun: Response['body'];

  it('a dry run reports the deadlines started on or after D and the open cases, and writes nothing', async () => {
    const before = await rules(`key=${KEY}`);
    const res = await version({ dryRun: true });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { dryRun: true } });
    dryRun = res.body;
    expect(dryRun.rule).toMatchObject({ key: KEY, value: 7, unit: 'WORKING_DAYS', effectiveFrom: D, instrument: CODE, startEvent: 'Ngày thông tin được báo chí đăng tải' });
    expect(dryRun.superseded).toEqual([expect.objectContaining({ effectiveFrom: '2017-12-01', value: 10 })]);
    expect(dryRun.deadlines).toMatchObject({ examined: 3, moved: 3, unchanged: 0, notRecomputed: 0 });
    const moves = Object.fromEntries(dryRun.deadlines.moves.map((m: { caseId: string; to: { dueAt: string } }) => [m.caseId, m.to.dueAt]));
    // Started before D: not concerned. The ward's 2020 override lapses: the new general 7 days apply there too.
    expect(moves).toEqual({ [cases.onD]: due('2026-11-11'), [cases.after]: due('2026-11-12'), [cases.wardAfter]: due('2026-11-12') });
    expect(dryRun.cases.total).toBe(4);
    expect(dryRun.cases.procedures).toContain('quy-dinh-1374@2');
    expect(dryRun.cases.items.map((c: { caseId: string }) => c.caseId).sort()).toEqual(Object.values(cases).sort());

    expect(await rules(`key=${KEY}`)).toEqual(before);
    expect((await explanation(cases.onD)).dueAt).toBe(due('2026-11-16'));
    expect((await explanation(cases.wardAfter)).dueAt).toBe(due('2026-11-10'));
  });

  it('the real run supersedes the old row on D and re-plans those deadlines, with a note on each', async () => {
    const res = await version({});
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { dryRun: false } });
    // The same report as the dry run's, but for the id of the new row (the dry run's was rolled back).
    const rule = res.body.rule;
    const sameIds = (body: Response['body']) => JSON.parse(JSON.stringify({ ...body, dryRun: undefined }).split(body.rule.id).join('NEW'));
    expect(sameIds(res.body)).toEqual(sameIds(dryRun));

    const general = (await rules(`key=${KEY}`)).filter((r) => r.orgUnitId === null);
    expect(general.map((r) => [r.effectiveFrom, r.effectiveTo, r.value, r.instrument])).toEqual([
      ['2017-12-01', D, 10, '1374-QĐ/TU'],
      [D, null, 7, CODE],
    ]);
    const dayBefore = await rules(`key=${KEY}&asOf=2026-11-01`);
    expect(dayBefore.map((r) => [r.value, r.orgUnitId, r.lapsed])).toEqual([[10, null, null], [5, org.wardA.id, false]]);
    const onD = await rules(`key=${KEY}&asOf=${D}`);
    expect(onD.map((r) => [r.value, r.orgUnitId, r.lapsed])).toEqual([[7, null, null], [5, org.wardA.id, true]]);

    expect((await explanation(cases.before)).dueAt).toBe(due('2026-11-13'));
    expect((await explanation(cases.before)).explanation.adjustments).toEqual([]);
    const moved = await explanation(cases.onD);
    expect(moved.dueAt).toBe(due('2026-11-11'));
    expect(moved.explanation.rule).toMatchObject({ id: rule.id, value: 7 });
    expect(moved.explanation.adjustments).toEqual([{ at: expect.any(String), kind: 'RULE_VERSION', detail: expect.stringContaining(CODE) }]);
    expect((await explanation(cases.after)).dueAt).toBe(due('2026-11-12'));
    expect((await explanation(cases.wardAfter)).dueAt).toBe(due('2026-11-12'));
  });

  it.each([
    ['the day before D (Sunday 1/11): the old 10 days, though entered after D', '2026-11-01T02:00:00.000Z', 10, '2026-11-13'],
    ['D itself (Monday 2/11): the new 7 days', '2026-11-02T02:00:00.000Z', 7, '2026-11-11'],
    ['the day after D (Tuesday 3/11): the new 7 days', '2026-11-03T02:00:00.000Z', 7, '2026-11-12'],
  ])('a new case whose fact is dated %s', async (_name, publishedAt, value, dueDate) => {
    const id = await pressCase('city', publishedAt);
    const x = await explanation(id);
    expect(x.dueAt).toBe(due(dueDate));
    expect(x.explanation.rule).toMatchObject({ key: KEY, value, override: null });
  });

  it('the 2020 override of ward A has lapsed on and after D, and GET /rules/resolve says why', async () => {
    const onD = await resolve('wardA', D);
    expect(onD).toMatchObject({ value: 7, override: null, effectiveFrom: D, instrument: CODE, resolvedOn: D, unitId: org.wardA.id });
    expect(onD.why).toContain('không còn áp dụng');
    expect(onD.why).toContain('01/01/2020');
    const dayBefore = await resolve('wardA', '2026-11-01');
    expect(dayBefore).toMatchObject({ value: 5, override: { orgUnitId: org.wardA.id }, effectiveTo: null });
    expect(dayBefore.why).toContain('điều chỉnh của cấp ủy');
    // The city never had an override: the general row, with its dates.
    expect(await resolve('city', '2026-11-01')).toMatchObject({ value: 10, effectiveFrom: '2017-12-01', effectiveTo: D });
  });

  it('the city committee confirms the override again: it applies again, to new facts of ward A', async () => {
    const notAllowed = await t.http.post(`/rules/${overrideId}/confirm`).set(as('wardA')).send({ reason: 'Phường A muốn giữ thời hạn 5 ngày' });
    expect({ status: notAllowed.status, code: notAllowed.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const res = await t.http.post(`/rules/${overrideId}/confirm`).set(as('secretary')).send({ reason: 'Thường trực Thành ủy xác nhận giữ 5 ngày cho phường A' });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { id: overrideId, orgUnitId: org.wardA.id } });
    const onD = await resolve('wardA', D);
    expect(onD).toMatchObject({ value: 5, override: { orgUnitId: org.wardA.id, confirmedAt: toVietnamDate(new Date(res.body.confirmedAt)) } });
    expect(onD.why).toContain('Áp dụng điều chỉnh của cấp ủy');
    const id = await pressCase('wardA', '2026-11-03T02:00:00.000Z');
    expect((await explanation(id)).dueAt).toBe(due('2026-11-10'));
  });

  it('refuses a version starting on or before the newest general row (409) and changes nothing', async () => {
    const before = await rules(`key=${KEY}`);
    for (const effectiveFrom of [D, '2026-10-01']) {
      const res = await version({ effectiveFrom, value: 6 });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 409, body: { code: 'RULE_VERSION_OVERLAP', details: { latest: { effectiveFrom: D } } } });
    }
    expect(await rules(`key=${KEY}`)).toEqual(before);
  });

  it('a rule VALUE changes the same way: RULE_OVERRIDE.ROLES lets ward secretaries override from today', async () => {
    const wardOverride = () =>
      t.http.post('/rules/overrides').set(as('wardA')).send({ key: 'A.OFFICE_PROPOSE', orgUnitId: org.wardA.id, value: 5, reason: 'Phường A rút ngắn thời hạn đề xuất' });
    const refused = await wardOverride();
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const [current] = await rules('key=RULE_OVERRIDE.ROLES');
    expect(current).toMatchObject({ unit: 'TABLE', orgUnitId: null, effectiveTo: null });
    const rows = (current.valueData as { rows: { level: string; roles: string[] }[] }).rows;
    const today = toVietnamDate(new Date());
    const res = await t.http.post('/rules/versions').set(as('admin')).send({
      key: 'RULE_OVERRIDE.ROLES', unit: 'TABLE', valueData: { rows: [...rows, { level: 'GRASSROOTS', roles: ['SECRETARY'] }] },
      effectiveFrom: today, instrumentCode: CODE, legalBasis: 'Quy định diễn tập (thử nghiệm), Điều 3', sourceRef: '[diễn tập]',
      confidence: 'STATED', reason: 'Diễn tập: cho bí thư đảng ủy cơ sở điều chỉnh quy tắc',
    });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { rule: { key: 'RULE_OVERRIDE.ROLES', effectiveFrom: today } } });
    expect(res.body.deadlines.examined).toBe(0);
    const allowed = await wardOverride();
    expect({ status: allowed.status, body: allowed.body }).toMatchObject({ status: 201, body: { key: 'A.OFFICE_PROPOSE', value: 5 } });
    // Ward B's secretary holds the role on a grassroots unit too, but not above ward A.
    const other = await t.http.post('/rules/overrides').set(as('wardB')).send({ key: 'A.OFFICE_PROPOSE', orgUnitId: org.wardA.id, value: 4, reason: 'Phường B điều chỉnh cho phường A' });
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
  });
});
