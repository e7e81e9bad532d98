// GET /inbox driven from the open deadlines (issue 16) lists exactly what the query it replaced listed: the same cases,
// each with the same nearest deadline, in the same order, for every view, filter and caller, paged or not; and its
// total stays exact up to 10,000, then says "more than 10,000".
import { randomUUID } from 'node:crypto';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { endOfVietnamDay, toVietnamDate } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

/**
 * The inbox's SQL before issue 16 (libs/cases/src/services/case-inbox.service.ts), with the visibility rule of that time
 * (visibleCasesSql, `case_excludes` per row) written out: the reference the new queries must agree with.
 * $1 the caller's units, $2 the caller; then the filters, the cutoff and the report category as the old code appended
 * them.
 */
function oldInboxSql(where: string[], cutoff: string | null, awaitingParam: string | null): string {
  const all = [
    `c.status = 'OPEN'`,
    `((c.org_unit_id = ANY($1::uuid[]) OR c.assigned_unit_id = ANY($1::uuid[])
            OR EXISTS (SELECT 1 FROM case_participant np
                        WHERE np.case_id = c.id AND np.user_id = $2::uuid AND np.relation = 'PARTICIPANT'))
           AND NOT case_excludes(c.id, $2::uuid))`,
    ...where,
    ...(cutoff ? [cutoff] : []),
  ];
  const listed = awaitingParam
    ? `(c.assigned_unit_id IS NOT NULL AND c.report_category = ${awaitingParam})`
    : `(d.key IS NOT NULL OR c.assigned_unit_id IS NOT NULL)`;
  return `SELECT c.id, d.key AS "deadlineKey", d.due_at AS "dueAt"
    FROM "case" c
      LEFT JOIN LATERAL (SELECT key, rule_key, due_at, status FROM deadline
                          WHERE case_id = c.id AND status IN ('PENDING', 'MISSED')
                          ORDER BY due_at NULLS LAST LIMIT 1) d ON true
     WHERE ${all.join(' AND ')} AND ${listed}
        ORDER BY d.due_at NULLS LAST, c.id`;
}

interface Row { id: string; deadlineKey: string | null; dueAt: string | null }
interface Page { items: Row[]; total: number; totalExact: boolean; page: number; pageSize: number }
type Query = Record<string, string | number>;

