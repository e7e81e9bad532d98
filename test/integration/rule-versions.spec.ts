// Rules as dated data through the HTTP API, the checks the regulation drill does not walk through: who may register
// instruments and general versions, how a value is checked against its unit (a share that can be reached, a list of
// non-empty codes, whole days 1–3650, counts from 0), the rows a version writes and the audit log, the listing's
// filters, resolving in scope, overrides of structured values, and re-confirmation. Checks read the database too.
import { Role } from '@hoso/workflows';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const CODE = 'QĐ-KIỂM-THỬ/TW';
const REASON = 'Kiểm thử: nhập phiên bản quy tắc mới';

describe('rule versions, instruments, overrides and confirmations over HTTP', () => {
  let t: TestApp;
  let org: DemoOrg;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    Object.assign(tokens, org.tokens);
    Object.assign(ids, org.userIds);
    for (const [who, unit] of [['admin', org.city.id], ['wardAdmin', org.wardA.id]] as const) {
      const p = await addPerson(t, `qt-${who}`, unit, [Role.ADMIN]);
      tokens[who] = p.token;
      ids[who] = p.id;
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const counts = async () =>
    (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM legal_rule) AS rules, (SELECT count(*)::int FROM legal_instrument) AS instruments,
              (SELECT count(*)::int FROM audit_log) AS audit`,
    ))[0];
  const audit = (action: string) => t.dataSource.query(`SELECT actor_id, reason, details FROM audit_log WHERE action = $1 ORDER BY id`, [action]);
  const post = (who: string, body: Record<string, unknown>) =>
    t.http.post('/rules/versions').set(as(who)).send({
      value: null, unit: 'WORKING_DAYS', effectiveFrom: '2027-01-01', instrumentCode: CODE, legalBasis: 'Quy định kiểm thử, Điều 1',
      sourceRef: '[kt]', confidence: 'STATED', description: 'Quy tắc kiểm thử', reason: REASON, ...body,
    });

  describe('instruments', () => {
    const instrument = {
      code: CODE, title: 'Quy định kiểm thử', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2026-12-01', confidence: 'UNVERIFIED',
      sourceRef: '[kt]', reason: 'Đăng ký văn bản để kiểm thử',
    };

    it.each([
      ['the city secretary', 'secretary'],
      ['an administrator below the top unit', 'wardAdmin'],
    ])('refuses %s (403) and writes nothing', async (_name, who) => {
      const before = await counts();
      const res = await t.http.post('/legal-instruments').set(as(who)).send(instrument);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(await counts()).toEqual(before);
    });

    it('refuses a short reason and a date that does not exist (400)', async () => {
      for (const patch of [{ reason: 'ngắn' }, { issuedOn: '2026-02-30' }]) {
        const res = await t.http.post('/legal-instruments').set(as('admin')).send({ ...instrument, ...patch });
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      }
    });

    it('registers one for the administrator of the top unit, in the audit log, and lists it by confidence', async () => {
      const before = await counts();
      const res = await t.http.post('/legal-instruments').set(as('admin')).send(instrument);
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: 201, body: { code: CODE, issuedOn: '2026-12-01', effectiveFrom: null, replaces: [], confidence: 'UNVERIFIED', createdBy: ids.admin },
      });
      expect(await counts()).toEqual({ ...before, instruments: before.instruments + 1, audit: before.audit + 1 });
      expect(await audit('LEGAL_INSTRUMENT_CREATE')).toEqual([
        { actor_id: ids.admin, reason: instrument.reason, details: expect.objectContaining({ instrumentId: res.body.id, code: CODE }) },
      ]);
      const listed = await t.http.get('/legal-instruments?confidence=UNVERIFIED&pageSize=100').set(as('wardB'));
      expect(listed.body.items.map((i: { code: string }) => i.code)).toContain(CODE);
      expect(listed.body.items.every((i: { confidence: string }) => i.confidence === 'UNVERIFIED')).toBe(true);
      const seeded = await t.http.get('/legal-instruments?code=294').set(as('wardB'));
      expect(seeded.body).toMatchObject({ total: 1, items: [{ code: '294-QĐ/TW', effectiveFrom: '2025-07-01', replaces: ['232-QĐ/TW'] }] });
    });
  });

  describe('checking a version', () => {
    it.each<[string, string, Record<string, unknown>, number, string, string | null]>([
      ['the city secretary', 'secretary', { key: 'A.PRESS_EXPLAIN', value: 7 }, 403, 'FORBIDDEN', null],
      ['an administrator below the top unit', 'wardAdmin', { key: 'A.PRESS_EXPLAIN', value: 7 }, 403, 'FORBIDDEN', null],
      ['an instrument not registered', 'admin', { key: 'A.PRESS_EXPLAIN', value: 7, instrumentCode: 'KHÔNG-CÓ' }, 404, 'LEGAL_INSTRUMENT_NOT_FOUND', null],
      ['a start on the newest general row’s day', 'admin', { key: 'A.PRESS_EXPLAIN', value: 7, effectiveFrom: '2017-12-01' }, 409, 'RULE_VERSION_OVERLAP', null],
      ['a start before it', 'admin', { key: 'A.PRESS_EXPLAIN', value: 7, effectiveFrom: '2017-11-30' }, 409, 'RULE_VERSION_OVERLAP', null],
      ['a deadline of 0 working days', 'admin', { key: 'A.PRESS_EXPLAIN', value: 0 }, 400, 'VALIDATION_FAILED', 'value'],
      ['a deadline of 3651 working days', 'admin', { key: 'A.PRESS_EXPLAIN', value: 3651 }, 400, 'VALIDATION_FAILED', 'value'],
      ['a deadline of 1.5 days', 'admin', { key: 'A.PRESS_EXPLAIN', value: 1.5 }, 400, 'VALIDATION_FAILED', 'value'],
      ['no value with confidence STATED', 'admin', { key: 'A.PRESS_EXPLAIN', value: null }, 400, 'VALIDATION_FAILED', 'confidence'],
      ['a value with confidence NOT_FOUND', 'admin', { key: 'A.PRESS_EXPLAIN', value: 7, confidence: 'NOT_FOUND' }, 400, 'VALIDATION_FAILED', 'confidence'],
      ['a deadline turned into a count', 'admin', { key: 'A.PRESS_EXPLAIN', value: 7, unit: 'COUNT' }, 400, 'VALIDATION_FAILED', 'unit'],
      ['an extension without a number of times', 'admin', { key: 'A.PRESS_EXPLAIN', value: 7, extensionValue: 5 }, 400, 'VALIDATION_FAILED', 'extensionMaxCount'],
      ['a new deadline with no start convention', 'admin', { key: 'KT.NEW_DEADLINE', value: 5, startEvent: 'Ngày nhận' }, 400, 'VALIDATION_FAILED', 'startConvention'],
      ['a share above the whole (3/2)', 'admin', { key: 'KT.SHARE', unit: 'FRACTION', valueData: { numerator: 3, denominator: 2, strict: false } }, 400, 'VALIDATION_FAILED', 'valueData'],
      ['"more than all" (1/1 strict)', 'admin', { key: 'KT.SHARE', unit: 'FRACTION', valueData: { numerator: 1, denominator: 1, strict: true } }, 400, 'VALIDATION_FAILED', 'valueData'],
      ['a share with a number beside it', 'admin', { key: 'KT.SHARE', unit: 'FRACTION', value: 2, valueData: { numerator: 2, denominator: 3, strict: false } }, 400, 'VALIDATION_FAILED', 'value'],
      ['a list with an empty code', 'admin', { key: 'KT.LIST', unit: 'LIST', valueData: { items: ['A', ' '] } }, 400, 'VALIDATION_FAILED', 'valueData.items'],
      ['a list with a code twice', 'admin', { key: 'KT.LIST', unit: 'LIST', valueData: { items: ['A', 'A'] } }, 400, 'VALIDATION_FAILED', 'valueData.items'],
      ['a count of −1', 'admin', { key: 'KT.COUNT', unit: 'COUNT', value: -1 }, 400, 'VALIDATION_FAILED', 'value'],
      ['a table whose rows are not objects', 'admin', { key: 'KT.TABLE', unit: 'TABLE', valueData: { rows: [1] } }, 400, 'VALIDATION_FAILED', 'valueData.rows'],
    ])('refuses %s and writes nothing', async (_name, who, body, status, code, field) => {
      const before = await counts();
      const res = await post(who, body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      if (field) expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
      ['a share of exactly all (1/1, not strict)', { key: 'KT.SHARE', unit: 'FRACTION', valueData: { numerator: 1, denominator: 1, strict: false } }, { valueData: { numerator: 1, denominator: 1, strict: false } }],
      ['a count of 0', { key: 'KT.COUNT', unit: 'COUNT', value: 0 }, { value: 0, startConvention: 'NONE', startEvent: '' }],
      ['a list', { key: 'KT.LIST', unit: 'LIST', valueData: { items: ['PROBATIONARY', 'SUSPENDED'] } }, { valueData: { items: ['PROBATIONARY', 'SUSPENDED'] } }],
      ['a deadline of 3650 days', { key: 'KT.LONG', value: 3650, unit: 'CALENDAR_DAYS', startEvent: 'Ngày nhận', startConvention: 'SAME_DAY' }, { value: 3650 }],
      ['no legal value, said NOT_FOUND', { key: 'KT.NONE', unit: 'MONTHS', startEvent: 'Ngày nhận', startConvention: 'NEXT_DAY', confidence: 'NOT_FOUND' }, { value: null, valueData: null }],
    ])('accepts %s (a new key) as a dry run', async (_name, body, expected) => {
      const before = await counts();
      const res = await post('admin', { ...body, dryRun: true });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { dryRun: true, rule: expected, superseded: [] } });
      expect(await counts()).toEqual(before);
    });
  });

  describe('a version of B3.STATE_NOTICE_TO_PARTY (5 calendar days from 30/5/2025)', () => {
    it('writes one row, ends the one it supersedes on its first day, and audits it with the reason', async () => {
      const before = await counts();
      const res = await post('admin', { key: 'B3.STATE_NOTICE_TO_PARTY', value: 10, unit: 'CALENDAR_DAYS', effectiveFrom: '2027-01-01', description: undefined });
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: 201,
        body: {
          dryRun: false,
          // Inherited from the row it supersedes: how it is counted, and its description.
          rule: { value: 10, unit: 'CALENDAR_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày có quyết định xử lý của cơ quan nhà nước', confidence: 'STATED', instrument: CODE, effectiveTo: null },
          superseded: [{ effectiveFrom: '2025-05-30', value: 5, valueData: null }],
          deadlines: { examined: 0, moved: 0 },
          cases: { total: 0 },
        },
      });
      expect(res.body.rule.description).toBe('Cơ quan nhà nước thông báo cho tổ chức đảng');
      expect(await counts()).toEqual({ ...before, rules: before.rules + 1, audit: before.audit + 1 });
      const rows = await t.dataSource.query(
        `SELECT value::int AS value, to_char(effective_from, 'YYYY-MM-DD') AS "from", to_char(effective_to, 'YYYY-MM-DD') AS "to", created_by AS by
           FROM legal_rule WHERE key = 'B3.STATE_NOTICE_TO_PARTY' ORDER BY effective_from`,
      );
      expect(rows).toEqual([
        { value: 5, from: '2025-05-30', to: '2027-01-01', by: null },
        { value: 10, from: '2027-01-01', to: null, by: ids.admin },
      ]);
      expect(await audit('RULE_VERSION')).toEqual([
        {
          actor_id: ids.admin,
          reason: REASON,
          details: expect.objectContaining({ ruleId: res.body.rule.id, key: 'B3.STATE_NOTICE_TO_PARTY', effectiveFrom: '2027-01-01', instrument: CODE, value: 10, moved: 0 }),
        },
      ]);
    });

    it.each([
      ['the day before', '2026-12-31', 5],
      ['the first day', '2027-01-01', 10],
      ['the day after', '2027-01-02', 10],
    ])('resolves %s of the new version (%s) to %i days', async (_name, date, value) => {
      const res = await t.http.get(`/rules/resolve?key=B3.STATE_NOTICE_TO_PARTY&unitId=${org.cellA.id}&date=${date}`).set(as('wardA'));
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 200, body: { value, resolvedOn: date, unitId: org.cellA.id, override: null } });
      expect(res.body.why).toContain('Áp dụng quy tắc chung');
    });

    it('lists the rows by key prefix, by the date they are in force and by confidence', async () => {
      const all = await t.http.get('/rules?key=B3.STATE').set(as('wardA'));
      expect(all.body.items.map((r: { value: number; effectiveTo: string | null }) => [r.value, r.effectiveTo])).toEqual([[5, '2027-01-01'], [10, null]]);
      const onDay = await t.http.get('/rules?key=B3.STATE&asOf=2026-12-31').set(as('wardA'));
      expect(onDay.body).toMatchObject({ total: 1, items: [{ value: 5, instrument: '296-QĐ/TW', legalBasis: expect.stringContaining('296') }] });
      const notFound = await t.http.get('/rules?confidence=NOT_FOUND&pageSize=500').set(as('wardA'));
      expect(notFound.body.total).toBeGreaterThan(0);
      expect(notFound.body.items.every((r: { confidence: string; value: null }) => r.confidence === 'NOT_FOUND' && r.value === null)).toBe(true);
      const bad = await t.http.get('/rules?asOf=2026-02-30').set(as('wardA'));
      expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('refuses to resolve for a unit out of the caller’s scope (404) or a key with no row (404)', async () => {
      const out = await t.http.get(`/rules/resolve?key=B3.STATE_NOTICE_TO_PARTY&unitId=${org.wardB.id}`).set(as('wardA'));
      expect({ status: out.status, code: out.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
      const none = await t.http.get(`/rules/resolve?key=KT.KHONG_CO&unitId=${org.wardA.id}`).set(as('wardA'));
      expect({ status: none.status, code: none.body.code }).toEqual({ status: 404, code: 'RULE_NOT_FOUND' });
    });
  });

  describe('overrides and confirmations', () => {
    let shareOverride: string;

    it('sets a share override (value in valueData) for ward A; a share that cannot be reached is refused', async () => {
      const created = await post('admin', { key: 'KT.SHARE', unit: 'FRACTION', effectiveFrom: '2026-01-01', valueData: { numerator: 2, denominator: 3, strict: false } });
      expect(created.status).toBe(201);
      const bad = await t.http.post('/rules/overrides').set(as('secretary')).send({
        key: 'KT.SHARE', orgUnitId: org.wardA.id, value: null, valueData: { numerator: 4, denominator: 3, strict: false }, reason: 'Phường A dùng tỷ lệ riêng',
      });
      expect({ status: bad.status, code: bad.body.code, field: bad.body.details?.fields?.[0]?.field }).toEqual({ status: 400, code: 'VALIDATION_FAILED', field: 'valueData' });
      const res = await t.http.post('/rules/overrides').set(as('secretary')).send({
        key: 'KT.SHARE', orgUnitId: org.wardA.id, value: null, valueData: { numerator: 1, denominator: 2, strict: true }, effectiveFrom: '2026-06-01',
        legalBasis: 'Nghị quyết kiểm thử của Thường trực', reason: 'Phường A dùng tỷ lệ quá một nửa',
      });
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: 201, body: { unit: 'FRACTION', value: null, valueData: { numerator: 1, denominator: 2, strict: true }, legalBasis: 'Nghị quyết kiểm thử của Thường trực' },
      });
      shareOverride = res.body.id;
      const resolved = await t.http.get(`/rules/resolve?key=KT.SHARE&unitId=${org.cellA.id}&date=2026-07-01`).set(as('wardA'));
      expect(resolved.body).toMatchObject({ valueData: { numerator: 1, denominator: 2, strict: true }, override: { orgUnitId: org.wardA.id } });
    });

    it('overrides a deadline’s unit, extension and basis; refuses a deadline turned into a list', async () => {
      const res = await t.http.post('/rules/overrides').set(as('secretary')).send({
        key: 'A.OFFICE_PROPOSE', orgUnitId: org.wardB.id, value: 10, unit: 'CALENDAR_DAYS', extensionValue: 5, extensionMaxCount: 1,
        legalBasis: 'Quyết định kiểm thử của Thường trực', reason: 'Phường B tính theo ngày và cho gia hạn một lần',
      });
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: 201, body: { unit: 'CALENDAR_DAYS', value: 10, extensionValue: 5, extensionMaxCount: 1, startEvent: 'Ngày nhận báo cáo giải trình' },
      });
      const [row] = await t.dataSource.query(`SELECT instrument_id, legal_basis FROM legal_rule WHERE id = $1`, [res.body.id]);
      expect(row).toEqual({ instrument_id: null, legal_basis: 'Quyết định kiểm thử của Thường trực' });
      const bad = await t.http.post('/rules/overrides').set(as('secretary')).send({
        key: 'A.OFFICE_PROPOSE', orgUnitId: org.wardB.id, value: null, unit: 'LIST', valueData: { items: ['X'] }, reason: 'Đổi thời hạn thành danh sách',
      });
      expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('refuses an override of RULE_OVERRIDE.ROLES itself (403): only a general version changes it', async () => {
      const res = await t.http.post('/rules/overrides').set(as('admin')).send({
        key: 'RULE_OVERRIDE.ROLES', orgUnitId: org.wardA.id, value: null, valueData: { rows: [] }, reason: 'Không ai được điều chỉnh ở phường A',
      });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    });

    it('lets the share override lapse under a newer general version, until the committee confirms it again', async () => {
      const v = await post('admin', { key: 'KT.SHARE', unit: 'FRACTION', effectiveFrom: '2026-09-01', valueData: { numerator: 3, denominator: 4, strict: false } });
      expect(v.status).toBe(201);
      const onDay = () => t.http.get(`/rules/resolve?key=KT.SHARE&unitId=${org.wardA.id}&date=2026-09-01`).set(as('secretary'));
      const lapsed = await onDay();
      expect(lapsed.body).toMatchObject({ valueData: { numerator: 3, denominator: 4, strict: false }, override: null });
      expect(lapsed.body.why).toContain('cấp ủy cần xác nhận lại');
      // The day before the new version, the override still applies.
      const dayBefore = await t.http.get(`/rules/resolve?key=KT.SHARE&unitId=${org.wardA.id}&date=2026-08-31`).set(as('secretary'));
      expect(dayBefore.body).toMatchObject({ override: { orgUnitId: org.wardA.id } });
      const listed = await t.http.get('/rules?key=KT.SHARE&asOf=2026-09-01').set(as('secretary'));
      expect(listed.body.items.find((r: { id: string }) => r.id === shareOverride)).toMatchObject({ lapsed: true, confirmedAt: null });

      const before = await counts();
      const res = await t.http.post(`/rules/${shareOverride}/confirm`).set(as('secretary')).send({ reason: 'Thường trực giữ tỷ lệ riêng cho phường A' });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { id: shareOverride, confirmedBy: ids.secretary } });
      expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
      expect(await audit('RULE_CONFIRM')).toEqual([
        { actor_id: ids.secretary, reason: 'Thường trực giữ tỷ lệ riêng cho phường A', details: expect.objectContaining({ ruleId: shareOverride, key: 'KT.SHARE', previousConfirmedAt: null }) },
      ]);
      expect((await onDay()).body).toMatchObject({ valueData: { numerator: 1, denominator: 2, strict: true }, override: { orgUnitId: org.wardA.id } });
      const relisted = await t.http.get('/rules?key=KT.SHARE&asOf=2026-09-01').set(as('secretary'));
      expect(relisted.body.items.find((r: { id: string }) => r.id === shareOverride)).toMatchObject({ lapsed: false, confirmedBy: ids.secretary });
    });

    it.each<[string, string, () => string, number, string]>([
      ['a ward secretary confirming the city’s override of ward A', 'wardA', () => shareOverride, 403, 'FORBIDDEN'],
      ['ward B confirming an override of ward A it cannot see', 'wardB', () => shareOverride, 404, 'RULE_NOT_FOUND'],
      ['an id that is not a rule', 'secretary', () => '00000000-0000-4000-8000-000000000000', 404, 'RULE_NOT_FOUND'],
      ['an id that is not a UUID', 'secretary', () => 'khong-phai-uuid', 404, 'RULE_NOT_FOUND'],
    ])('refuses %s and writes nothing', async (_name, who, id, status, code) => {
      const before = await counts();
      const res = await t.http.post(`/rules/${id()}/confirm`).set(as(who)).send({ reason: 'Xác nhận lại điều chỉnh này' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(await counts()).toEqual(before);
    });

    it('lets only an administrator of the top unit confirm a general row', async () => {
      const [general] = await t.dataSource.query(`SELECT id FROM legal_rule WHERE key = 'B4.RESOLVE' AND org_unit_id IS NULL`);
      const refused = await t.http.post(`/rules/${general.id}/confirm`).set(as('secretary')).send({ reason: 'Thường trực xác nhận quy tắc' });
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      const res = await t.http.post(`/rules/${general.id}/confirm`).set(as('admin')).send({ reason: 'Cấp ủy xác nhận chưa có thời hạn' });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { orgUnitId: null, confirmedBy: ids.admin } });
    });
  });
});
