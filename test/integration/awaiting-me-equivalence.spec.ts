// GET /inbox/awaiting-me selecting the context-dependent steps in SQL (`"case".offered_events`, issue 16) lists exactly
// what the definition it replaced listed: every open case the caller may see where GET /cases/:id offers them a step
// (callerEvents), oldest due first, then oldest received, then by id — with the same steps, on every page, with an exact
// total. Cases whose offered_events is not computed yet (NULL, as before the migration), or computed by the worker's
// backfill, or holding an undecided step (`?TYPE`), must answer the same. The backfill itself is checked here too.
import { randomUUID } from 'node:crypto';
import { Role } from '@hoso/workflows';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseInboxService } from '@hoso/cases/services/case-inbox.service';
import { fillOfferedEvents } from '@hoso/cases/services/offered-events-backfill';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { caseClient, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

interface Step { type: string; label: string; requiresSeparationReason?: boolean }
interface QueueItem { id: string; events: Step[] }

const PAGE = 7;

describe('GET /inbox/awaiting-me with offered_events: the same answers as running the machine on every case', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  const tokens: Record<string, string> = {};
  const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T02:00:00.000Z`;
  /** The value each case's last write gave offered_events, before some are set back to NULL. */
  const written = new Map<string, string[] | null>();

  const classify = async (r: CaseRef, who = 'taskForce') => {
    await c.send(who, r, 'START_SCREENING');
    await c.send(who, r, 'CLASSIFY', { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn Bình', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } });
  };
  const toDirection = async (received: number, proposer: string) => {
    const r = await c.create('office', org.city.id, registration({ title: `Báo chí ${received}`, source: 'PRESS', publishedAt: day(received), receivedAt: day(received) }));
    await classify(r, 'office');
    await c.send('office', r, 'REQUEST_EXPLANATION');
    await c.send('office', r, 'RECORD_EXPLANATION', { receivedAt: day(received + 1), summary: 'Báo cáo giải trình của người đứng đầu.' });
    await c.send(proposer, r, 'PROPOSE_METHOD', { proposal: 'Đề nghị giao đơn vị kiểm tra, báo cáo.' });
    return r;
  };

  /** A copy of a case (its events and deadlines too) on another unit, assigned unit and reception instant. */
  async function copy(from: string, unit: string, assigned: string | null, received: string): Promise<string> {
    const id = randomUUID();
    await t.dataSource.query(
      `INSERT INTO "case" SELECT (jsonb_populate_record(NULL::"case", to_jsonb(c) || jsonb_build_object(
          'id', $2::uuid, 'org_unit_id', $3::uuid, 'assigned_unit_id', CASE WHEN c.assigned_unit_id IS NULL THEN NULL ELSE $4::uuid END,
          'received_at', $5::timestamptz))).* FROM "case" c WHERE c.id = $1`,
      [from, id, unit, assigned, received],
    );
    await t.dataSource.query(
      `INSERT INTO case_event SELECT (jsonb_populate_record(NULL::case_event, to_jsonb(e) || jsonb_build_object('id', gen_random_uuid(), 'case_id', $2::uuid))).*
         FROM case_event e WHERE e.case_id = $1`,
      [from, id],
    );
    await t.dataSource.query(
      `INSERT INTO deadline SELECT (jsonb_populate_record(NULL::deadline, to_jsonb(d) || jsonb_build_object('id', gen_random_uuid(), 'case_id', $2::uuid))).*
         FROM deadline d WHERE d.case_id = $1`,
      [from, id],
    );
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    Object.assign(tokens, org.tokens);
    // Separation of duties: a proposer who may bypass it with a reason, one who may not.
    tokens.officeSecretary = (await addPerson(t, 'officeSecretary', org.city.id, [Role.COMMITTEE_OFFICE, Role.SECRETARY])).token;
    tokens.officeStanding = (await addPerson(t, 'officeStanding', org.city.id, [Role.COMMITTEE_OFFICE, Role.STANDING_COMMITTEE_MEMBER])).token;
    tokens.cellA = (await addPerson(t, 'cellA', org.cellA.id, [Role.SECRETARY, Role.TASK_FORCE_OFFICER])).token;
    const named = await addPerson(t, 'named', org.wardB.id, [Role.SECRETARY, Role.TASK_FORCE_OFFICER]);
    tokens.named = named.token;
    c = caseClient(t, tokens);
    const city = org.city.id;

    // Templates in the states where steps depend on the context: Front (its extension offered to secretaries and
    // standing members) or not, screening's guarded steps, assignment, direction after a proposal, and two procedures.
    const templates: string[] = [];
    for (const front of [false, true]) {
      const extra = front ? { frontSupervision: true } : {};
      templates.push((await c.create('taskForce', city, registration({ title: 'Vừa tiếp nhận', receivedAt: day(3), ...extra }))).id);
      const classified = await c.create('taskForce', city, registration({ title: 'Đã phân loại', receivedAt: day(1), ...extra }));
      await classify(classified);
      templates.push(classified.id);
      const assigned = await c.create('taskForce', city, registration({ title: 'Giao phường A', receivedAt: day(5), ...extra }));
      await classify(assigned);
      await c.send('secretary', assigned, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id });
      templates.push(assigned.id);
      const reported = await c.create('taskForce', city, registration({ title: 'Phường A đã báo cáo', receivedAt: day(6), ...extra }));
      await classify(reported);
      await c.send('secretary', reported, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id });
      await c.send('wardA', reported, 'RETURN_TO_TASK_FORCE', { handlingReport: { summary: 'Phường A đã xử lý và báo cáo.' } });
      templates.push(reported.id);
    }
    for (const [i, proposer] of ['office', 'officeSecretary', 'officeStanding'].entries()) templates.push((await toDirection(8 + i, proposer)).id);
    const discipline = await t.http.post('/cases').set(c.as('office')).send({
      procedureId: 'ky-luat', orgUnitId: city,
      input: {
        subject: { kind: 'FULL_MEMBER', name: 'Nguyễn Văn A', userId: org.userIds.wardA },
        violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: '2023-05-10', continuing: false },
        evidenceRefs: ['05-KL/UBKT'], source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' }, concludedAt: '2026-02-20',
      },
    });
    expect(discipline.status).toBe(201);
    templates.push(discipline.body.case.id);

    // Copies on every unit, some assigned elsewhere, received at different instants (ties broken by id).
    const units = [org.city.id, org.wardA.id, org.wardB.id, org.cellA.id];
    const copies: string[] = [];
    let n = 0;
    for (const tpl of templates) {
      for (const unit of units) {
        copies.push(await copy(tpl, unit, n % 3 === 0 ? org.wardB.id : org.wardA.id, day(1 + (n % 9))));
        n++;
      }
    }
    const all = [...templates, ...copies];
    const participant = (caseId: string, relation: string, userId: string) =>
      t.dataSource.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, NULL, 'thử nghiệm', $5)`,
        [randomUUID(), caseId, relation, userId, org.userIds.secretary],
      );
    // The secretary is excluded from some cases; `named` (roles on ward B only) is named on some of ward A's.
    for (const id of all.filter((_, i) => i % 5 === 1)) await participant(id, 'CONFLICT', org.userIds.secretary);
    for (const id of copies.filter((_, i) => i % 4 === 1).slice(0, 8)) await participant(id, 'PARTICIPANT', named.id);

    for (const r of (await t.dataSource.query(`SELECT id, offered_events FROM "case"`)) as { id: string; offered_events: string[] | null }[]) {
      written.set(r.id, r.offered_events);
    }
    // A third as before the migration (NULL), a few Front cases with the extension undecided (checked one by one).
    await t.dataSource.query(`UPDATE "case" SET offered_events = NULL WHERE id = ANY($1::uuid[])`, [all.filter((_, i) => i % 3 === 2)]);
    await t.dataSource.query(
      `UPDATE "case" SET offered_events = '{?}' || array_replace(offered_events, 'EXTEND_FRONT_RESULT', '?EXTEND_FRONT_RESULT')
        WHERE id = ANY($1::uuid[]) AND 'EXTEND_FRONT_RESULT' = ANY(offered_events)`,
      [all.filter((_, i) => i % 4 === 0)],
    );
    await t.dataSource.query(`ANALYZE`);
  });
  afterAll(() => t?.close());

  /** The old definition: each open case as GET /cases/:id offers it to `who`, in the queue's order. */
  async function reference(who: string): Promise<QueueItem[]> {
    const ordered: { id: string }[] = await t.dataSource.query(
      `SELECT c.id FROM "case" c
         LEFT JOIN LATERAL (SELECT due_at FROM deadline WHERE case_id = c.id AND status IN ('PENDING', 'MISSED')
                             ORDER BY due_at NULLS LAST LIMIT 1) d ON true
        WHERE c.status = 'OPEN' ORDER BY d.due_at ASC NULLS LAST, c.received_at ASC, c.id`,
    );
    const items: QueueItem[] = [];
    for (const { id } of ordered) {
      const res = await t.http.get(`/cases/${id}`).set(c.as(who));
      if (res.status === 404) continue;
      expect(res.status).toBe(200);
      const events = (res.body.availableEvents as Step[]).map((e) => ({
        type: e.type, label: e.label, ...(e.requiresSeparationReason ? { requiresSeparationReason: true } : {}),
      }));
      if (events.length > 0) items.push({ id, events });
    }
    return items;
  }

  /** Every page of the queue, each page's total. */
  async function queue(who: string): Promise<{ items: QueueItem[]; totals: number[] }> {
    const items: QueueItem[] = [];
    const totals: number[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http.get('/inbox/awaiting-me').query({ page, pageSize: PAGE }).set(c.as(who));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
      totals.push(res.body.total);
      items.push(...(res.body.items as QueueItem[]).map((i) => ({ id: i.id, events: i.events })));
      if (res.body.items.length < PAGE) break;
    }
    return { items, totals };
  }

  const WHO = ['secretary', 'standing', 'office', 'taskForce', 'wardA', 'wardB', 'cellA', 'officeSecretary', 'officeStanding', 'named', 'noRole'];

  async function expectSame(who: string) {
    const expected = await reference(who);
    // Every caller but the one without roles has steps somewhere; the secretary's include the Front extension.
    expect(expected.length > 0).toBe(who !== 'noRole');
    if (who === 'secretary') expect(expected.some((i) => i.events.some((e) => e.type === 'EXTEND_FRONT_RESULT'))).toBe(true);
    const got = await queue(who);
    expect(got.items).toEqual(expected);
    expect(new Set(got.totals)).toEqual(new Set([expected.length]));
  }

  it('the seed has the mix it is meant to: Front and other extensions, NULL, undecided and computed rows', async () => {
    const [mix] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE offered_events IS NULL)::int AS "null",
              count(*) FILTER (WHERE '?EXTEND_FRONT_RESULT' = ANY(offered_events))::int AS undecided,
              count(*) FILTER (WHERE 'EXTEND_FRONT_RESULT' = ANY(offered_events))::int AS front,
              count(*) FILTER (WHERE offered_events IS NOT NULL AND NOT offered_events && '{EXTEND_FRONT_RESULT,?EXTEND_FRONT_RESULT}')::int AS other
         FROM "case" WHERE procedure_id = 'quy-dinh-1374' AND status = 'OPEN'`,
    );
    expect(mix).toEqual({ null: expect.any(Number), undecided: expect.any(Number), front: expect.any(Number), other: expect.any(Number) });
    for (const v of Object.values(mix as Record<string, number>)) expect(v).toBeGreaterThan(2);
    // Every case the API wrote (and every copy of one) had it computed by the write.
    expect([...written.values()].filter((v) => v === null)).toEqual([]);
  });

  it.each(WHO)('before the backfill: lists for %s what running the machine on every case lists, page by page', expectSame);

  it('the backfill fills NULL rows batch by batch with what a write gives them, and leaves a row a step wrote meanwhile', async () => {
    const registry = t.app.get(ProcedureRegistryService);
    const [{ nulls }] = (await t.dataSource.query(`SELECT count(*)::int AS nulls FROM "case" WHERE offered_events IS NULL`)) as { nulls: number }[];
    // The first row the backfill would take.
    const [moved] = (await t.dataSource.query(`SELECT id FROM "case" WHERE offered_events IS NULL ORDER BY id LIMIT 1`)) as { id: string }[];
    // A step's transaction holds the row and writes its own value; the backfill running meanwhile must not replace it.
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`UPDATE "case" SET offered_events = '{WRITTEN_BY_STEP}', version = version + 1 WHERE id = $1`, [moved.id]);
    const during = fillOfferedEvents(t.dataSource, registry, 5);
    await new Promise((r) => setTimeout(r, 200));
    await runner.commitTransaction();
    await runner.release();
    expect(await during).toBe(5);
    let filled = 5;
    for (let n; (n = await fillOfferedEvents(t.dataSource, registry, 5)) > 0; ) filled += n;
    const rows: { id: string; offered_events: string[] | null }[] = await t.dataSource.query(`SELECT id, offered_events FROM "case"`);
    expect(nulls).toBeGreaterThan(10);
    expect(filled).toBe(nulls - 1);
    for (const r of rows) {
      if (r.id === moved.id) expect(r.offered_events).toEqual(['WRITTEN_BY_STEP']);
      else if (!r.offered_events?.some((e) => e.startsWith('?'))) expect({ id: r.id, offered: r.offered_events }).toEqual({ id: r.id, offered: written.get(r.id) });
    }
    expect(await fillOfferedEvents(t.dataSource, registry, 5)).toBe(0);
    // Restore the moved row's real value, so the comparisons below see only true values.
    await t.dataSource.query(`UPDATE "case" SET offered_events = $2::text[] WHERE id = $1`, [moved.id, written.get(moved.id)]);
  });

  it.each(WHO)('after the backfill: lists for %s what running the machine on every case lists, page by page', expectSame);

  it('a move to another procedure version writes the new version’s value', async () => {
    const admin = (await addPerson(t, 'admin-top', org.city.id, [Role.ADMIN])).token;
    const [front] = (await t.dataSource.query(
      `SELECT id, offered_events FROM "case" WHERE 'EXTEND_FRONT_RESULT' = ANY(offered_events) AND state = 'received' LIMIT 1`,
    )) as { id: string; offered_events: string[] }[];
    // As if it began on version 1 and its value were stale.
    await t.dataSource.query(`UPDATE "case" SET machine_version = 1, offered_events = '{STALE}' WHERE id = $1`, [front.id]);
    const res = await t.http.post('/procedures/quy-dinh-1374/versions/2/migrations').set({ Authorization: `Bearer ${admin}` })
      .send({ fromVersion: 1, reason: 'Áp dụng phiên bản 2 của quy trình 1374', dryRun: false });
    expect({ status: res.status, moved: res.body.movable }).toEqual({ status: 200, moved: 1 });
    const [after] = await t.dataSource.query(`SELECT machine_version, offered_events FROM "case" WHERE id = $1`, [front.id]);
    expect(after).toEqual({ machine_version: 2, offered_events: front.offered_events });
    await expectSame('secretary');
  });

  /** The caller as the services see them after authentication. */
  async function authUser(who: string): Promise<AuthUser> {
    const [{ id }]: { id: string }[] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = lower($1)`, [who]);
    const assignments: AuthUser['assignments'] = await t.dataSource.query(
      `SELECT ra.unit_id AS "unitId", ou.path AS "unitPath", ra.role FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id WHERE ra.user_id = $1`,
      [id],
    );
    return { id, username: who, displayName: who, assignments };
  }

  it('pages across the dated cases and the undated ones after them, at any page size', async () => {
    const expected = await reference('secretary');
    const dated = new Set(
      ((await t.dataSource.query(
        `SELECT DISTINCT case_id AS id FROM deadline WHERE status IN ('PENDING', 'MISSED') AND due_at IS NOT NULL`,
      )) as { id: string }[]).map((r) => r.id),
    );
    // The queue holds both kinds, dated first: the boundary falls inside a page for the sizes below.
    const boundary = expected.findIndex((i) => !dated.has(i.id));
    expect(boundary).toBeGreaterThan(2);
    expect(expected.slice(boundary).every((i) => !dated.has(i.id))).toBe(true);
    for (const pageSize of [2, 3, boundary - 1, boundary + 1]) {
      const got: QueueItem[] = [];
      for (let page = 1; got.length < expected.length + pageSize; page++) {
        const res = await t.http.get('/inbox/awaiting-me').query({ page, pageSize }).set(c.as('secretary'));
        expect({ status: res.status, total: res.body.total, totalExact: res.body.totalExact })
          .toEqual({ status: 200, total: expected.length, totalExact: true });
        got.push(...(res.body.items as QueueItem[]).map((i) => ({ id: i.id, events: i.events })));
        if (res.body.items.length < pageSize) break;
      }
      expect({ pageSize, ids: got.map((i) => i.id) }).toEqual({ pageSize, ids: expected.map((i) => i.id) });
    }
  });

  it.each(['secretary', 'wardA', 'cellA', 'officeStanding'].flatMap((who) => [1, 4, 16, 10_000].map((horizon) => [who, horizon] as const)))(
    'asks an early page among the nearest deadlines first (%s, horizon %i deadlines): the same pages, whether they hold it or not',
    async (who, horizon) => {
      const expected = (await reference(who)).map((i) => i.id);
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM deadline WHERE status IN ('PENDING', 'MISSED') AND due_at IS NOT NULL`);
      expect(n).toBeGreaterThan(16);
      const user = await authUser(who);
      for (const pageSize of [1, 2, 3]) {
        const got: string[] = [];
        for (let page = 1; got.length < expected.length + pageSize; page++) {
          const res = await t.app.get(CaseInboxService).awaitingMe(user, { page, pageSize, horizon });
          got.push(...res.items.map((i) => i.id));
          if (res.items.length < pageSize) break;
        }
        expect({ pageSize, got }).toEqual({ pageSize, got: expected });
      }
    },
  );

  it.each([
    [1, true],
    [0, true],
    [-1, false],
  ])('counts exactly up to the bound (bound = queue + (%i)): totalExact %s, the same first page', async (delta, exact) => {
    const expected = await reference('secretary');
    const bound = expected.length + delta;
    const page = await t.app.get(CaseInboxService).awaitingMe(await authUser('secretary'), { page: 1, pageSize: 5, countBound: bound });
    expect({ total: page.total, totalExact: page.totalExact }).toEqual({ total: exact ? expected.length : bound, totalExact: exact });
    expect(page.items.map((i) => i.id)).toEqual(expected.slice(0, 5).map((i) => i.id));
  });
});