describe('GET /inbox from the open deadlines: the same answers as the query it replaced', () => {
  let t: TestApp;
  let org: DemoOrg;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  /** Cases whose nearest open deadlines tie (same due, or all without one): the old query picked any of them. */
  const tied = new Map<string, Set<string>>();
  const now = Date.now();
  const DAY = 86_400_000;

  // A small deterministic generator, so a failure reproduces.
  let seed = 16;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    Object.assign(tokens, org.tokens);
    Object.assign(userIds, org.userIds);
    // Named on cases of ward A, with a role only in ward B.
    const named = await addPerson(t, 'named', org.wardB.id, [Role.COMMITTEE_OFFICE]);
    tokens.named = named.token;
    userIds.named = named.id;
    const cell = await addPerson(t, 'cellA', org.cellA.id, [Role.SECRETARY]);
    tokens.cellA = cell.token;
    userIds.cellA = cell.id;

    const units = [org.city.id, org.wardA.id, org.wardB.id, org.cellA.id];
    // Due instants: a few shared by many cases (ties broken by case id), around now, the cutoffs of the views and later.
    const dues = [-40, -3, -1, -0.5, 0.5, 1, 2, 3, 4, 5, 7, 9, 14, 30].map((d) => new Date(Math.floor((now + d * DAY) / DAY) * DAY + 2 * 3_600_000));
    const cases: unknown[][] = [];
    const deadlines: unknown[][] = [];
    for (let i = 0; i < 160; i++) {
      const id = randomUUID();
      const unit = pick(units);
      const assigned = rand() < 0.35 ? pick(units.filter((u) => u !== unit)) : null;
      const awaiting = assigned !== null && rand() < 0.6;
      const state = awaiting ? 'assignedToUnit.awaitingReport' : pick(['screening', 'classified', 'explanationRequested']);
      cases.push([
        id, pick(['quy-dinh-1374', 'quy-dinh-1374', 'ky-luat']), state, rand() < 0.12 ? 'CLOSED' : 'OPEN',
        awaiting ? 'AWAITING_UNIT_REPORT' : 'IN_PROGRESS', unit, assigned, `Hồ sơ ${i}`,
      ]);
      // 0–4 deadlines: pending, missed, paused (not listed), met and cancelled; some without a due date.
      const n = pick([0, 0, 1, 1, 2, 3, 4]);
      const open: { key: string; due: Date | null }[] = [];
      for (let k = 0; k < n; k++) {
        const status = pick(['PENDING', 'PENDING', 'PENDING', 'MISSED', 'PAUSED', 'MET', 'CANCELLED']);
        const due = rand() < 0.2 ? null : pick(dues);
        deadlines.push([randomUUID(), id, `k${k}`, status, due]);
        if (status === 'PENDING' || status === 'MISSED') open.push({ key: `k${k}`, due });
      }
      // Two open deadlines due at the same instant (or none of them dated) in one case.
      if (i % 23 === 0) {
        deadlines.push([randomUUID(), id, 'twinA', 'PENDING', dues[4]], [randomUUID(), id, 'twinB', 'MISSED', dues[4]]);
        open.push({ key: 'twinA', due: dues[4] }, { key: 'twinB', due: dues[4] });
      }
      const dated = open.filter((o) => o.due !== null);
      const first = dated.length ? Math.min(...dated.map((o) => o.due!.getTime())) : null;
      const nearest = open.filter((o) => (o.due === null ? first === null : o.due.getTime() === first));
      if (nearest.length > 1) tied.set(id, new Set(nearest.map((o) => o.key)));
    }
    for (const c of cases) {
      await t.dataSource.query(
        `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                             assigned_unit_id, title, chain_head, created_by, received_at)
         VALUES ($1, $2, 1, '{}', $3, $4, $5, '{}', 1, $6, $7, $8, repeat('0', 64), $9, now())`,
        [...c, org.userIds.taskForce],
      );
    }
    for (const [id, caseId, key, status, due] of deadlines) {
      await t.dataSource.query(
        `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, created_at, updated_at)
         VALUES ($1, $2, $3, 'A.HANDLING', now(), $4, $5, 1, 1, now(), now())`,
        [id, caseId, key, due, status],
      );
    }
    // Excluded callers: the secretary declared a conflict, ward A's secretary is a subject, ward B's secretary heads a
    // subject organisation; `named` may see some cases of ward A (one of them also a conflict: exclusion wins).
    const ids = cases.map((c) => c[0] as string);
    const participant = (caseId: string, relation: string, userId: string | null, unitId: string | null) =>
      t.dataSource.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, $5, 'thử nghiệm', $6)`,
        [randomUUID(), caseId, relation, userId, unitId, org.userIds.secretary],
      );
    for (const id of ids.filter((_, i) => i % 9 === 1)) await participant(id, 'CONFLICT', org.userIds.secretary, null);
    for (const id of ids.filter((_, i) => i % 7 === 2)) await participant(id, 'SUBJECT', org.userIds.wardA, null);
    for (const id of ids.filter((_, i) => i % 8 === 3)) await participant(id, 'SUBJECT_ORGANISATION', null, org.wardB.id);
    const wardACases = cases.filter((c) => c[5] === org.wardA.id).map((c) => c[0] as string);
    for (const id of wardACases.slice(0, 8)) await participant(id, 'PARTICIPANT', userIds.named, null);
    await participant(wardACases[0], 'CONFLICT', userIds.named, null);
    await t.dataSource.query(`ANALYZE`);
  });
  afterAll(() => t?.close());

  /** The old query's answer for `who`, with the parameters the old service gave it. */
  async function reference(who: string, q: Query): Promise<Row[]> {
    const units: { id: string }[] = await t.dataSource.query(
      `SELECT u.id FROM org_unit u WHERE EXISTS (SELECT 1 FROM role_assignment ra JOIN org_unit r ON r.id = ra.unit_id
                                                   WHERE ra.user_id = $1 AND starts_with(u.path, r.path))`,
      [userIds[who]],
    );
    const params: unknown[] = [units.map((u) => u.id), userIds[who]];
    const where: string[] = [];
    for (const [column, key, cast] of [['org_unit_id', 'unitId', '::uuid'], ['assigned_unit_id', 'assignedUnitId', '::uuid'], ['procedure_id', 'procedureId', ''], ['state', 'state', '']]) {
      if (q[key] === undefined) continue;
      params.push(q[key]);
      where.push(`c.${column} = $${params.length}${cast}`);
    }
    let cutoff: string | null = null;
    if (q.view === 'overdue' || q.view === 'dueWithin') {
      let at = new Date();
      if (q.view === 'dueWithin') {
        const calendar = await t.app.get(CalendarService).current();
        at = endOfVietnamDay(calendar.addWorkingDays(toVietnamDate(at), Number(q.days ?? 3), 'NEXT_DAY').due);
      }
      params.push(at);
      cutoff = `d.due_at ${q.view === 'overdue' ? '<' : '<='} $${params.length}`;
    }
    let awaiting: string | null = null;
    if (q.view === 'awaitingReport') {
      params.push('AWAITING_UNIT_REPORT');
      awaiting = `$${params.length}`;
    }
    const rows: { id: string; deadlineKey: string | null; dueAt: Date | null }[] = await t.dataSource.query(oldInboxSql(where, cutoff, awaiting), params);
    return rows.map((r) => ({ id: r.id, deadlineKey: r.deadlineKey, dueAt: r.dueAt && r.dueAt.toISOString() }));
  }

  async function inbox(who: string, q: Query): Promise<Page> {
    const res = await t.http.get('/inbox').query(q).set({ Authorization: `Bearer ${tokens[who]}` });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body as Page;
  }

  /** Every page of `pageSize`, concatenated; each page must report the same total. */
  async function allPages(who: string, q: Query, pageSize: number): Promise<{ rows: Row[]; total: number }> {
    const first = await inbox(who, { ...q, pageSize, page: 1 });
    const rows = [...first.items];
    for (let page = 2; page <= Math.ceil(first.total / pageSize) + 1; page++) {
      const body = await inbox(who, { ...q, pageSize, page });
      expect({ total: body.total, totalExact: body.totalExact }).toEqual({ total: first.total, totalExact: true });
      rows.push(...body.items);
    }
    return { rows: rows.map((r) => ({ id: r.id, deadlineKey: r.deadlineKey, dueAt: r.dueAt })), total: first.total };
  }

  /** Where the nearest deadlines tie, any of them is the old answer: compare the tie, and check the key is one of it. */
  const settle = (rows: Row[]) =>
    rows.map((r) => {
      const keys = tied.get(r.id);
      if (!keys) return r;
      expect(keys.has(r.deadlineKey!)).toBe(true);
      return { ...r, deadlineKey: 'one of the tied' };
    });

  const views: Query[] = [
    { view: 'nearest' },
    { view: 'overdue' },
    { view: 'dueWithin' },
    { view: 'dueWithin', days: 10 },
    { view: 'awaitingReport' },
  ];
  const callers = ['secretary', 'auditor', 'wardA', 'wardB', 'cellA', 'named', 'noRole'];

  it('seeds what the comparison needs: dated, undated and assigned-only cases, ties, and hidden ones', async () => {
    const all = await reference('auditor', { view: 'nearest' });
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter((r) => r.dueAt === null && r.deadlineKey === null).length).toBeGreaterThan(2);
    expect(all.filter((r) => r.dueAt === null && r.deadlineKey !== null).length).toBeGreaterThan(2);
    // Several cases share a due instant, so the order among them is the case id's.
    const dues = all.filter((r) => r.dueAt !== null).map((r) => r.dueAt);
    expect(new Set(dues).size).toBeLessThan(dues.length - 10);
    expect([...tied.keys()].length).toBeGreaterThan(3);
    expect((await reference('secretary', { view: 'nearest' })).length).toBeLessThan(all.length);
    expect((await reference('named', { view: 'nearest' })).length).toBeGreaterThan((await reference('noRole', { view: 'nearest' })).length);
  });

  describe.each(callers)('for %s', (who) => {
    it.each(views)('lists the same cases, deadlines and order in view %j, one page or many', async (q) => {
      const expected = settle(await reference(who, q));
      const whole = await inbox(who, { ...q, pageSize: 100 });
      expect({ total: whole.total, totalExact: whole.totalExact }).toEqual({ total: expected.length, totalExact: true });
      expect(settle(whole.items.map((r) => ({ id: r.id, deadlineKey: r.deadlineKey, dueAt: r.dueAt })))).toEqual(expected);
      // Pages of 7 cross from the dated cases to the undated ones in the middle of a page.
      const paged = await allPages(who, q, 7);
      expect(settle(paged.rows)).toEqual(expected);
    });
  });

  it.each([
    { unitId: 'wardA' },
    { assignedUnitId: 'wardB' },
    { procedureId: 'ky-luat' },
    { state: 'assignedToUnit.awaitingReport' },
    { unitId: 'city', procedureId: 'quy-dinh-1374' },
  ])('applies the filters %j as before', async (filter) => {
    const unitOf: Record<string, string> = { wardA: org.wardA.id, wardB: org.wardB.id, city: org.city.id };
    const q = Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, k.endsWith('nitId') ? unitOf[v] : v]));
    for (const view of views) {
      for (const who of ['secretary', 'wardA']) {
        const expected = settle(await reference(who, { ...view, ...q }));
        const paged = await allPages(who, { ...view, ...q }, 4);
        expect({ who, view, total: paged.total, rows: settle(paged.rows) }).toEqual({ who, view, total: expected.length, rows: expected });
      }
    }
  });

  it('answers an empty page past the end, with the total', async () => {
    const expected = await reference('secretary', { view: 'nearest' });
    const past = await inbox('secretary', { view: 'nearest', pageSize: 10, page: Math.ceil(expected.length / 10) + 1 });
    expect({ items: past.items, total: past.total, totalExact: past.totalExact }).toEqual({ items: [], total: expected.length, totalExact: true });
  });

  it('counts exactly up to 10,000 and answers "more than 10,000" above, with the pages still in order', async () => {
    // 10,001 more open cases of ward B, each with one pending deadline (every tenth without a due date).
    await t.dataSource.query(
      `WITH c AS (
         INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                             title, chain_head, created_by, received_at)
         SELECT gen_random_uuid(), 'quy-dinh-1374', 1, '{}', 'screening', 'OPEN', 'IN_PROGRESS', '{}', 1, $1, 'Hồ sơ hàng loạt ' || g,
                repeat('0', 64), $2, now()
           FROM generate_series(1, 10001) g
         RETURNING id, title)
       INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, created_at, updated_at)
       SELECT gen_random_uuid(), c.id, 'handling', 'A.HANDLING', now(),
              CASE WHEN substring(c.title FROM '\\d+$')::int % 10 = 0 THEN NULL ELSE now() + interval '1 day' * (substring(c.title FROM '\\d+$')::int % 40) END,
              'PENDING', 1, 1, now(), now()
         FROM c`,
      [org.wardB.id, org.userIds.taskForce],
    );
    await t.dataSource.query(`ANALYZE`);
    const expected = await reference('wardB', { view: 'nearest' });
    expect(expected.length).toBeGreaterThan(10_000);
    const first = await inbox('wardB', { view: 'nearest', pageSize: 50 });
    expect({ total: first.total, totalExact: first.totalExact }).toEqual({ total: 10_000, totalExact: false });
    expect(settle(first.items.map((r) => ({ id: r.id, deadlineKey: r.deadlineKey, dueAt: r.dueAt })))).toEqual(settle(expected.slice(0, 50)));
    // Deep pages still follow the old order, across the dated / undated boundary.
    const datedCount = expected.filter((r) => r.dueAt !== null).length;
    const page = Math.floor(datedCount / 50) + 1;
    const deep = await inbox('wardB', { view: 'nearest', pageSize: 50, page });
    expect(settle(deep.items.map((r) => ({ id: r.id, deadlineKey: r.deadlineKey, dueAt: r.dueAt })))).toEqual(settle(expected.slice((page - 1) * 50, page * 50)));
    const lastPage = Math.ceil(expected.length / 50);
    const last = await inbox('wardB', { view: 'nearest', pageSize: 50, page: lastPage });
    expect(last.items.map((r) => r.id)).toEqual(expected.slice((lastPage - 1) * 50).map((r) => r.id));
    // Below the bound the count stays exact: ward A's inbox did not change.
    const wardA = await reference('wardA', { view: 'nearest' });
    expect(await inbox('wardA', { view: 'nearest', pageSize: 1 })).toMatchObject({ total: wardA.length, totalExact: true });
    const overdue = await reference('wardB', { view: 'overdue' });
    expect(await inbox('wardB', { view: 'overdue', pageSize: 1 })).toMatchObject({ total: overdue.length, totalExact: true });
  });
});
