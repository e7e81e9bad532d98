// GET /cases without scanning (issue 16): newest first with the id breaking ties, walked page by page with the
// cursor or by page number with the same answer, and a total counted only up to a bound.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseSearchRepository } from '@hoso/cases/repositories/case-search.repository';
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

interface Seeded {
  id: string;
  at: string;
  unit: string;
  assigned: string | null;
  excluded: string[];
  named: string[];
}

describe('case list pages (GET /cases with cursor or page)', () => {
  let t: TestApp;
  let org: DemoOrg;
  const seeded: Seeded[] = [];

  // 60 cases over the four units, four to a creation instant (so only the id orders them), two instants a
  // microsecond apart (a cursor rounded to the millisecond would skip or repeat rows there).
  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const { city, wardA, wardB, cellA } = org;
    const units = [city.id, wardA.id, wardB.id, cellA.id];
    const u = org.userIds;
    for (let g = 0; g < 60; g++) {
      const second = String(Math.floor(g / 4)).padStart(2, '0');
      const micro = g >= 56 ? String(g - 55).padStart(6, '0') : '000000';
      const unit = units[g % 4];
      const s: Seeded = {
        id: randomUUID(),
        at: `2026-11-02T02:00:${second}.${micro}Z`,
        unit,
        // Some ward cases are handed to the city, some city cases to ward B.
        assigned: g % 7 === 0 ? city.id : g % 11 === 0 ? wardB.id : null,
        excluded: [],
        named: [],
      };
      // The city's secretary declared a conflict; ward A's secretary is a subject; ward B's secretary heads a
      // subject organisation; ward B's secretary is named on some city cases outside their scope.
      if (g % 9 === 0) s.excluded.push(u.secretary);
      if (g % 5 === 1) s.excluded.push(u.wardA);
      if (g % 13 === 2) s.excluded.push(u.wardB);
      if (g % 6 === 0 && unit === city.id) s.named.push(u.wardB);
      seeded.push(s);
      await t.dataSource.query(
        `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                             assigned_unit_id, title, chain_head, created_by, received_at, created_at)
         VALUES ($1, 'quy-dinh-1374', 1, '{"context":{}}', 'screening', $2, 'IN_PROGRESS', '{}', 1, $3, $4, $5, repeat('0', 64), $6, $7, $7)`,
        [s.id, g % 3 === 0 ? 'CLOSED' : 'OPEN', unit, s.assigned, `Hồ sơ ${g}`, u.taskForce, s.at],
      );
      const participant = (relation: string, user: string | null, unitId: string | null) =>
        t.dataSource.query(
          `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, $5, 'thử', $6)`,
          [randomUUID(), s.id, relation, user, unitId, u.taskForce],
        );
      if (g % 9 === 0) await participant('CONFLICT', u.secretary, null);
      if (g % 5 === 1) await participant('SUBJECT', u.wardA, null);
      if (g % 13 === 2) await participant('SUBJECT_ORGANISATION', null, wardB.id);
      if (s.named.length) await participant('PARTICIPANT', u.wardB, null);
    }
  });
  afterAll(() => t?.close());

  // The rule as it was defined before (scope by unit or assigned unit, or named; never when excluded), newest first
  // and, at one instant, the greater id first.
  const expected = (who: 'secretary' | 'wardA' | 'wardB', filter: (s: Seeded) => boolean = () => true): string[] => {
    const { city, wardA, wardB, cellA } = org;
    const scope = { secretary: [city.id, wardA.id, wardB.id, cellA.id], wardA: [wardA.id, cellA.id], wardB: [wardB.id] }[who];
    const user = org.userIds[who];
    return seeded
      .filter((s) => (scope.includes(s.unit) || (s.assigned !== null && scope.includes(s.assigned)) || s.named.includes(user)) && !s.excluded.includes(user))
      .filter(filter)
      .sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1))
      .map((s) => s.id);
  };

  const get = async (who: keyof DemoOrg['tokens'], query: Record<string, string | number>) => {
    const res = await t.http.get('/cases').query(query).set('Authorization', `Bearer ${org.tokens[who]}`);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body as { items: { id: string }[]; total: number; totalExact: boolean; nextCursor: string | null; page: number };
  };

  const byCursor = async (who: keyof DemoOrg['tokens'], pageSize: number, filters: Record<string, string> = {}) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 200; n++) {
      const body = await get(who, { pageSize, ...filters, ...(cursor ? { cursor } : {}) });
      ids.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      if (!cursor) {
        // Null exactly on the last page: it is not empty unless nothing is visible.
        expect(body.items.length > 0 || ids.length === 0).toBe(true);
        return ids;
      }
      expect(body.items).toHaveLength(pageSize);
    }
    throw new Error('the cursor never ended');
  };

  const byPage = async (who: keyof DemoOrg['tokens'], pageSize: number, filters: Record<string, string> = {}) => {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const body = await get(who, { pageSize, page, ...filters });
      if (!body.items.length) return ids;
      ids.push(...body.items.map((i) => i.id));
    }
  };

  it.each([
    ['secretary', 1],
    ['secretary', 7],
    ['wardA', 4],
    ['wardB', 3],
  ] as const)('walks every case %s may see, %i to a page, in the same order by cursor and by page number', async (who, size) => {
    const want = expected(who);
    expect(want.length).toBeGreaterThan(size);
    const cursorIds = await byCursor(who, size);
    expect(cursorIds).toEqual(want);
    expect(new Set(cursorIds).size).toBe(cursorIds.length);
    expect(await byPage(who, size)).toEqual(want);
    const first = await get(who, { pageSize: size });
    expect({ total: first.total, totalExact: first.totalExact }).toEqual({ total: want.length, totalExact: true });
  });

  it('keeps the filters along the cursor', async () => {
    const closed = expected('secretary', (s) => seeded.indexOf(s) % 3 === 0);
    expect(await byCursor('secretary', 2, { status: 'CLOSED' })).toEqual(closed);
    const wardB = expected('secretary', (s) => s.unit === org.wardB.id || s.assigned === org.wardB.id);
    expect(await byCursor('secretary', 3, { unitId: org.wardB.id })).toEqual(wardB);
  });

  it('gives the last page no cursor, and a page-numbered page the cursor of its last row', async () => {
    const all = expected('secretary');
    const last = await get('secretary', { pageSize: all.length });
    expect(last).toMatchObject({ total: all.length, totalExact: true, nextCursor: null });
    const second = await get('secretary', { pageSize: 5, page: 2 });
    const third = await get('secretary', { pageSize: 5, cursor: second.nextCursor! });
    expect(third.items.map((i) => i.id)).toEqual(all.slice(10, 15));
  });

  it('refuses a cursor it did not hand out, and a cursor with a search', async () => {
    const good = (await get('secretary', { pageSize: 2 })).nextCursor!;
    for (const cursor of ['abc', Buffer.from('2026-11-02 x').toString('base64url'), 'a+b/c', good.slice(0, -4)]) {
      const res = await t.http.get('/cases').query({ cursor }).set('Authorization', `Bearer ${org.tokens.secretary}`);
      expect({ status: res.status, code: res.body.code, field: res.body.details?.fields?.[0]?.field }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'cursor',
      });
    }
    const search = await t.http.get('/cases').query({ cursor: good, q: 'ho so' }).set('Authorization', `Bearer ${org.tokens.secretary}`);
    expect({ status: search.status, code: search.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    // A search pages by number and hands out no cursor.
    const found = await get('secretary', { q: 'ho so', pageSize: 2 });
    expect(found.nextCursor).toBeNull();
  });

  it.each([
    [1, true],
    [0, true],
    [-1, false],
  ])('counts exactly up to the bound (bound = visible + (%i)): totalExact %s', async (delta, exact) => {
    const visible = expected('secretary').length;
    const bound = visible + delta;
    const page = await new CaseSearchRepository().list(t.dataSource.manager as EntityManager, {
      visibleUnitIds: [org.city.id, org.wardA.id, org.wardB.id, org.cellA.id],
      userId: org.userIds.secretary,
      limit: 5,
      offset: 0,
      countBound: bound,
    });
    expect({ total: page.total, totalExact: page.totalExact }).toEqual({ total: exact ? visible : bound, totalExact: exact });
    expect(page.rows.map((r) => r.id)).toEqual(expected('secretary').slice(0, 5));
  });

  it('reads the first page and a deep cursor page through the order index on PostgreSQL', async () => {
    if (t.dataSource.options.type !== 'postgres') return;
    await t.dataSource.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                           title, chain_head, created_by, received_at, created_at)
       SELECT gen_random_uuid(), 'quy-dinh-1374', 1, '{"context":{}}', 'screening', 'OPEN', 'IN_PROGRESS', '{}', 1, $1,
              'Hồ sơ ' || g, repeat('0', 64), $2, now(), timestamptz '2026-01-01' + g * interval '1 minute'
         FROM generate_series(1, 20000) g`,
      [org.city.id, org.userIds.taskForce],
    );
    // As autovacuum leaves a table that is mostly settled: its visibility map lets index-only scans skip the rows.
    await t.dataSource.query(`VACUUM ANALYZE "case"`);
    const statements: { sql: string; params: unknown[] }[] = [];
    const capture = {
      query: (sql: string, params: unknown[]) => {
        statements.push({ sql, params });
        return t.dataSource.query(sql, params);
      },
    } as unknown as EntityManager;
    const criteria = {
      visibleUnitIds: [org.city.id, org.wardA.id, org.wardB.id, org.cellA.id],
      userId: org.userIds.secretary,
      limit: 20,
      offset: 0,
    };
    const first = await new CaseSearchRepository().list(capture, criteria);
    await new CaseSearchRepository().list(capture, { ...criteria, after: { createdAt: '2026-01-05T00:00:00.000000Z', id: first.rows[0].id } });
    // A numbered page deep in the list: its first row's key from the order index alone, then the page from there.
    const deep = await new CaseSearchRepository().list(capture, { ...criteria, offset: 5000 });
    const plans: string[] = [];
    for (const page of statements.filter((s) => s.sql.includes('ORDER BY'))) {
      const plan: { 'QUERY PLAN': string }[] = await t.dataSource.query(`EXPLAIN ${page.sql}`, page.params);
      const text = plan.map((p) => p['QUERY PLAN']).join('\n');
      expect(text).toContain('ix_case_created_id');
      expect(text).not.toMatch(/\bSort\b/);
      plans.push(text);
    }
    expect(plans).toHaveLength(4);
    expect(plans[2]).toMatch(/Index Only Scan Backward using ix_case_created_id/);
    // The same page by OFFSET, with the rule as it was written before (the exclusions as NOT EXISTS).
    const offsetPage = await t.dataSource.query(
      `SELECT c.id FROM "case" c
        WHERE (c.org_unit_id = ANY($1::uuid[]) OR c.assigned_unit_id = ANY($1::uuid[])
               OR c.id IN (SELECT np.case_id FROM case_participant np WHERE np.user_id = $2 AND np.relation = 'PARTICIPANT'))
          AND NOT EXISTS (SELECT 1 FROM user_excluded_cases($2::uuid) x WHERE x.case_id = c.id)
        ORDER BY c.created_at DESC, c.id DESC LIMIT 20 OFFSET 5000`,
      [criteria.visibleUnitIds, criteria.userId],
    );
    expect(deep.rows.map((r) => r.id)).toEqual(offsetPage.map((r: { id: string }) => r.id));
  });
});
