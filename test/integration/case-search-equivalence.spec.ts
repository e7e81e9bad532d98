// GET /cases at scale (issue 16): the search looks for its page in the top tier along the list's order before ranking
// every match, and the list's pages test the exclusions in order. Both must answer exactly what the definitions before
// the change answered (copied below) — on a seeded set with excluded users, named participants, subjects named in the
// text and Vietnamese written with and without diacritics — and numbered pages stop where the count stops.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CASE_COUNT_BOUND, CaseSearchRepository, type CaseListCriteria } from '@hoso/cases/repositories/case-search.repository';
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

type Who = 'secretary' | 'wardA' | 'wardB' | 'standing';

// The statements of GET /cases before issue 16 §1 (commit 5265fff), kept as the reference: the visibility rule with
// the exclusions as NOT EXISTS, the same match, every match ranked.
const OLD_VISIBLE = `((c.org_unit_id = ANY($1::uuid[]) OR c.assigned_unit_id = ANY($1::uuid[])
            OR c.id = ANY(ARRAY(SELECT np.case_id FROM case_participant np
                                        WHERE np.user_id = $2::uuid AND np.relation = 'PARTICIPANT')))
           AND NOT EXISTS (SELECT 1 FROM user_excluded_cases($2::uuid) x WHERE x.case_id = c.id))`;
const OLD_WORDS = /^[a-z]+( [a-z]+)*$/;

