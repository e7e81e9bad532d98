// Structural changes of the organisation tree applied directly by an administrator (the same operation the
// organisation procedure applies on its effective date): merge, split, absorb, dissolve, move, rename; the tree as of
// a day, a unit's history, the rollup map; every bad input refused with nothing written.
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { OrgChangeService } from '@hoso/organisations/services/org-change.service';
import { ORG_TRANSFERRED } from '@hoso/timeline/timeline-labels';
import { addMonths, toVietnamDate } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import { addPerson, createTestApp, registration, type TestApp } from '../support/test-app';

const SINCE = '2020-01-01';
const PASSWORD = 'mat-khau-thu-nghiem-1';

describe('organisation changes', () => {
  let t: TestApp;
  let city: string;
  let admin: { id: string; token: string };
  let secretary: { id: string; token: string };
  const today = toVietnamDate(new Date());
  const yesterday = toVietnamDate(new Date(Date.now() - 86_400_000));
  const decision = { number: '15-QĐ/TU', date: today, body: 'Ban Thường vụ Thành ủy' };
  const REASON = 'Sửa dữ liệu theo quyết định đã ban hành';

  beforeAll(async () => {
    t = await createTestApp();
    city = (await unit('TU', 'Thành ủy', 'PROVINCIAL')).id;
    admin = await addPerson(t, 'tu-admin', city, [Role.ADMIN]);
    secretary = await addPerson(t, 'tu-secretary', city, [Role.SECRETARY]);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const unit = (code: string, name: string, level: 'PROVINCIAL' | 'GRASSROOTS' | 'CELL' = 'GRASSROOTS', parentId?: string, validFrom = SINCE) =>
    t.app.get(OrgDirectoryService).createUnit({ code, name, level, ...(parentId ? { parentId } : {}), validFrom });
  const openCase = async (token: string, orgUnitId: string, title: string): Promise<string> => {
    const res = await t.http.post('/cases').set(auth(token)).send({ procedureId: 'quy-dinh-1374', orgUnitId, input: registration({ title }) });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    return res.body.case.id as string;
  };
  const member = async (token: string, orgUnitId: string, fullName: string): Promise<string> => {
    const res = await t.http.post('/people').set(auth(token)).send({ fullName, dateOfBirth: '1980-01-01', orgUnitId });
    expect(res.status).toBe(201);
    // Membership itself comes from an admission case; here the record is made a member directly.
    await t.dataSource.query(`UPDATE person SET status = 'FULL', party_age_from = '2005-03-02' WHERE id = $1`, [res.body.id]);
    return res.body.id as string;
  };
  const direct = (plan: Record<string, unknown>, extra: Record<string, unknown> = {}, token = admin.token) =>
    t.http.post('/organisations/changes').set(auth(token)).send({ deciderUnitId: city, plan: { decision, effectiveDate: today, newUnits: [], ...plan }, reason: REASON, ...extra });
  const unitOf = async (caseId: string) =>
    (await t.dataSource.query(`SELECT org_unit_id AS "orgUnitId", assigned_unit_id AS "assignedUnitId" FROM "case" WHERE id = $1`, [caseId]))[0];
  const tree = async (asOf: string) => (await t.http.get(`/organisations/tree?asOf=${asOf}`).set(auth(secretary.token)).expect(200)).body.units as
    { id: string; name: string; parentId: string | null; status: string }[];
  const TABLES = ['org_unit', 'org_unit_period', 'org_change', 'org_lineage', 'case_event', 'person_transfer', 'role_assignment', 'audit_log', 'case_unit_transfer'];
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    out.casesMoved = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case" WHERE version > 1`))[0].n;
    return out;
  };
  const login = async (username: string) => (await t.http.post('/auth/login').send({ username, password: PASSWORD }).expect(200)).body.accessToken as string;

  describe('merge of two wards into a new unit', () => {
    let wardA: string, wardB: string, cellA: string, newUnit: string;
    let staffA: { id: string; token: string }, staffB: { id: string; token: string }, designated: { id: string; token: string };
    let caseA1: string, caseA2: string, caseB: string, personA: string;

    beforeAll(async () => {
      wardA = (await unit('MG-A', 'Đảng ủy phường Bến Thành', 'GRASSROOTS', city)).id;
      wardB = (await unit('MG-B', 'Đảng ủy phường Phạm Ngũ Lão', 'GRASSROOTS', city)).id;
      cellA = (await unit('MG-A1', 'Chi bộ khu phố 1', 'CELL', wardA)).id;
      staffA = await addPerson(t, 'mg-a', wardA, [Role.SECRETARY, Role.TASK_FORCE_OFFICER]);
      staffB = await addPerson(t, 'mg-b', wardB, [Role.SECRETARY, Role.TASK_FORCE_OFFICER]);
      designated = await addPerson(t, 'mg-new', city, [Role.AUDITOR]);
      caseA1 = await openCase(staffA.token, wardA, 'Đơn phản ánh số 1 phường Bến Thành');
      caseA2 = await openCase(staffA.token, wardA, 'Đơn phản ánh số 2 phường Bến Thành');
      caseB = await openCase(staffB.token, wardB, 'Đơn phản ánh phường Phạm Ngũ Lão');
      personA = await member(staffA.token, wardA, 'Lê Thị Hoa');
    });

    it('a dry run answers the preview and writes nothing', async () => {
      const before = await counts();
      const res = await direct(mergePlan(), { dryRun: true });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ applied: false, problems: [], outcome: { changeId: null, casesMoved: 3, membersMoved: 1, childUnitsMoved: 1, rolesEnded: 4, rolesAssigned: 1 } });
      expect(await counts()).toEqual(before);
    });

    const mergePlan = () => ({
      kind: 'MERGE', units: [wardA, wardB],
      newUnits: [{ key: 'ward', code: 'MG-AB', name: 'Đảng ủy phường Bến Thành (mới)', level: 'GRASSROOTS', parentId: city }],
      roles: [{ userId: designated.id, to: { newUnit: 'ward' }, role: Role.SECRETARY }],
    });

    it('moves cases, members, the cell and roles to the new unit and ends the wards', async () => {
      const res = await direct(mergePlan());
      expect({ status: res.status, body: res.body }).toMatchObject({
        status: 201,
        body: { applied: true, outcome: { kind: 'MERGE', effectiveDate: today, unitsEnded: [wardA, wardB], casesMoved: 3, membersMoved: 1, childUnitsMoved: 1, rolesEnded: 4, rolesAssigned: 1 } },
      });
      newUnit = res.body.outcome.unitsFounded[0].id;
      for (const id of [caseA1, caseA2, caseB]) expect(await unitOf(id)).toEqual({ orgUnitId: newUnit, assignedUnitId: null });
      const [last] = await t.dataSource.query(`SELECT type, payload FROM case_event WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`, [caseA1]);
      expect(last).toMatchObject({ type: ORG_TRANSFERRED, payload: { decision, effectiveDate: today, reason: REASON } });
      const units = await t.dataSource.query(
        `SELECT id, to_char(valid_to, 'YYYY-MM-DD') AS "validTo", parent_id AS "parentId", path FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY code`,
        [[wardA, wardB, cellA, newUnit]],
      );
      expect(units).toEqual([
        expect.objectContaining({ id: wardA, validTo: today, parentId: city, path: `/${city}/${wardA}/` }),
        expect.objectContaining({ id: cellA, validTo: null, parentId: newUnit, path: `/${city}/${newUnit}/${cellA}/` }),
        expect.objectContaining({ id: newUnit, validTo: null, parentId: city }),
        expect.objectContaining({ id: wardB, validTo: today }),
      ]);
    });

    it('moves the member with a transfer record, party age and history untouched', async () => {
      const res = await t.http.get(`/people/${personA}`).set(auth(secretary.token)).expect(200);
      expect(res.body).toMatchObject({ orgUnitId: newUnit, partyAgeFrom: '2005-03-02', status: 'FULL', memberships: [] });
      expect(res.body.transfers).toEqual([expect.objectContaining({ fromUnitId: wardA, toUnitId: newUnit, onDate: today, changeId: expect.any(String) })]);
    });

    it('ends the sessions and roles of the wards\' people: they lose the moved cases; the designated secretary reaches them', async () => {
      expect((await t.http.get(`/cases/${caseA1}`).set(auth(staffA.token))).status).toBe(401);
      const again = await login('mg-a');
      expect((await t.http.get(`/cases/${caseA1}`).set(auth(again))).status).toBe(404);
      expect((await t.http.get(`/cases/${caseA1}`).set(auth(designated.token))).status).toBe(401);
      const designatedAgain = await login('mg-new');
      expect((await t.http.get(`/cases/${caseA1}`).set(auth(designatedAgain))).status).toBe(200);
      expect((await t.http.get(`/cases/${caseB}`).set(auth(designatedAgain))).status).toBe(200);
    });

    it('reads the tree as it was: the wards the day before, the new unit from the effective date', async () => {
      const before = await tree(yesterday);
      expect(before.map((u) => u.id)).toEqual(expect.arrayContaining([wardA, wardB, cellA]));
      expect(before.map((u) => u.id)).not.toContain(newUnit);
      expect(before.find((u) => u.id === cellA)).toMatchObject({ parentId: wardA });
      expect(before.find((u) => u.id === wardA)).toMatchObject({ status: 'ENDED' });
      const on = await tree(today);
      expect(on.map((u) => u.id)).toEqual(expect.arrayContaining([newUnit, cellA]));
      expect(on.map((u) => u.id)).not.toEqual(expect.arrayContaining([wardA]));
      expect(on.find((u) => u.id === cellA)).toMatchObject({ parentId: newUnit });
    });

    it('shows the lineage in both units\' history and lists the change', async () => {
      const old = (await t.http.get(`/organisations/units/${wardA}/history`).set(auth(secretary.token)).expect(200)).body;
      expect(old).toMatchObject({ status: 'ENDED', validTo: today, successors: [{ unitId: newUnit, kind: 'MERGE', records: true, decisionNumber: decision.number, effectiveDate: today }] });
      const made = (await t.http.get(`/organisations/units/${newUnit}/history`).set(auth(secretary.token)).expect(200)).body;
      expect(made.predecessors.map((p: { unitId: string }) => p.unitId).sort()).toEqual([wardA, wardB].sort());
      const list = (await t.http.get('/organisations/changes').set(auth(secretary.token)).expect(200)).body;
      expect(list.items[0]).toMatchObject({ kind: 'MERGE', decisionNumber: decision.number, reason: REASON, appliedBy: admin.id });
      expect(await t.app.get(OrgChangeService).rollupMap(t.dataSource.manager, [wardA, wardB, newUnit])).toEqual(
        new Map([[wardA, newUnit], [wardB, newUnit], [newUnit, newUnit]]),
      );
    });

    it('refuses a unit created under an ended ward and a role on it (UNIT_ENDED)', async () => {
      const sub = await t.http.post('/org-units').set(auth(admin.token)).send({ code: 'MG-A9', name: 'Chi bộ mới', level: 'CELL', parentId: wardA });
      expect({ status: sub.status, code: sub.body.code }).toEqual({ status: 409, code: 'UNIT_ENDED' });
      const role = await t.http.post(`/users/${staffA.id}/roles`).set(auth(admin.token)).send({ unitId: wardA, role: Role.SECRETARY });
      expect({ status: role.status, code: role.body.code }).toEqual({ status: 409, code: 'UNIT_ENDED' });
    });

    it('refuses a merge into the ended ward (absorb), changing nothing', async () => {
      const other = (await unit('MG-C', 'Đảng ủy phường C', 'GRASSROOTS', city)).id;
      const before = await counts();
      const res = await direct({ kind: 'ABSORB', units: [other], intoUnitId: wardA });
      expect({ status: res.status, code: res.body.code, problems: res.body.details?.problems?.map((p: { code: string }) => p.code) })
        .toEqual({ status: 409, code: 'ORG_CHANGE_REFUSED', problems: ['SUCCESSOR_ENDED'] });
      expect(res.body.message).toContain('Đảng ủy phường Bến Thành (mã MG-A)');
      expect(await counts()).toEqual(before);
    });
  });

  describe('split', () => {
    let ward: string, cell: string, case1: string, case2: string, staff: { id: string; token: string };
    const splitPlan = (caseSuccessors: { caseId: string; to: { newUnit: string } }[]) => ({
      kind: 'SPLIT', units: [ward], recordsTo: { newUnit: 'north' }, caseSuccessors,
      newUnits: [
        { key: 'north', code: 'SP-N', name: 'Đảng ủy phường Bắc', level: 'GRASSROOTS', parentId: city },
        { key: 'south', code: 'SP-S', name: 'Đảng ủy phường Nam', level: 'GRASSROOTS', parentId: city },
      ],
    });

    beforeAll(async () => {
      ward = (await unit('SP', 'Đảng ủy phường Trung', 'GRASSROOTS', city)).id;
      cell = (await unit('SP-1', 'Chi bộ 1', 'CELL', ward)).id;
      staff = await addPerson(t, 'sp', ward, [Role.TASK_FORCE_OFFICER]);
      case1 = await openCase(staff.token, ward, 'Đơn thư về cán bộ A');
      case2 = await openCase(staff.token, ward, 'Đơn thư về cán bộ B');
    });

    it('refuses a split leaving an open case without a successor, naming it, and changes nothing', async () => {
      const before = await counts();
      const res = await direct(splitPlan([{ caseId: case1, to: { newUnit: 'south' } }]));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'ORG_CHANGE_REFUSED' });
      expect(res.body.details.problems).toEqual([expect.objectContaining({ code: 'SPLIT_CASE_WITHOUT_SUCCESSOR', field: 'caseSuccessors' })]);
      expect(res.body.message).toContain('"Đơn thư về cán bộ B"');
      expect(res.body.message).toContain('Đảng ủy phường Trung (mã SP)');
      expect(await counts()).toEqual(before);
    });

    it('moves each case to its named successor and the cell to the unit receiving the records', async () => {
      const res = await direct(splitPlan([{ caseId: case1, to: { newUnit: 'south' } }, { caseId: case2, to: { newUnit: 'north' } }]));
      expect(res.status).toBe(201);
      const ids = Object.fromEntries(res.body.outcome.unitsFounded.map((u: { key: string; id: string }) => [u.key, u.id]));
      expect((await unitOf(case1)).orgUnitId).toBe(ids.south);
      expect((await unitOf(case2)).orgUnitId).toBe(ids.north);
      expect((await t.dataSource.query(`SELECT parent_id FROM org_unit WHERE id = $1`, [cell]))[0].parent_id).toBe(ids.north);
      expect(await t.app.get(OrgChangeService).rollupMap(t.dataSource.manager, [ward])).toEqual(new Map([[ward, ids.north]]));
    });
  });

  describe('absorb and dissolve', () => {
    it('absorbs a ward into another: its case moves, the receiving unit continues', async () => {
      const small = (await unit('AB-S', 'Đảng ủy phường Nhỏ', 'GRASSROOTS', city)).id;
      const big = (await unit('AB-B', 'Đảng ủy phường Lớn', 'GRASSROOTS', city)).id;
      const staff = await addPerson(t, 'ab', small, [Role.TASK_FORCE_OFFICER]);
      const c = await openCase(staff.token, small, 'Đơn thư phường Nhỏ');
      // A deadline override the small ward set for itself: reported for the committee to confirm, never copied.
      const [rule] = await t.dataSource.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, effective_from, legal_basis, source_ref, confidence, description, org_unit_id, reason)
         VALUES (gen_random_uuid(), 'TEST.OVERRIDE', 20, 'WORKING_DAYS', 'NEXT_DAY', 'test', '2020-01-01', 'Thử nghiệm', 'test', 'STATED', 'Thời hạn riêng của phường Nhỏ', $1, 'Thử nghiệm')
         RETURNING id`,
        [small],
      );
      const rules = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM legal_rule`))[0].n;
      const rulesBefore = await rules();
      const res = await direct({ kind: 'ABSORB', units: [small], intoUnitId: big });
      expect(res.body.outcome).toMatchObject({
        unitsEnded: [small], unitsFounded: [], casesMoved: 1, rolesEnded: 1,
        overridesToConfirm: [{ kind: 'RULE', id: rule.id, unitId: small, key: 'TEST.OVERRIDE', label: 'Thời hạn riêng của phường Nhỏ' }],
      });
      expect(await rules()).toBe(rulesBefore);
      expect((await unitOf(c)).orgUnitId).toBe(big);
      expect((await t.http.get(`/organisations/units/${big}/history`).set(auth(secretary.token))).body).toMatchObject({
        status: 'ACTIVE', predecessors: [{ unitId: small, kind: 'ABSORB' }],
      });
    });

    it('refuses to dissolve a ward with an active cell; dissolving the cell then the ward sends records upward', async () => {
      const ward = (await unit('DS', 'Đảng ủy phường Giải thể', 'GRASSROOTS', city)).id;
      const cell = (await unit('DS-1', 'Chi bộ Giải thể', 'CELL', ward)).id;
      const staff = await addPerson(t, 'ds', ward, [Role.TASK_FORCE_OFFICER]);
      const c = await openCase(staff.token, ward, 'Đơn thư phường Giải thể');
      const before = await counts();
      const refused = await direct({ kind: 'DISSOLVE', units: [ward], recordsTo: { unitId: city } });
      expect(refused.body.details.problems.map((p: { code: string }) => p.code)).toEqual(['ACTIVE_CHILDREN']);
      expect(refused.body.message).toContain('Chi bộ Giải thể (mã DS-1)');
      expect(await counts()).toEqual(before);
      expect((await direct({ kind: 'DISSOLVE', units: [cell], recordsTo: { unitId: ward } })).status).toBe(201);
      const res = await direct({ kind: 'DISSOLVE', units: [ward], recordsTo: { unitId: city } });
      expect(res.body.outcome).toMatchObject({ unitsEnded: [ward], casesMoved: 1 });
      expect((await unitOf(c)).orgUnitId).toBe(city);
      // The cell's records went to the ward, and the ward's to the city: the rollup follows both.
      expect(await t.app.get(OrgChangeService).rollupMap(t.dataSource.manager, [cell, ward])).toEqual(new Map([[cell, city], [ward, city]]));
    });
  });

  describe('move and rename', () => {
    let from: string, to: string, cell: string, sub: string;

    beforeAll(async () => {
      from = (await unit('MV-F', 'Đảng ủy phường Đi', 'GRASSROOTS', city)).id;
      to = (await unit('MV-T', 'Đảng ủy phường Đến', 'GRASSROOTS', city)).id;
      cell = (await unit('MV-C', 'Đảng bộ bộ phận', 'CELL', from)).id;
      sub = (await unit('MV-C1', 'Chi bộ trực thuộc', 'CELL', cell)).id;
    });

    it('refuses a move under the unit\'s own descendant (a cycle), changing nothing', async () => {
      const before = await counts();
      const res = await direct({ kind: 'MOVE', units: [from], newParentId: sub });
      expect(res.body.details.problems).toEqual([expect.objectContaining({ code: 'CYCLE', field: 'newParentId' })]);
      expect(await counts()).toEqual(before);
    });

    it('re-parents a unit and rewrites the paths of its whole subtree', async () => {
      const res = await direct({ kind: 'MOVE', units: [cell], newParentId: to });
      expect(res.body.outcome).toMatchObject({ kind: 'MOVE', unitsEnded: [], unitsChanged: [cell] });
      const rows = await t.dataSource.query(`SELECT id, parent_id AS "parentId", path FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY code`, [[cell, sub]]);
      expect(rows).toEqual([
        { id: cell, parentId: to, path: `/${city}/${to}/${cell}/` },
        { id: sub, parentId: cell, path: `/${city}/${to}/${cell}/${sub}/` },
      ]);
      expect((await tree(yesterday)).find((u) => u.id === cell)).toMatchObject({ parentId: from });
      expect((await tree(today)).find((u) => u.id === cell)).toMatchObject({ parentId: to });
    });

    it('renames a unit: the history shows both names, the tree each on its day', async () => {
      const res = await direct({ kind: 'RENAME', units: [to], newName: 'Đảng ủy phường Đến (đổi tên)' });
      expect(res.status).toBe(201);
      const history = (await t.http.get(`/organisations/units/${to}/history`).set(auth(secretary.token)).expect(200)).body;
      expect(history.periods).toEqual([
        expect.objectContaining({ validFrom: SINCE, validTo: today, name: 'Đảng ủy phường Đến' }),
        expect.objectContaining({ validFrom: today, validTo: null, name: 'Đảng ủy phường Đến (đổi tên)' }),
      ]);
      expect((await tree(yesterday)).find((u) => u.id === to)?.name).toBe('Đảng ủy phường Đến');
      expect((await tree(today)).find((u) => u.id === to)?.name).toBe('Đảng ủy phường Đến (đổi tên)');
    });
  });

  it('merges two wards holding a thousand open cases and a thousand members in one transaction', async () => {
    const a = (await unit('K-A', 'Đảng ủy phường Nghìn A', 'GRASSROOTS', city)).id;
    const b = (await unit('K-B', 'Đảng ủy phường Nghìn B', 'GRASSROOTS', city)).id;
    const staff = await addPerson(t, 'nghin-a', a, [Role.TASK_FORCE_OFFICER, Role.SECRETARY]);
    const first = await openCase(staff.token, a, 'Đơn thư mẫu');
    const person = await member(staff.token, a, 'Đảng viên mẫu');
    // Copies of one case and one member (the transfer reads and writes rows, whatever made them).
    await t.dataSource.query(
      `INSERT INTO "case" SELECT (jsonb_populate_record(NULL::"case", to_jsonb(c) || jsonb_build_object('id', gen_random_uuid(), 'org_unit_id', CASE WHEN g % 2 = 0 THEN $2 ELSE $3 END))).*
         FROM "case" c, generate_series(1, 999) g WHERE c.id = $1`,
      [first, a, b],
    );
    await t.dataSource.query(
      `INSERT INTO person SELECT (jsonb_populate_record(NULL::person, to_jsonb(p) || jsonb_build_object('id', gen_random_uuid()))).*
         FROM person p, generate_series(1, 999) WHERE p.id = $1`,
      [person],
    );
    const started = Date.now();
    const res = await direct({ kind: 'MERGE', units: [a, b], newUnits: [{ key: 'n', code: 'K-AB', name: 'Đảng ủy phường Nghìn', level: 'GRASSROOTS', parentId: city }] });
    const ms = Date.now() - started;
    expect(res.body.outcome).toMatchObject({ casesMoved: 1000, membersMoved: 1000 });
    expect(ms).toBeLessThan(30_000);
    process.stdout.write(`thousand-case merger: ${ms} ms\n`);
  });

  describe('bad input', () => {
    let a: string, b: string, fresh: string, outside: string;

    beforeAll(async () => {
      a = (await unit('BI-A', 'Đảng ủy phường Một', 'GRASSROOTS', city)).id;
      b = (await unit('BI-B', 'Đảng ủy phường Hai', 'GRASSROOTS', city)).id;
      fresh = (await unit('BI-F', 'Đảng ủy phường Mới lập', 'GRASSROOTS', city, today)).id;
      outside = (await unit('BI-O', 'Tỉnh ủy khác', 'PROVINCIAL')).id;
    });

    const merge = (over: Record<string, unknown> = {}) => ({
      kind: 'MERGE', units: [a, b], newUnits: [{ key: 'n', code: 'BI-AB', name: 'Đảng ủy phường Một Hai', level: 'GRASSROOTS', parentId: city }], ...over,
    });

    it.each([
      ['a unit that does not exist', () => merge({ units: [a, '00000000-0000-4000-8000-000000000999'] }), 'UNIT_NOT_FOUND'],
      ['a unit not yet active on the effective date', () => merge({ units: [a, fresh], effectiveDate: yesterday, decision: { ...decision, date: yesterday } }), 'UNIT_NOT_ACTIVE'],
      ['a successor outside the deciding body', () => ({ kind: 'ABSORB', units: [a], intoUnitId: outside }), 'OUTSIDE_SCOPE'],
      ['an effective date before the decision', () => merge({ effectiveDate: yesterday }), 'EFFECTIVE_BEFORE_DECISION'],
      ['an effective date in the future', () => merge({ effectiveDate: addMonths(today, 1) }), 'EFFECTIVE_IN_FUTURE'],
      ['a new unit with a code already used', () => merge({ newUnits: [{ key: 'n', code: 'BI-A', name: 'Trùng mã', level: 'GRASSROOTS', parentId: city }] }), 'CODE_TAKEN'],
      ['an unknown role', () => merge({ roles: [{ userId: admin.id, to: { newUnit: 'n' }, role: 'KING' }] }), 'ROLE_UNKNOWN'],
    ])('refuses %s with a Vietnamese reason and changes nothing', async (_what, plan, code) => {
      const before = await counts();
      const res = await direct(plan());
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'ORG_CHANGE_REFUSED' });
      expect(res.body.details.problems.map((p: { code: string }) => p.code)).toContain(code);
      expect(res.body.message).toMatch(/[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
      expect(await counts()).toEqual(before);
    });

    it('refuses a malformed plan (400), a short reason (400) and a caller who is not ADMIN on the decider (403)', async () => {
      const before = await counts();
      expect((await direct({ kind: 'EXPLODE', units: [a] })).body.code).toBe('VALIDATION_FAILED');
      expect((await direct(merge(), { reason: 'ngắn' })).status).toBe(400);
      const notAdmin = await direct(merge(), {}, secretary.token);
      expect({ status: notAdmin.status, code: notAdmin.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      expect(await counts()).toEqual(before);
    });
  });
});
