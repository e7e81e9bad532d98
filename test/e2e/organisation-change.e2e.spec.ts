// Organisation changes end to end over HTTP with the worker running (issue 15, "Done when"): two wards full of open
// cases of every procedure (a deadline running, a pending ballot, a child inspection, a protected reporter) merge
// into a new commune-level unit through the procedure `to-chuc-dang` (dossier, appraisal, decision with the plan,
// announcement); the effective date's term fires through the worker and the change is applied exactly once. The
// next morning every case is the successor's: reachable by its people and no longer by the old ward's, its reminders
// go to them, its ballot roster is their body, its timeline verifies and shows the transfer; the wards read as
// history; the statistics of the quarter before, as they were, do not change. A split (administrator's direct apply)
// and a dissolution (the procedure again) follow, with the refusals that change nothing.
//
// Time: the decision and the effective date are today, so the EFFECTIVE term (due at the end of yesterday) is due
// as soon as it is scheduled; the test stops the worker's periodic arming pass and runs that pass itself
// (ArmDeadlinesJob.reconcile) when the effective date is meant to come, as the admission test does. A reminder is
// fired the way the deadline-reminders spec does: its planned firing moved into a minute of the test's own, and that
// minute's bucket handled.
import { jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { addCalendarDays } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import { VIETNAMESE } from '../support/case-client';
import {
  allCases, createUnit, logInAgain, newPerson, openCasesOfEveryProcedure, quarterBefore, REPORTER_SECRETS, staffUnit, vietnamToday, ago,
  type OpenCase, type Person, type UnitCases, type UnitStaff,
} from '../support/org-fixtures';
import { createTestApp, registration, type TestApp } from '../support/test-app';

const WAIT_MS = 30_000;
const SINCE = '2025-07-01';

async function waitFor<T>(what: () => string, probe: () => Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('organisation changes end to end: a merger through the procedure, a split and a dissolution', () => {
  let t: TestApp;
  const today = vietnamToday();
  const yesterday = addCalendarDays(today, -1);
  const quarter = quarterBefore(today);
  let city: { id: string };
  let wardA: { id: string };
  let wardB: { id: string };
  let cityStaff: UnitStaff & { auditor: Person; admin: Person };
  let staffA: UnitStaff;
  let staffB: UnitStaff;
  /** The people the decision designates to the new unit; `wardSecretary` is ward A's secretary, designated again. */
  let designated: Record<'secretary' | 'standing' | 'office' | 'taskForce' | 'inspection' | 'custodian', Person>;
  let casesA: UnitCases;
  let casesB: UnitCases;
  let orgCase: { id: string; version: number };
  let successor: string;
  let memberA: string;

  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });
  const get = (p: Person, path: string) => t.http.get(path).set(auth(p));
  async function step(p: Person, ref: { id: string; version: number }, type: string, payload: Record<string, unknown>) {
    const res = await t.http.post(`/cases/${ref.id}/events`).set(auth(p)).send({ type, expectedVersion: ref.version, payload });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200, body: { event: { type } } });
    ref.version = res.body.case.version;
    return res.body;
  }
  const doc = (formCode: string, documentDate: string) => ({
    formCode, documentDate, author: 'Ban Tổ chức Thành ủy', fileName: `${formCode}.pdf`, mediaType: 'application/pdf',
    contentBase64: Buffer.from(`%PDF-1.4\n% ${formCode}\n%%EOF`).toString('base64'),
  });
  const statsQuery = (view: string) => `?from=${quarter.from}&to=${quarter.to}&view=${view}`;
  const stats = async (procedureId: string, view = 'AS_THEY_WERE') => {
    const res = await get(cityStaff.secretary, `/statistics/${procedureId}${statsQuery(view)}`);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body;
  };
  const unitOf = async (caseId: string) => (await t.dataSource.query(`SELECT org_unit_id FROM "case" WHERE id = $1`, [caseId]))[0].org_unit_id as string;
  const treeHas = async (asOf: string, ids: string[]) => {
    const res = await get(cityStaff.secretary, `/organisations/tree?asOf=${asOf}`);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    const text = JSON.stringify(res.body);
    return Object.fromEntries(ids.map((id) => [id, text.includes(id)]));
  };
  /** Everybody of the test, logged in again the morning after a change (a change of roles ends sessions). */
  const nextMorning = async (...more: UnitStaff[]) =>
    logInAgain(t, [...new Set([...Object.values(cityStaff), ...Object.values(staffA), ...Object.values(staffB), ...Object.values(designated), ...more.flatMap((s) => Object.values(s))])]);
  const orgChanges = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM org_change`))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp({ worker: true, config: { DEADLINE_ARM_EVERY_MS: 600_000 } });
    // The periodic arming pass is the test's own from here on (see the note at the top).
    await (await t.app.get(QueueBackend).queue(QueueName.DEADLINES)).removeJobScheduler(jobId('arm', 'deadlines'));
    city = await createUnit(t, 'TP', 'Thành ủy', 'PROVINCIAL', undefined, SINCE);
    wardA = await createUnit(t, 'P-A', 'Đảng ủy phường A', 'UPPER_GRASSROOTS', city.id, SINCE);
    wardB = await createUnit(t, 'P-B', 'Đảng ủy phường B', 'UPPER_GRASSROOTS', city.id, SINCE);
    cityStaff = {
      ...(await staffUnit(t, city.id, 'tp')),
      auditor: await newPerson(t, 'tp-auditor', city.id, [Role.AUDITOR]),
      admin: await newPerson(t, 'tp-admin', city.id, [Role.ADMIN]),
    };
    staffA = await staffUnit(t, wardA.id, 'pa');
    staffB = await staffUnit(t, wardB.id, 'pb');
    designated = {
      secretary: await newPerson(t, 'moi-bithu', city.id, []),
      standing: staffA.secretary,
      office: await newPerson(t, 'moi-vanphong', city.id, []),
      taskForce: await newPerson(t, 'moi-totc', city.id, []),
      inspection: await newPerson(t, 'moi-ubkt', city.id, []),
      custodian: await newPerson(t, 'moi-baomat', city.id, []),
    };
    casesA = await openCasesOfEveryProcedure(t, wardA.id, staffA, 'phường A', quarter);
    // A full member of ward A since 2010 (records as the people library keeps them).
    [{ id: memberA }] = await t.dataSource.query(
      `WITH p AS (INSERT INTO person (id, full_name, date_of_birth, org_unit_id, status, party_age_from, created_by)
                  VALUES (gen_random_uuid(), 'Đảng viên Nguyễn Văn Lâu', '1975-03-02', $1, 'FULL', '2010-05-19', $2) RETURNING id)
       INSERT INTO person_membership (person_id, status, on_date, party_age_from) SELECT id, 'FULL', '2010-05-19', '2010-05-19' FROM p RETURNING person_id AS id`,
      [wardA.id, staffA.secretary.id],
    );
    casesB = await openCasesOfEveryProcedure(t, wardB.id, staffB, 'phường B', quarter);
  });
  afterAll(() => t?.close());

  describe('merger of wards A and B into a new ward through the procedure', () => {
    const every = () => [...allCases(casesA), ...allCases(casesB)];
    let statsBefore: Record<string, unknown>;
    let duesBefore: Record<string, (string | null)[]>;
    const dues = async (c: OpenCase, who: Person) => ((await get(who, `/cases/${c.id}`).expect(200)).body.deadlines as { dueAt: string | null; status: string }[])
      .filter((d) => d.status === 'PENDING').map((d) => d.dueAt);

    it('before: each ward sees its own cases; the quarter’s statistics are recorded as they were', async () => {
      for (const c of allCases(casesA)) {
        expect({ what: c.what, status: (await get(staffA.secretary, `/cases/${c.id}`)).status }).toEqual({ what: c.what, status: 200 });
        expect({ what: c.what, status: (await get(staffB.secretary, `/cases/${c.id}`)).status }).toEqual({ what: c.what, status: 404 });
      }
      statsBefore = { '1374': await stats('quy-dinh-1374'), 'to-cao': await stats('to-cao') };
      // The voter items and the protected denunciations were received in the quarter, one per ward.
      expect((statsBefore['1374'] as { received: { total: number } }).received.total).toBe(2);
      duesBefore = {};
      for (const c of [casesA.pendingDeadline, casesA.denunciationDue, casesB.pendingDeadline]) duesBefore[c.id] = await dues(c, cityStaff.secretary);
      expect(duesBefore[casesA.pendingDeadline.id]).toEqual([expect.any(String)]);
    });

    it('is proposed, filed, appraised, decided with the plan and announced on the city', async () => {
      const created = await t.http.post('/cases').set(auth(cityStaff.office)).send({
        procedureId: 'to-chuc-dang',
        orgUnitId: city.id,
        input: {
          kind: 'MERGE',
          organisations: [
            { unitId: wardA.id, name: 'Đảng ủy phường A', level: 'UPPER_GRASSROOTS' },
            { unitId: wardB.id, name: 'Đảng ủy phường B', level: 'UPPER_GRASSROOTS' },
          ],
          reason: 'Sắp xếp đơn vị hành chính cấp xã: hợp nhất phường A và phường B.',
          proposedBy: { kind: 'ORGANISATION_COMMISSION', name: 'Ban Tổ chức Thành ủy' },
          proposedAt: ago(10),
        },
      });
      expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { case: { procedureId: 'to-chuc-dang', state: 'proposed' } } });
      orgCase = { id: created.body.case.id, version: created.body.case.version };
      for (const code of ['TO-TRINH', 'DE-AN']) {
        const up = await t.http.post(`/cases/${orgCase.id}/dossier`).set(auth(cityStaff.office)).send(doc(code, addCalendarDays(today, -6)));
        expect({ status: up.status, code: up.body.code }).toEqual({ status: 201, code: undefined });
      }
      await step(cityStaff.office, orgCase, 'SUBMIT_DOSSIER', { submittedOn: addCalendarDays(today, -5), summary: 'Tờ trình, đề án, danh sách đảng viên, phương án bàn giao.' });
      await step(cityStaff.office, orgCase, 'APPRAISE', { opinion: 'AGREE', appraisedOn: addCalendarDays(today, -3), notes: 'Ban Tổ chức thẩm định: đủ điều kiện hợp nhất.' });
      const plan = {
        kind: 'MERGE',
        effectiveDate: today,
        units: [wardA.id, wardB.id],
        newUnits: [{ key: 'moi', code: 'P-AB', name: 'Đảng ủy phường An Bình', level: 'UPPER_GRASSROOTS', parentId: city.id }],
        roles: [
          ...([['secretary', Role.SECRETARY], ['standing', Role.STANDING_COMMITTEE_MEMBER], ['office', Role.COMMITTEE_OFFICE], ['taskForce', Role.TASK_FORCE_OFFICER],
            ['inspection', Role.INSPECTION_COMMISSION_MEMBER], ['custodian', Role.IDENTITY_CUSTODIAN]] as const).map(([who, role]) => ({ userId: designated[who].id, to: { newUnit: 'moi' }, role })),
        ],
      };
      const decided = await step(cityStaff.secretary, orgCase, 'DECIDE', {
        decisionNumber: '125-QĐ/TU', decisionDate: today, decidingBody: { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' }, plan,
      });
      expect(decided.case.state).toBe('decided');
      const up = await t.http.post(`/cases/${orgCase.id}/dossier`).set(auth(cityStaff.office)).send(doc('QD-TO-CHUC', today));
      expect({ status: up.status, code: up.body.code }).toEqual({ status: 201, code: undefined });
      const announced = await step(cityStaff.office, orgCase, 'ANNOUNCE', { announcedOn: today });
      expect(announced.case.state).toBe('awaitingEffectiveDate');
      // Announced, not yet in effect: nothing has moved.
      expect(await orgChanges()).toBe(0);
      for (const c of allCases(casesA)) expect(await unitOf(c.id)).toBe(wardA.id);
    });

    it('takes effect when the effective date’s term fires through the worker, exactly once', async () => {
      await t.app.get(ArmDeadlinesJob).reconcile();
      const inEffect = await waitFor(() => 'the organisation case in effect', async () => {
        const body = (await get(cityStaff.secretary, `/cases/${orgCase.id}`)).body;
        return body.state === 'inEffect' ? body : undefined;
      });
      orgCase.version = inEffect.version;
      const [change] = await t.dataSource.query(`SELECT id, kind, case_id, outcome FROM org_change`);
      expect(change).toMatchObject({ kind: 'MERGE', case_id: orgCase.id });
      successor = (change.outcome.unitsFounded as { key: string; id: string }[]).find((u) => u.key === 'moi')!.id;
      expect(change.outcome).toMatchObject({ unitsEnded: expect.arrayContaining([wardA.id, wardB.id]), casesMoved: every().length });

      // A second pass and a duplicate delivery change nothing.
      await t.app.get(ArmDeadlinesJob).reconcile();
      await new Promise((r) => setTimeout(r, 1500));
      expect(await orgChanges()).toBe(1);
      const transfers: { case_id: string; n: number }[] = await t.dataSource.query(
        `SELECT case_id, count(*)::int AS n FROM case_event WHERE type = 'ORG_TRANSFERRED' GROUP BY case_id`,
      );
      expect(transfers.length).toBe(every().length);
      expect(transfers.every((r) => r.n === 1)).toBe(true);
      const timeline = (await get(cityStaff.secretary, `/cases/${orgCase.id}/timeline?pageSize=100`).expect(200)).body.items as { type: string; payload: { key?: string } }[];
      expect(timeline.filter((e) => e.type === 'DEADLINE_MISSED' && e.payload.key === 'EFFECTIVE')).toHaveLength(1);
    });

    it('the next morning every case is the new ward’s: its people reach it, a ward person without a new role does not', async () => {
      await nextMorning();
      for (const c of every()) {
        expect({ what: c.what, unit: await unitOf(c.id) }).toEqual({ what: c.what, unit: successor });
        const seen = await get(designated.secretary, `/cases/${c.id}`);
        expect({ what: c.what, status: seen.status, orgUnitId: seen.body.orgUnitId, state: seen.body.state }).toEqual({ what: c.what, status: 200, orgUnitId: successor, state: c.state });
        // Ward B's task force got no role in the new ward: the case does not exist for them any more.
        expect({ what: c.what, status: (await get(staffB.taskForce, `/cases/${c.id}`)).status }).toEqual({ what: c.what, status: 404 });
        // Ward A's secretary, designated to the new ward's standing committee, still reaches it.
        expect({ what: c.what, status: (await get(staffA.secretary, `/cases/${c.id}`)).status }).toEqual({ what: c.what, status: 200 });
      }
      // The new ward's people act on them (a case outside the quarter's statistics): its standing committee decides
      // ward B's inspection; ward B's inspection commission, whose role ended, may not act on it.
      const child = { id: casesB.inspectionChild.id, version: (await get(designated.standing, `/cases/${casesB.inspectionChild.id}`)).body.version };
      const old = await t.http.post(`/cases/${child.id}/events`).set(auth(staffB.inspection))
        .send({ type: 'DECIDE', expectedVersion: child.version, payload: { decisionRef: '15-QĐ/UBKT', planSummary: 'Kiểm tra dấu hiệu vi phạm', team: 'Đoàn kiểm tra số 1' } });
      expect(old.status).toBe(404);
      await step(designated.standing, child, 'DECIDE', { decisionRef: '15-QĐ/UBKT', planSummary: 'Kiểm tra dấu hiệu vi phạm', team: 'Đoàn kiểm tra số 1' });
    });

    it('keeps each pending deadline’s due date, and its reminder goes to the new ward’s people', async () => {
      for (const [id, before] of Object.entries(duesBefore)) {
        const c = every().find((x) => x.id === id)!;
        expect({ what: c.what, dues: await dues(c, designated.secretary) }).toEqual({ what: c.what, dues: before });
      }
      const [d] = await t.dataSource.query(`SELECT id FROM deadline WHERE case_id = $1 AND key = 'explanation' AND status = 'PENDING'`, [casesA.pendingDeadline.id]);
      await t.app.get(ArmDeadlinesJob).reconcile();
      const minute = 90_000_000 + Math.floor(Math.random() * 1_000_000);
      const [, moved] = (await t.dataSource.query(`UPDATE deadline_firing SET bucket = $2 WHERE deadline_id = $1 AND kind = 'REMIND_3WD'`, [d.id, minute])) as [unknown, number];
      expect(moved).toBe(1);
      expect(await t.app.get(FireBucketJob).handle({ minute })).toEqual({ fired: 1, skipped: 0 });
      const told = new Set(
        ((await t.dataSource.query(`SELECT user_id FROM notification WHERE case_id = $1 AND kind = 'REMIND_3WD'`, [casesA.pendingDeadline.id])) as { user_id: string }[]).map((r) => r.user_id),
      );
      // The new ward's task force and office (and the city's above it); not ward A's, whose roles ended.
      expect([...told].sort()).toEqual([designated.office.id, designated.taskForce.id, cityStaff.office.id, cityStaff.taskForce.id].sort());
    });

    it('puts the pending ballot before the new ward’s body', async () => {
      for (const c of [casesA.discipline, casesB.discipline]) {
        const roster = (await get(designated.secretary, `/cases/${c.id}/ballot-roster`).expect(200)).body;
        expect(roster.bodyUnitId).toBe(successor);
        expect(roster.voters.map((v: { id: string }) => v.id).sort()).toEqual([designated.secretary.id, designated.standing.id].sort());
        expect((await get(designated.secretary, `/cases/${c.id}`)).body.state).toBe('proceedings.meeting');
      }
    });

    it('every timeline verifies and shows the transfer citing the decision', async () => {
      for (const c of [...every(), { id: orgCase.id, what: 'hồ sơ tổ chức đảng' } as OpenCase]) {
        const v = await get(cityStaff.auditor, `/cases/${c.id}/timeline/verify`);
        expect({ what: c.what, status: v.status, ok: v.body.ok }).toEqual({ what: c.what, status: 200, ok: true });
      }
      for (const c of every()) {
        const items = (await get(designated.secretary, `/cases/${c.id}/timeline?pageSize=100`).expect(200)).body.items as { type: string; label: string; payload: unknown }[];
        const transfer = items.filter((e) => e.type === 'ORG_TRANSFERRED');
        expect({ what: c.what, n: transfer.length }).toEqual({ what: c.what, n: 1 });
        expect(transfer[0].label).toMatch(VIETNAMESE);
        expect(JSON.stringify(transfer[0].payload)).toContain('125-QĐ/TU');
      }
    });

    it('reads the wards as history: the tree as of yesterday and today, their history, no new case on them', async () => {
      expect(await treeHas(yesterday, [wardA.id, wardB.id, successor])).toEqual({ [wardA.id]: true, [wardB.id]: true, [successor]: false });
      expect(await treeHas(today, [wardA.id, wardB.id, successor])).toEqual({ [wardA.id]: false, [wardB.id]: false, [successor]: true });
      const history = await get(cityStaff.secretary, `/organisations/units/${wardA.id}/history`);
      expect(history.status).toBe(200);
      expect(JSON.stringify(history.body)).toContain(successor);
      const refused = await t.http.post('/cases').set(auth(cityStaff.taskForce)).send({ procedureId: 'quy-dinh-1374', orgUnitId: wardA.id, input: registration() });
      expect({ status: refused.status, code: refused.body.code, validTo: refused.body.details?.validTo }).toEqual({ status: 409, code: 'UNIT_ENDED', validTo: today });
      expect(refused.body.message).toMatch(VIETNAMESE);
      const onNew = await t.http.post('/cases').set(auth(designated.taskForce)).send({ procedureId: 'quy-dinh-1374', orgUnitId: successor, input: registration() });
      expect(onNew.status).toBe(201);
    });

    it('gives the same quarterly statistics as they were, and rolls them up to the new ward on request', async () => {
      expect({ '1374': await stats('quy-dinh-1374'), 'to-cao': await stats('to-cao') }).toEqual(statsBefore);
      const current = await stats('to-cao', 'CURRENT_UNITS');
      expect(JSON.stringify(current.byUnit ?? current)).toContain(successor);
      expect(JSON.stringify((statsBefore['to-cao'] as { byUnit?: unknown }).byUnit ?? statsBefore['to-cao'])).toContain(wardA.id);
    });

    it('keeps the reporter protected: masked for all, revealed only by the new ward’s custodian', async () => {
      const c = casesA.denunciation;
      const seen = (await get(designated.secretary, `/cases/${c.id}`).expect(200)).body;
      expect(seen.reporter).toMatchObject({ given: true, protected: true, purged: false, mayReveal: false });
      for (const s of REPORTER_SECRETS) expect(JSON.stringify(seen)).not.toContain(s);
      const reveal = (p: Person) => t.http.post(`/cases/${c.id}/reporter/reveal`).set(auth(p)).send({ reason: 'Cần liên hệ người tố cáo để xác minh bổ sung' });
      expect((await reveal(designated.secretary)).status).toBe(403);
      expect((await reveal(staffA.custodian)).status).toBe(404);
      const ok = await reveal(designated.custodian);
      expect({ status: ok.status, name: ok.body.name }).toEqual({ status: 200, name: 'Trần Thị Tố Giác' });
    });

    it('moves a full member with party age and membership history intact', async () => {
      const [row] = await t.dataSource.query(`SELECT org_unit_id, party_age_from::text AS party_age_from FROM person WHERE id = $1`, [memberA]);
      expect(row).toEqual({ org_unit_id: successor, party_age_from: '2010-05-19' });
      const history = await t.dataSource.query(`SELECT status, on_date::text AS on_date FROM person_membership WHERE person_id = $1`, [memberA]);
      expect(history).toEqual([{ status: 'FULL', on_date: '2010-05-19' }]);
      const [moved] = await t.dataSource.query(`SELECT from_unit_id, to_unit_id, on_date::text AS on_date FROM person_transfer WHERE person_id = $1`, [memberA]);
      expect(moved).toEqual({ from_unit_id: wardA.id, to_unit_id: successor, on_date: today });
      const res = await get(designated.secretary, `/people/${memberA}`);
      expect({ status: res.status, orgUnitId: res.body.orgUnitId }).toEqual({ status: 200, orgUnitId: successor });
    });

    it('lets the new ward read the applicant of the admission case it now holds', async () => {
      // The admission case moved with the merger; its applicant (not yet a member) must be readable by those who
      // now run the case.
      expect((await get(designated.secretary, `/cases/${casesA.admission.id}`)).status).toBe(200);
      const res = await get(designated.secretary, `/people/${casesA.admission.personId}`);
      expect(res.status).toBe(200);
    });
  });

  describe('a split by the administrator’s direct apply', () => {
    let wardC: { id: string };
    let staffC: UnitStaff;
    let casesC: UnitCases;
    const direct = (body: Record<string, unknown>) => t.http.post('/organisations/changes').set(auth(cityStaff.admin)).send(body);
    const splitPlan = (caseSuccessors: { caseId: string; to: { newUnit: string } }[]) => ({
      kind: 'SPLIT',
      effectiveDate: today,
      decision: { number: '130-QĐ/TU', date: today, body: 'Ban Thường vụ Thành ủy' },
      units: [wardC.id],
      newUnits: [
        { key: 'c1', code: 'P-C1', name: 'Đảng ủy phường C1', level: 'UPPER_GRASSROOTS', parentId: city.id },
        { key: 'c2', code: 'P-C2', name: 'Đảng ủy phường C2', level: 'UPPER_GRASSROOTS', parentId: city.id },
      ],
      recordsTo: { newUnit: 'c1' },
      caseSuccessors,
    });

    beforeAll(async () => {
      wardC = await createUnit(t, 'P-C', 'Đảng ủy phường C', 'UPPER_GRASSROOTS', city.id, SINCE);
      staffC = await staffUnit(t, wardC.id, 'pc');
      casesC = await openCasesOfEveryProcedure(t, wardC.id, staffC, 'phường C', quarter);
    });
    const successors = () => allCases(casesC).map((c, i) => ({ caseId: c.id, to: { newUnit: i % 2 === 0 ? 'c1' : 'c2' } }));

    it('refuses a split that leaves an open case without a successor, and changes nothing', async () => {
      const before = await orgChanges();
      const res = await direct({ deciderUnitId: city.id, plan: splitPlan(successors().slice(1)), reason: 'Sửa dữ liệu: chia tách phường C theo quyết định 130-QĐ/TU' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'ORG_CHANGE_REFUSED' });
      expect(res.body.details.problems).toEqual([expect.objectContaining({ code: 'SPLIT_CASE_WITHOUT_SUCCESSOR', field: 'caseSuccessors' })]);
      // The case left out is named, in Vietnamese.
      expect(res.body.message).toMatch(VIETNAMESE);
      expect(res.body.message).toContain('Báo chí phản ánh cán bộ phường C');
      expect(await orgChanges()).toBe(before);
      for (const c of allCases(casesC)) expect(await unitOf(c.id)).toBe(wardC.id);
      expect(await treeHas(today, [wardC.id])).toEqual({ [wardC.id]: true });
    });

    it('refuses it without a reason (400) and from someone who is not an administrator (403)', async () => {
      const before = await orgChanges();
      const noReason = await direct({ deciderUnitId: city.id, plan: splitPlan(successors()) });
      expect({ status: noReason.status, fields: noReason.body.details?.fields?.map((f: { field: string }) => f.field) }).toEqual({ status: 400, fields: ['reason'] });
      const notAdmin = await t.http.post('/organisations/changes').set(auth(cityStaff.secretary))
        .send({ deciderUnitId: city.id, plan: splitPlan(successors()), reason: 'Sửa dữ liệu: chia tách phường C' });
      expect(notAdmin.status).toBe(403);
      expect(await orgChanges()).toBe(before);
    });

    it('previews with a dry run, then applies: each case in the unit the plan names, the tree as of yesterday unchanged', async () => {
      const body = { deciderUnitId: city.id, plan: splitPlan(successors()), reason: 'Sửa dữ liệu: chia tách phường C theo quyết định 130-QĐ/TU' };
      const before = await orgChanges();
      const dry = await direct({ ...body, dryRun: true });
      expect({ status: dry.status < 300, code: dry.body.code }).toEqual({ status: true, code: undefined });
      expect(JSON.stringify(dry.body)).toContain(`"casesMoved":${allCases(casesC).length}`);
      // A dry run writes nothing.
      expect(await orgChanges()).toBe(before);
      for (const c of allCases(casesC)) expect(await unitOf(c.id)).toBe(wardC.id);
      const res = await direct(body);
      expect([200, 201]).toContain(res.status);
      expect(await orgChanges()).toBe(before + 1);
      const [change] = await t.dataSource.query(`SELECT outcome FROM org_change WHERE kind = 'SPLIT'`);
      const ids = Object.fromEntries((change.outcome.unitsFounded as { key: string; id: string }[]).map((u) => [u.key, u.id]));
      for (const [i, c] of allCases(casesC).entries()) {
        const to = ids[i % 2 === 0 ? 'c1' : 'c2'];
        expect({ what: c.what, unit: await unitOf(c.id) }).toEqual({ what: c.what, unit: to });
        const v = await get(cityStaff.auditor, `/cases/${c.id}/timeline/verify`);
        expect({ what: c.what, ok: v.body.ok }).toEqual({ what: c.what, ok: true });
      }
      expect(await treeHas(yesterday, [wardC.id, ids.c1, ids.c2])).toEqual({ [wardC.id]: true, [ids.c1]: false, [ids.c2]: false });
      expect(await treeHas(today, [wardC.id, ids.c1, ids.c2])).toEqual({ [wardC.id]: false, [ids.c1]: true, [ids.c2]: true });
      await nextMorning(staffC);
      // Ward C's people lost the cases with their unit.
      expect((await get(staffC.secretary, `/cases/${casesC.voterItem.id}`)).status).toBe(404);
    });
  });

  describe('a dissolution through the procedure', () => {
    let wardD: { id: string };
    let staffD: UnitStaff;
    let casesD: UnitCases;
    let ref: { id: string; version: number };

    beforeAll(async () => {
      wardD = await createUnit(t, 'P-D', 'Đảng ủy phường D', 'UPPER_GRASSROOTS', city.id, SINCE);
      staffD = await staffUnit(t, wardD.id, 'pd');
      casesD = await openCasesOfEveryProcedure(t, wardD.id, staffD, 'phường D', quarter);
    });

    it('refuses a decision whose effective date is before the decision, then dissolves ward D into the city', async () => {
      const created = await t.http.post('/cases').set(auth(cityStaff.office)).send({
        procedureId: 'to-chuc-dang', orgUnitId: city.id,
        input: {
          kind: 'DISSOLVE', organisations: [{ unitId: wardD.id, name: 'Đảng ủy phường D', level: 'UPPER_GRASSROOTS' }],
          reason: 'Giải thể do không còn đơn vị hành chính tương ứng.', proposedBy: { kind: 'PARTY_COMMITTEE' }, proposedAt: ago(8),
        },
      });
      expect(created.status).toBe(201);
      ref = { id: created.body.case.id, version: created.body.case.version };
      await step(cityStaff.office, ref, 'SUBMIT_DOSSIER', { submittedOn: addCalendarDays(today, -4), summary: 'Tờ trình giải thể.' });
      await step(cityStaff.office, ref, 'APPRAISE', { opinion: 'AGREE', appraisedOn: addCalendarDays(today, -2), notes: 'Đủ điều kiện giải thể.' });
      const plan = (effectiveDate: string) => ({ kind: 'DISSOLVE', effectiveDate, units: [wardD.id], newUnits: [], recordsTo: { unitId: city.id } });
      const decide = (effectiveDate: string) => t.http.post(`/cases/${ref.id}/events`).set(auth(cityStaff.secretary)).send({
        type: 'DECIDE', expectedVersion: ref.version,
        payload: { decisionNumber: '140-QĐ/TU', decisionDate: today, decidingBody: { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' }, plan: plan(effectiveDate) },
      });
      const early = await decide(yesterday);
      expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'TRANSITION_REFUSED' });
      expect(early.body.message).toContain('Ngày có hiệu lực');
      expect((await get(cityStaff.secretary, `/cases/${ref.id}`)).body.version).toBe(ref.version);
      const ok = await decide(today);
      expect(ok.status).toBe(200);
      ref.version = ok.body.case.version;
      await step(cityStaff.office, ref, 'ANNOUNCE', { announcedOn: today });
      await t.app.get(ArmDeadlinesJob).reconcile();
      await waitFor(() => 'the dissolution in effect', async () => (await get(cityStaff.secretary, `/cases/${ref.id}`)).body.state === 'inEffect');
      await nextMorning(staffD);
      for (const c of allCases(casesD)) {
        expect({ what: c.what, unit: await unitOf(c.id) }).toEqual({ what: c.what, unit: city.id });
        expect({ what: c.what, status: (await get(staffD.secretary, `/cases/${c.id}`)).status }).toEqual({ what: c.what, status: 404 });
        const v = await get(cityStaff.auditor, `/cases/${c.id}/timeline/verify`);
        expect({ what: c.what, ok: v.body.ok }).toEqual({ what: c.what, ok: true });
      }
      expect(await treeHas(yesterday, [wardD.id])).toEqual({ [wardD.id]: true });
      expect(await treeHas(today, [wardD.id])).toEqual({ [wardD.id]: false });
      // The city's ballot now sits with the city's body.
      const roster = (await get(cityStaff.secretary, `/cases/${casesD.discipline.id}/ballot-roster`).expect(200)).body;
      expect(roster.bodyUnitId).toBe(city.id);
    });

    it('refuses a merger into a dissolved unit, and changes nothing', async () => {
      const before = await orgChanges();
      const res = await t.http.post('/organisations/changes').set(auth(cityStaff.admin)).send({
        deciderUnitId: city.id, reason: 'Sửa dữ liệu: sáp nhập vào phường D',
        plan: { kind: 'ABSORB', effectiveDate: today, decision: { number: '150-QĐ/TU', date: today, body: 'Ban Thường vụ Thành ủy' }, units: [successor], newUnits: [], intoUnitId: wardD.id },
      });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'ORG_CHANGE_REFUSED' });
      expect(res.body.message).toMatch(VIETNAMESE);
      expect(await orgChanges()).toBe(before);
      expect(await treeHas(today, [successor])).toEqual({ [successor]: true });
    });
  });
});