async function oldList(m: EntityManager, f: CaseListCriteria): Promise<{ total: number; totalExact: boolean; ids: string[] }> {
  const where: string[] = [OLD_VISIBLE];
  const params: unknown[] = [f.visibleUnitIds, f.userId];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (f.status) where.push(`c.status = ${add(f.status)}`);
  if (f.unitId) {
    const unit = add(f.unitId);
    where.push(`(c.org_unit_id = ${unit}::uuid OR c.assigned_unit_id = ${unit}::uuid)`);
  }
  const [{ t: text }]: { t: string }[] = f.q ? await m.query(`SELECT case_search_normalize($1) AS t`, [f.q]) : [{ t: '' }];
  let found: string | undefined;
  let similar: string | undefined;
  if (text) {
    found = `c.search_text LIKE ${add(`%${text.replace(/[\\%_]/g, '\\$&')}%`)} ESCAPE '\\'`;
    similar = OLD_WORDS.test(text) ? add(text) : undefined;
    where.push(similar ? `(${found} OR c.search_text %> ${similar})` : found);
  }
  const clause = where.join(' AND ');
  const bound = f.countBound ?? CASE_COUNT_BOUND;
  const [{ n }]: { n: number }[] = await m.query(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM "case" c WHERE ${clause} LIMIT $${params.length + 1}) x`,
    [...params, bound + 1],
  );
  let order = 'c.created_at DESC, c.id DESC';
  if (found) {
    const t = similar ?? add(text);
    order = `(${found}) DESC, word_similarity(${t}, c.search_text) DESC,
             word_similarity(${t}, case_search_normalize(c.title)) DESC, ${order}`;
  }
  const rows: { id: string }[] = await m.query(
    `SELECT c.id FROM "case" c WHERE ${clause} ORDER BY ${order} LIMIT ${add(f.limit + 1)} OFFSET ${add(f.offset)}`,
    params,
  );
  return { total: Math.min(n, bound), totalExact: n <= bound, ids: rows.slice(0, f.limit).map((r) => r.id) };
}

// Titles and summaries: the same words with and without diacritics, upper case, decomposed (NFD) accents, names that
// are near each other, digits and symbols. Each case draws one of each, so that most queries match many cases and the
// top tier (the query whole in the title and the text) is one part of them.
const TITLES = [
  'Phản ánh về đất đai tại khu phố {n}',
  'Phan anh ve dat dai o ap {n}',
  'ĐẤT ĐAI bị lấn chiếm, hồ sơ {n}',
  'Đơn thư về ông Nguyễn Văn Đức, thôn {n}',
  'Đơn thư về ông Nguyễn Văn Được, thôn {n}',
  'Kế hoạch 1000 hộ dân số {n}',
  'Tố cáo cán bộ xã {n}'.normalize('NFD'),
  'Việc đất đai và xây dựng {n}'.normalize('NFD'),
];
const SUMMARIES = ['Ý kiến cử tri về đất đai.', 'Liên quan ông Nguyễn Văn Đức.', 'Nội dung chung 100%.', 'Phản ánh việc xây dựng trái phép.'];
const SUBJECTS = ['Trần Thị Hồng Nhung', 'Nguyễn Văn Đức', 'Lê Văn Đạt'];
const QUERIES = ['đất đai', 'dat dai', 'ĐẤT', 'Nguyễn Văn Đức', 'nguyen van duc', 'duoc', 'hồng nhung', 'xây dựng', '1000 hộ', '100%', 'số 1', 'Người dùng wardA', 'tố cáo'];

describe('case search and pages at scale: the same answers as before', () => {
  let t: TestApp;
  let org: DemoOrg;
  const repo = new CaseSearchRepository();
  let scope: Record<Who, string[]>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const { city, wardA, wardB, cellA } = org;
    const units = [city.id, wardA.id, wardB.id, cellA.id];
    scope = { secretary: units, standing: units, wardA: [wardA.id, cellA.id], wardB: [wardB.id] };
    const u = org.userIds;
    // 240 cases, created four to an instant (the id breaks those ties) and two a microsecond apart.
    await t.dataSource.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                           assigned_unit_id, title, chain_head, created_by, received_at, created_at)
       SELECT gen_random_uuid(), 'quy-dinh-1374', 1,
              jsonb_build_object('context', jsonb_build_object(
                'registration', jsonb_build_object('summary', ($5::text[])[1 + g % 4]),
                'classification', CASE WHEN g % 3 = 0 THEN jsonb_build_object('subject', jsonb_build_object('name', ($6::text[])[1 + g % 5 % 3])) END)),
              'screening', CASE WHEN g % 3 = 1 THEN 'CLOSED' ELSE 'OPEN' END, 'IN_PROGRESS', '{}', 1,
              ($1::uuid[])[1 + g % 4], CASE WHEN g % 7 = 0 THEN $2::uuid WHEN g % 11 = 0 THEN $3::uuid END,
              replace(($4::text[])[1 + (g * 5) % 8], '{n}', g::text), repeat('0', 64), $7, now(),
              timestamptz '2026-11-02T02:00:00Z' + (g / 4) * interval '1 minute' + CASE WHEN g % 50 = 49 THEN interval '1 microsecond' ELSE interval '0' END
         FROM generate_series(0, 239) g`,
      [units, city.id, wardB.id, TITLES, SUMMARIES, SUBJECTS, u.taskForce],
    );
    const ids: { id: string }[] = await t.dataSource.query(`SELECT id FROM "case" ORDER BY title, id`);
    const participant = (caseId: string, relation: string, user: string | null, unit: string | null) =>
      t.dataSource.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, $5, 'thử', $6)`,
        [randomUUID(), caseId, relation, user, unit, u.taskForce],
      );
    // The city's secretary declared conflicts; ward A's secretary is a subject (so the text names them); ward B's
    // secretary heads a subject organisation, and is named on city cases outside ward B.
    for (const [i, { id }] of ids.entries()) {
      if (i % 9 === 0) await participant(id, 'CONFLICT', u.secretary, null);
      if (i % 5 === 1) await participant(id, 'SUBJECT', u.wardA, null);
      if (i % 13 === 2) await participant(id, 'SUBJECT_ORGANISATION', null, wardB.id);
      if (i % 6 === 0) await participant(id, 'PARTICIPANT', u.wardB, null);
    }
  });
  afterAll(() => t?.close());

  const criteria = (who: Who, extra: Partial<CaseListCriteria>): CaseListCriteria => ({
    visibleUnitIds: scope[who],
    userId: org.userIds[who],
    limit: 7,
    offset: 0,
    ...extra,
  });

  /** The repository's answer, and whether it ranked every match (a statement ordering by similarity ran). */
  const current = async (f: CaseListCriteria) => {
    const statements: string[] = [];
    const capture = (m: EntityManager): EntityManager =>
      ({
        query: (sql: string, params: unknown[]) => {
          statements.push(sql);
          return m.query(sql, params);
        },
        transaction: <T>(fn: (tx: EntityManager) => Promise<T>) => m.transaction((tx) => fn(capture(tx))),
      }) as unknown as EntityManager;
    const page = await repo.list(capture(t.dataSource.manager), f);
    return { total: page.total, totalExact: page.totalExact, ids: page.rows.map((r) => r.id), rankedAll: statements.some((s) => /ORDER BY \(c\.search_text LIKE/.test(s)) };
  };

  // rankAllUpTo 0 sends every search down the top tier first; a walk of 3 cases is too short to fill a page, so the
  // search falls back to ranking every match after it.
  // Last, the walk's length from the table's size once it is analysed (before, pg_class knows none: the longest walk).
  const MODES = {
    'as configured': {},
    'top tier first': { rankAllUpTo: 0 },
    'top tier too short, then ranked': { rankAllUpTo: 0, topTierWalk: 3 },
    'top tier first, walk sized from the analysed table': { rankAllUpTo: 0 },
  };

  it.each(Object.entries(MODES))('answers every query of every user as before, page by page (%s)', async (name, mode) => {
    if (name.includes('analysed')) await t.dataSource.query(`ANALYZE "case"`);
    let compared = 0;
    let fromTopTier = 0;
    for (const who of ['secretary', 'wardA', 'wardB', 'standing'] as const) {
      for (const q of QUERIES) {
        for (const extra of [{}, { status: 'OPEN' as const }, { offset: 7 }, { offset: 21, limit: 3 }, { unitId: org.wardB.id }]) {
          const f = criteria(who, { q, ...mode, ...extra });
          const [before, now] = [await oldList(t.dataSource.manager, f), await current(f)];
          expect({ who, q, extra, ...now, rankedAll: undefined }).toEqual({ who, q, extra, ...before, rankedAll: undefined });
          compared += before.ids.length;
          if (!now.rankedAll) fromTopTier++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    // Each path answered a good share of the pages.
    if (mode === MODES['top tier first']) expect(fromTopTier).toBeGreaterThan(20);
    else if (!name.includes('analysed')) expect(fromTopTier).toBe(0);
  });

  it('serves a common word from the top tier without ranking every match, and ranks when the top tier cannot fill the page', async () => {
    const f = criteria('secretary', { q: 'đất đai', rankAllUpTo: 0 });
    const before = await oldList(t.dataSource.manager, f);
    expect(before.total).toBeGreaterThan(f.limit * 3);
    expect(await current(f)).toEqual({ ...before, rankedAll: false });
    // "Nguyễn Văn Đức" is whole in an eighth of the titles and in more texts: its second page of 20 reaches past the
    // top tier, into the texts and the near name "Được", which only ranking every match can order.
    const name = criteria('secretary', { q: 'Nguyễn Văn Đức', rankAllUpTo: 0, offset: 20, limit: 20 });
    expect(await current(name)).toEqual({ ...(await oldList(t.dataSource.manager, name)), rankedAll: true });
    // Below the threshold every match is ranked directly.
    expect((await current(criteria('secretary', { q: 'đất đai' }))).rankedAll).toBe(true);
  });

  it('counts the same way: exact up to the bound, "more than" one above it, found as written and by a near spelling', async () => {
    // "nguyen van duc" is found as written in some cases and only by a near spelling ("Được") in others: bounds
    // below, between and above the two counts.
    const near = await oldList(t.dataSource.manager, criteria('secretary', { q: 'nguyen van duc', countBound: 10_000 }));
    expect(near.total).toBeGreaterThan(30);
    for (const q of ['dat dai', 'nguyen van duc']) {
      for (const countBound of [1, 5, 20, 40, near.total - 1, near.total, near.total + 1, 200]) {
        const f = criteria('secretary', { q, countBound, rankAllUpTo: 0 });
        const [before, now] = [await oldList(t.dataSource.manager, f), await current(f)];
        expect({ q, countBound, total: now.total, totalExact: now.totalExact }).toEqual({ q, countBound, total: before.total, totalExact: before.totalExact });
      }
    }
    const small = await current(criteria('wardB', { q: 'dat dai', countBound: 10_000 }));
    expect(small.totalExact).toBe(true);
  });

  it('lists without a query exactly as before, for users with exclusions and named cases, by page and by cursor', async () => {
    for (const who of ['secretary', 'wardA', 'wardB'] as const) {
      const all = await oldList(t.dataSource.manager, criteria(who, { limit: 500 }));
      expect(all.ids.length).toBeGreaterThan(20);
      for (const offset of [0, 7, 21, all.ids.length - 3, all.ids.length, all.ids.length + 5]) {
        expect((await current(criteria(who, { offset }))).ids).toEqual(all.ids.slice(offset, offset + 7));
      }
      const walked: string[] = [];
      let after: CaseListCriteria['after'];
      for (let i = 0; i < 100; i++) {
        const page = await repo.list(t.dataSource.manager as EntityManager, criteria(who, { after }));
        walked.push(...page.rows.map((r) => r.id));
        after = page.next;
        if (!after) break;
      }
      expect(walked).toEqual(all.ids);
    }
  });

  describe('numbered pages end where the count ends', () => {
    const get = (query: Record<string, string | number>) =>
      t.http.get('/cases').query(query).set('Authorization', `Bearer ${org.tokens.secretary}`);

    it.each([
      [20, CASE_COUNT_BOUND / 20],
      [100, CASE_COUNT_BOUND / 100],
      [30, Math.ceil(CASE_COUNT_BOUND / 30)],
    ])('at %i a page, answers page %i (the last that starts within the count) and refuses the next', async (pageSize, last) => {
      const ok = await get({ pageSize, page: last });
      expect({ status: ok.status, items: ok.body.items }).toEqual({ status: 200, items: [] });
      const beyond = await get({ pageSize, page: last + 1 });
      expect({ status: beyond.status, code: beyond.body.code, details: beyond.body.details }).toEqual({
        status: 400,
        code: 'PAGE_BEYOND_COUNT',
        details: { page: last + 1, pageSize, lastPage: last, bound: CASE_COUNT_BOUND },
      });
      expect(beyond.body.message).toContain('10.000 vụ việc đầu tiên');
      expect(beyond.body.message).toContain('nextCursor');
    });

    it('still answers a deep page number sent with a cursor, and tells a search to narrow itself', async () => {
      const first = await get({ pageSize: 2 });
      const next = await get({ pageSize: 2, page: 10_000, cursor: first.body.nextCursor });
      expect({ status: next.status, page: next.body.page, items: next.body.items.length }).toEqual({ status: 200, page: 10_000, items: 2 });
      const search = await get({ q: 'đất đai', page: 501 });
      expect({ status: search.status, code: search.body.code }).toEqual({ status: 400, code: 'PAGE_BEYOND_COUNT' });
      expect(search.body.message).toContain('thu hẹp');
    });
  });
});

// A name in most cases' text and in few or none of their titles (issue 16, "in no title"): most matches are ranked by
// their titles' similarity to the name, among many titles of one similarity (templated titles), with the name also
// inside a longer word (found as written, not whole) and misspelt (found only by a near spelling). The old order,
// page by page, on the first, a middle and the last page: the reference for any faster way to find those pages.
const NAME_TITLES = [
  'Phản ánh về đất đai tại khu phố {n}',
  'Minh bạch tài chính ở ấp {n}',
  'Đơn của bà Hoàng Thị Lan, thôn {n}',
  'Việc xây dựng trái phép số {n}',
  'Tuần tra an ninh tại chợ {n}',
  'Hoàng hôn trên sông, tổ {n}',
  'Mai táng và đất nghĩa trang {n}',
];
const NAME_SUMMARIES = [
  'Hộ ông Hoàng Minh Tuấn khiếu nại về Lê Thị Mai.',
  'Ý kiến của HOÀNG MINH TUẤN, cùng bà Lê Thị Mai.',
  'Ông Hoàng Minh Tuấn phản ánh việc xây dựng.',
  'Hộ ông Hoàng Minh Tuấnh, cháu bà Lê Thị Maii.',
  'Hộ ông Hoàng Mih Tuấn, bà Lê Th Mai.',
  'Nội dung chung.',
];
// "Hoàng Minh Tuấn" is whole in one title in twenty-two and in most texts; "Lê Thị Mai" in no title.
const NAME_QUERIES = ['Hoàng Minh Tuấn', 'hoang minh', 'Lê Thị Mai', 'minh tuan', 'tuấn'];

describe('case search: a name in most texts and in few or no titles, the same answers as before', () => {
  let t: TestApp;
  let org: DemoOrg;
  const repo = new CaseSearchRepository();
  let scope: Record<Who, string[]>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const { city, wardA, wardB, cellA } = org;
    const units = [city.id, wardA.id, wardB.id, cellA.id];
    scope = { secretary: units, standing: units, wardA: [wardA.id, cellA.id], wardB: [wardB.id] };
    const u = org.userIds;
    // 360 cases, four to an instant (the id breaks those ties).
    await t.dataSource.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                           assigned_unit_id, title, chain_head, created_by, received_at, created_at)
       SELECT gen_random_uuid(), 'quy-dinh-1374', 1,
              jsonb_build_object('context', jsonb_build_object(
                'registration', jsonb_build_object('summary', ($5::text[])[1 + (g * 7) % 10 % 6]))),
              'screening', CASE WHEN g % 3 = 1 THEN 'CLOSED' ELSE 'OPEN' END, 'IN_PROGRESS', '{}', 1,
              ($1::uuid[])[1 + g % 4], CASE WHEN g % 7 = 0 THEN $2::uuid WHEN g % 11 = 0 THEN $3::uuid END,
              CASE WHEN g % 22 = 5 THEN 'Đơn thư về ông Hoàng Minh Tuấn, tổ ' || g
                   ELSE replace(($4::text[])[1 + (g * 3) % 7], '{n}', g::text) END,
              repeat('0', 64), $6, now(),
              timestamptz '2026-11-02T02:00:00Z' + (g / 4) * interval '1 minute'
         FROM generate_series(0, 359) g`,
      [units, city.id, wardB.id, NAME_TITLES, NAME_SUMMARIES, u.taskForce],
    );
    const ids: { id: string }[] = await t.dataSource.query(`SELECT id FROM "case" ORDER BY title, id`);
    const participant = (caseId: string, relation: string, user: string | null, unit: string | null) =>
      t.dataSource.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, $5, 'thử', $6)`,
        [randomUUID(), caseId, relation, user, unit, u.taskForce],
      );
    for (const [i, { id }] of ids.entries()) {
      if (i % 9 === 0) await participant(id, 'CONFLICT', u.secretary, null);
      if (i % 5 === 1) await participant(id, 'SUBJECT', u.wardA, null);
      if (i % 6 === 0) await participant(id, 'PARTICIPANT', u.wardB, null);
    }
  });
  afterAll(() => t?.close());

  const criteria = (who: Who, extra: Partial<CaseListCriteria>): CaseListCriteria => ({
    visibleUnitIds: scope[who],
    userId: org.userIds[who],
    limit: 7,
    offset: 0,
    ...extra,
  });

  // rankAllUpTo 0: every search looks in the top tier first, which the name rarely fills.
  it.each([
    ['as configured', {}],
    ['top tier first', { rankAllUpTo: 0 }],
  ])('answers the first, a middle and the last page of every query as before (%s)', async (_, mode) => {
    let compared = 0;
    for (const who of ['secretary', 'wardA', 'wardB', 'standing'] as const) {
      for (const q of NAME_QUERIES) {
        const all = await oldList(t.dataSource.manager, criteria(who, { q, limit: 1000 }));
        const last = Math.floor((all.total - 1) / 7) * 7;
        for (const extra of [{}, { offset: 7 * Math.floor(last / 14) }, { offset: last }, { status: 'OPEN' as const }]) {
          const f = criteria(who, { q, ...mode, ...extra });
          const page = await repo.list(t.dataSource.manager as EntityManager, f);
          const now = { total: page.total, totalExact: page.totalExact, ids: page.rows.map((r) => r.id) };
          expect({ who, q, extra, ...now }).toEqual({ who, q, extra, ...(await oldList(t.dataSource.manager, f)) });
          compared += now.ids.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
