// Open cases carried to a successor unit by an organisation change (issue 15), through CaseTransferService on the
// real PostgreSQL: one ORG_TRANSFERRED timeline event per case that verifies, the successor's people acting on the
// case the next moment, an assignment moved, all or nothing when a case was written meanwhile, and no new case on a
// unit that has ended.
import { randomUUID } from 'node:crypto';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { CaseTransferService } from '@hoso/cases/services/case-transfer.service';
import type { CaseMove, TransferBasis } from '@hoso/cases/services/case-transfer.types';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';
import { realDatabaseUrl } from '../support/test-env';

// A race that needs two transactions open at once runs on the real server only: PGlite serialises transactions.
const itOnRealPostgres = realDatabaseUrl() ? it : it.skip;

const CLASSIFY = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };

describe('carrying open cases to a successor unit (CaseTransferService)', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let successor: { id: string };
  let transfers: CaseTransferService;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    successor = await t.app.get(OrgDirectoryService).createUnit({ code: 'DU-C', name: 'Đảng ủy phường C', level: 'GRASSROOTS', parentId: org.city.id });
    const tokens: Record<string, string> = { ...org.tokens };
    tokens.wardC = (await addPerson(t, 'phuong-c', successor.id, [Role.SECRETARY, Role.TASK_FORCE_OFFICER])).token;
    c = caseClient(t, tokens);
    transfers = t.app.get(CaseTransferService);
  });
  afterAll(() => t?.close());

  const basis = (over: Partial<TransferBasis> = {}): TransferBasis => ({
    changeId: randomUUID(),
    kind: 'MERGE',
    decision: { number: '125-QĐ/TU', date: '2026-11-20', body: 'Ban Thường vụ Thành ủy' },
    effectiveDate: '2026-12-01',
    actorId: org.userIds.secretary,
    at: new Date('2026-11-30T17:00:00.000Z'),
    ...over,
  });
  const transfer = (moves: CaseMove[], b: TransferBasis) => t.dataSource.transaction((m) => transfers.transfer(m, moves, b));
  const row = async (id: string) =>
    (await t.dataSource.query(`SELECT org_unit_id, assigned_unit_id, version, state, chain_head FROM "case" WHERE id = $1`, [id]))[0];
  const transferRows = (changeId: string) =>
    t.dataSource.query(
      `SELECT case_id, field, from_unit_id, to_unit_id, at, event_seq FROM case_unit_transfer WHERE change_id = $1 ORDER BY case_id, field`,
      [changeId],
    );
  const timeline = async (ref: CaseRef, who = 'secretary') => (await t.http.get(`/cases/${ref.id}/timeline`).set(c.as(who)).expect(200)).body;
  const verified = async (ref: CaseRef) => {
    const res = await t.http.get(`/cases/${ref.id}/timeline/verify`).set(c.as('secretary'));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body as { ok: boolean; intact: boolean; headMatches: boolean; eventsChecked: number };
  };

  it('moves the open cases of a unit to its successor, each with one timeline event that verifies', async () => {
    const a1 = await c.create('wardA', org.wardA.id, registration({ title: 'Vụ việc thứ nhất của phường A' }));
    const a2 = await c.create('wardA', org.wardA.id, registration({ title: 'Vụ việc thứ hai của phường A' }));
    const b1 = await c.create('wardB', org.wardB.id, registration({ title: 'Vụ việc của phường B' }));
    const open = await t.dataSource.transaction((m) => transfers.openCasesOf(m, [org.wardA.id]));
    expect(open.map((o) => o.id)).toEqual([a1.id, a2.id]);
    expect(open[0]).toMatchObject({ procedureId: 'quy-dinh-1374', orgUnitId: org.wardA.id, assignedUnitId: null, version: 1 });
    // Before: ward A's people see their case, the successor's do not.
    expect((await t.http.get(`/cases/${a1.id}`).set(c.as('wardC'))).status).toBe(404);

    const b = basis();
    expect(await transfer(open.map((o) => ({ caseId: o.id, orgUnitId: successor.id })), b)).toBe(2);

    for (const ref of [a1, a2]) {
      expect(await row(ref.id)).toMatchObject({ org_unit_id: successor.id, assigned_unit_id: null, version: 2 });
      const items = (await timeline(ref)).items as { seq: number; type: string; label: string; fromState: string; toState: string; payload: unknown; actorId: string; occurredAt: string }[];
      expect(items.map((e) => e.type)).toEqual(['CREATE', 'ORG_TRANSFERRED']);
      expect(items[1]).toMatchObject({
        seq: 2, label: 'Chuyển sang tổ chức kế tục', fromState: items[0].toState, toState: items[0].toState,
        actorId: org.userIds.secretary, occurredAt: '2026-11-30T17:00:00.000Z',
        payload: {
          changeId: b.changeId, kind: 'MERGE', effectiveDate: '2026-12-01', decision: b.decision,
          orgUnit: { from: org.wardA.id, to: successor.id },
        },
      });
      expect(items[1].payload).not.toHaveProperty('assignedUnit');
      expect(await verified(ref)).toMatchObject({ ok: true, intact: true, headMatches: true, eventsChecked: 2 });
      ref.version = 2;
    }
    expect(await transferRows(b.changeId)).toEqual(
      [a1, a2]
        .map((r) => ({ case_id: r.id, field: 'ORG_UNIT', from_unit_id: org.wardA.id, to_unit_id: successor.id, at: b.at, event_seq: 2 }))
        .sort((x, y) => (x.case_id < y.case_id ? -1 : 1)),
    );
    // The other ward's case is untouched.
    expect(await row(b1.id)).toMatchObject({ org_unit_id: org.wardB.id, version: 1 });

    // Now the successor's people see and work the case; the old ward's no longer see it. The chain goes on.
    expect((await t.http.get(`/cases/${a1.id}`).set(c.as('wardA'))).status).toBe(404);
    await c.send('wardC', a1, 'START_SCREENING');
    expect(await verified(a1)).toMatchObject({ ok: true, eventsChecked: 3 });
    // Ward A has no open case left.
    expect(await t.dataSource.transaction((m) => transfers.openCasesOf(m, [org.wardA.id]))).toEqual([]);
  });

  it('moves the assignment of a case assigned to a unit that ends, and the successor answers for it', async () => {
    const ref = await c.create('taskForce', org.city.id, registration({ title: 'Giao phường B giải quyết' }));
    await c.send('taskForce', ref, 'START_SCREENING');
    await c.send('taskForce', ref, 'CLASSIFY', CLASSIFY);
    await c.send('secretary', ref, 'ASSIGN_TO_UNIT', { unitId: org.wardB.id, instructions: 'Báo cáo trong 15 ngày' });
    const open = await t.dataSource.transaction((m) => transfers.openCasesOf(m, [org.wardB.id]));
    expect(open.find((o) => o.id === ref.id)).toMatchObject({ orgUnitId: org.city.id, assignedUnitId: org.wardB.id, version: 4 });

    const b = basis({ kind: 'DISSOLVE', reason: undefined });
    expect(await transfer([{ caseId: ref.id, assignedUnitId: successor.id }], b)).toBe(1);
    ref.version = 5;
    expect(await row(ref.id)).toMatchObject({ org_unit_id: org.city.id, assigned_unit_id: successor.id, version: 5 });
    const items = (await timeline(ref)).items as { type: string; payload: Record<string, unknown> }[];
    expect(items[4]).toMatchObject({ type: 'ORG_TRANSFERRED', payload: { kind: 'DISSOLVE', assignedUnit: { from: org.wardB.id, to: successor.id } } });
    expect(items[4].payload).not.toHaveProperty('orgUnit');
    expect(await transferRows(b.changeId)).toEqual([
      { case_id: ref.id, field: 'ASSIGNED_UNIT', from_unit_id: org.wardB.id, to_unit_id: successor.id, at: b.at, event_seq: 5 },
    ]);

    // The old ward can no longer report on it; the successor does, and the case stays assigned to the successor.
    const old = await c.attempt('wardB', ref, 'RETURN_TO_TASK_FORCE', { handlingReport: { summary: 'Phường B báo cáo.' } });
    expect(old.status).not.toBe(200);
    await c.send('wardC', ref, 'RETURN_TO_TASK_FORCE', { handlingReport: { summary: 'Phường C đã xử lý và báo cáo.' } });
    expect(await row(ref.id)).toMatchObject({ assigned_unit_id: successor.id, version: 6 });
    expect(await verified(ref)).toMatchObject({ ok: true, eventsChecked: 6 });
  });

  it('skips a move that changes nothing and gives no assignment to a case that has none', async () => {
    const ref = await c.create('wardB', org.wardB.id, registration({ title: 'Không có gì để chuyển' }));
    const before = await row(ref.id);
    const b = basis();
    expect(await transfer([{ caseId: ref.id, orgUnitId: org.wardB.id }, { caseId: ref.id, assignedUnitId: successor.id }], b)).toBe(0);
    expect(await transfer([], b)).toBe(0);
    expect(await row(ref.id)).toEqual(before);
    expect(await transferRows(b.changeId)).toEqual([]);
    expect((await timeline(ref)).items).toHaveLength(1);
  });

  itOnRealPostgres('moves nothing when one of the cases was written meanwhile (VERSION_CONFLICT), and the step written meanwhile stands', async () => {
    const x1 = await c.create('wardA', org.wardA.id, registration({ title: 'Cùng đợt, không bị ghi đồng thời' }));
    const x2 = await c.create('wardA', org.wardA.id, registration({ title: 'Cùng đợt, có bước ghi đồng thời' }));
    const waiting = async (n: number) => {
      for (let i = 0; i < 200; i++) {
        const [{ count }] = await t.dataSource.query(
          `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (count >= n) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`never saw ${n} waiting`);
    };
    // Hold x2 so that a step on it and then the transfer queue behind the lock, in that order.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM "case" WHERE id = $1 FOR UPDATE`, [x2.id]);
    const step = c.attempt('wardA', x2, 'START_SCREENING').then((r) => r);
    await waiting(1);
    const b = basis();
    const moved = transfer([{ caseId: x1.id, orgUnitId: successor.id }, { caseId: x2.id, orgUnitId: successor.id }], b).then(
      (n) => ({ n }),
      (e: { code?: string }) => ({ code: e.code }),
    );
    await waiting(2);
    await holder.rollbackTransaction();
    await holder.release();

    expect((await step).status).toBe(200);
    expect(await moved).toEqual({ code: 'VERSION_CONFLICT' });
    // Nothing of the transfer remains: x1 was moved by the same statement and is back where it was.
    expect(await row(x1.id)).toMatchObject({ org_unit_id: org.wardA.id, version: 1 });
    expect(await row(x2.id)).toMatchObject({ org_unit_id: org.wardA.id, version: 2 });
    expect(await transferRows(b.changeId)).toEqual([]);
    const types = await t.dataSource.query(`SELECT type FROM case_event WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, seq`, [[x1.id, x2.id]]);
    expect(types.map((r: { type: string }) => r.type).sort()).toEqual(['CREATE', 'CREATE', 'START_SCREENING']);
    x2.version = 2;
    expect(await verified(x1)).toMatchObject({ ok: true, eventsChecked: 1 });
    expect(await verified(x2)).toMatchObject({ ok: true, eventsChecked: 2 });

    // Tried again (as the worker would), it moves both.
    expect(await transfer([{ caseId: x1.id, orgUnitId: successor.id }, { caseId: x2.id, orgUnitId: successor.id }], basis())).toBe(2);
    expect(await verified(x2)).toMatchObject({ ok: true, eventsChecked: 3 });
  });

  describe('a new case on a unit that has ended', () => {
    let unit: { id: string };
    const shift = (days: number) => {
      const d = new Date(`${toVietnamDate(new Date())}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    const endOn = (day: string | null) => t.dataSource.query(`UPDATE org_unit SET valid_to = $2 WHERE id = $1`, [unit.id, day]);
    const create = () =>
      t.http.post('/cases').set(c.as('wardA')).send({ procedureId: 'quy-dinh-1374', orgUnitId: unit.id, input: registration({ title: 'Hồ sơ mới' }) });
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case" WHERE org_unit_id = $1`, [unit.id]))[0].n;

    beforeAll(async () => {
      unit = await t.app.get(OrgDirectoryService).createUnit({ code: 'CB-A9', name: 'Chi bộ A9', level: 'CELL', parentId: org.wardA.id });
    });

    it('accepts it on the last day the unit is active (it ends tomorrow)', async () => {
      await endOn(shift(1));
      expect((await create()).status).toBe(201);
      expect(await count()).toBe(1);
    });

    it.each([
      ['on the day it ends', 0],
      ['after the day it ended', -1],
    ])('refuses it %s with UNIT_ENDED and a Vietnamese reason, writing nothing', async (_, days) => {
      await endOn(shift(days));
      const res = await create();
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'UNIT_ENDED' });
      expect(res.body.message).toMatch(/kết thúc hoạt động/);
      expect(res.body.message).toMatch(VIETNAMESE);
      expect(await count()).toBe(1);
    });

    it('still answers 404, not 409, for an ended unit outside the caller’s scope', async () => {
      await endOn(shift(-1));
      const res = await t.http.post('/cases').set(c.as('wardB')).send({ procedureId: 'quy-dinh-1374', orgUnitId: unit.id, input: registration() });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
    });
  });
});
