// GET /cases?q=: one search over the title, the summary, the subjects and the documents of a case, without caring for
// case or Vietnamese diacritics, ranked, within the caller's scope — on PGlite and on PostgreSQL, where the trigram
// index serves it.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseSearchRepository } from '@hoso/cases/repositories/case-search.repository';
import { caseClient, type CaseRef } from '../support/case-client';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('case search (GET /cases?q=)', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  const ref: Record<'duc' | 'duoc' | 'summary' | 'subject' | 'document' | 'reporter' | 'participant' | 'person' | 'wardA' | 'wardB', CaseRef> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    const city = org.city.id;
    // Created oldest first: without ranking the newest would come first.
    ref.duc = await c.create('taskForce', city, registration({ title: 'Phản ánh về đồng chí Nguyễn Văn Đức', summary: 'Đơn của cử tri.' }));
    ref.duoc = await c.create('taskForce', city, registration({ title: 'Đơn thư về cán bộ xã', summary: 'Liên quan ông Nguyễn Văn Được, trưởng thôn.' }));
    ref.summary = await c.create('taskForce', city, registration({ title: 'Thông tin qua đường dây nóng', summary: 'Phản ánh việc LẤN CHIẾM đất công ở khu phố 3.' }));
    ref.subject = await c.create('taskForce', city, registration({ title: 'Phản ánh chưa rõ đối tượng', summary: 'Nội dung chung.' }));
    await c.send('taskForce', ref.subject, 'START_SCREENING');
    await c.send('taskForce', ref.subject, 'CLASSIFY', {
      infoType: 'PHAN_ANH',
      subject: { kind: 'PERSON', name: 'Trần Thị Hồng Nhung', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
    });
    ref.document = await c.create('taskForce', city, registration({ title: 'Hồ sơ có tài liệu kèm theo', summary: 'Nội dung chung.' }));
    ref.reporter = await c.create('taskForce', city, registration({ title: 'Phản ánh có người cung cấp thông tin', summary: 'Nội dung chung.' }), {
      reporter: { name: 'Phạm Quốc Khánh', address: 'Số 9 Hàng Bạc' },
    });
    ref.participant = await c.create('taskForce', city, registration({ title: 'Phản ánh một ủy viên thường vụ', summary: 'Nội dung chung.' }));
    ref.person = await c.create('wardA', org.wardA.id, registration({ title: 'Phường A: hồ sơ một quần chúng', summary: 'Nội dung chung.' }));
    ref.wardA = await c.create('wardA', org.wardA.id, registration({ title: 'Phường A: phản ánh về ông Đức' }));
    ref.wardB = await c.create('wardB', org.wardB.id, registration({ title: 'Phường B: phản ánh về ông Đức' }));
  });
  afterAll(() => t?.close());

  const search = async (who: keyof DemoOrg['tokens'], q: string): Promise<string[]> => {
    const res = await t.http.get('/cases').query({ q, pageSize: 100 }).set(c.as(who));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    expect(res.body.total).toBe(res.body.items.length);
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };

  it.each(['Nguyễn Văn Đức', 'nguyen van duc', 'NGUYỄN  VĂN   ĐỨC', ' Nguyen Van Duc '])('finds "Nguyễn Văn Đức" by %j, the exact name before the near one', async (q) => {
    const ids = await search('secretary', q);
    // "Nguyễn Văn Được" is close enough to be found, and ranked after the case that has the name itself.
    expect(ids).toEqual([ref.duc.id, ref.duoc.id]);
  });

  it.each(['duc', 'ĐỨC', 'Đức', 'đức'])('finds every case naming "Đức" by %j, without accents or case, but not "Được"', async (q) => {
    const ids = await search('secretary', q);
    expect(ids.sort()).toEqual([ref.duc.id, ref.wardA.id, ref.wardB.id].sort());
  });

  it('finds a word of the summary, whatever its case or accents', async () => {
    expect(await search('secretary', 'lan chiem dat cong')).toEqual([ref.summary.id]);
    expect(await search('secretary', 'Lấn chiếm')).toEqual([ref.summary.id]);
  });

  it('finds the subject named when the information was classified', async () => {
    expect(await search('secretary', 'hong nhung')).toEqual([ref.subject.id]);
    expect(await search('secretary', 'Trần Thị Hồng Nhung')).toEqual([ref.subject.id]);
  });

  it("finds a document of the dossier by its file name once it is added", async () => {
    expect(await search('secretary', 'bien ban xac minh')).toEqual([]);
    await t.dataSource.query(
      `INSERT INTO case_attachment (id, case_id, form_code, document_date, author, file_name, media_type, size_bytes, sha256, uploaded_by)
       VALUES ($1, $2, 'BB', '2026-11-02', 'Tổ công tác', 'Biên bản xác minh số 12.pdf', 'application/pdf', 3, repeat('a', 64), $3)`,
      [randomUUID(), ref.document.id, org.userIds.taskForce],
    );
    expect(await search('secretary', 'bien ban xac minh')).toEqual([ref.document.id]);
  });

  it('finds a case by the name of a subject named on it, which the subject themself cannot find', async () => {
    expect(await search('secretary', 'nguoi dung standing')).toEqual([]);
    await t.http
      .post(`/cases/${ref.participant.id}/participants`)
      .set(c.as('taskForce'))
      .send({ relation: 'SUBJECT', userId: org.userIds.standing, reason: 'Người bị phản ánh' })
      .expect(201);
    expect(await search('secretary', 'Người dùng standing')).toEqual([ref.participant.id]);
    expect(await search('standing', 'nguoi dung standing')).toEqual([]);
  });

  it('finds a case by the person record it is about, under the name the record has now', async () => {
    const person = await t.http.post('/people').set(c.as('wardA')).send({ fullName: 'Lê Thị Thu Hà', dateOfBirth: '1990-05-31', orgUnitId: org.wardA.id }).expect(201);
    // Linked as at creation (CasePersonRepository); renamed as a correction of the record would.
    await t.dataSource.query(`INSERT INTO case_person (case_id, person_id) VALUES ($1, $2)`, [ref.person.id, person.body.id]);
    expect(await search('wardA', 'le thi thu ha')).toEqual([ref.person.id]);
    await t.dataSource.query(`UPDATE person SET full_name = 'Phan Minh Tuấn' WHERE id = $1`, [person.body.id]);
    expect(await search('wardA', 'minh tuan')).toEqual([ref.person.id]);
    expect(await search('wardA', 'le thi thu ha')).toEqual([]);
  });

  it("never finds a case by its protected reporter's identity", async () => {
    expect(await search('secretary', 'Phạm Quốc Khánh')).toEqual([]);
    expect(await search('secretary', 'hang bac')).toEqual([]);
    // The case itself is there, by its own title.
    expect(await search('secretary', 'nguoi cung cap thong tin')).toEqual([ref.reporter.id]);
  });

  it('does not find a case outside the caller’s scope', async () => {
    expect(await search('wardA', 'duc')).toEqual([ref.wardA.id]);
    expect(await search('wardB', 'Đức')).toEqual([ref.wardB.id]);
  });

  it('takes LIKE wildcards, digits and symbols literally and keeps the other filters', async () => {
    expect(await search('secretary', '%')).toEqual([]);
    expect(await search('secretary', '_')).toEqual([]);
    const numbered = await c.create('taskForce', org.city.id, registration({ title: 'Kế hoạch 1000 hộ dân', summary: 'Nội dung chung.' }));
    expect(await search('secretary', '1000 HỘ')).toEqual([numbered.id]);
    expect(await search('secretary', '100%')).toEqual([]);
    const closed = await t.http.get('/cases').query({ q: 'duc', status: 'CLOSED' }).set(c.as('secretary')).expect(200);
    expect(closed.body).toMatchObject({ total: 0, items: [] });
    const unit = await t.http.get('/cases').query({ q: 'duc', unitId: org.wardB.id }).set(c.as('secretary')).expect(200);
    expect((unit.body.items as { id: string }[]).map((i) => i.id)).toEqual([ref.wardB.id]);
  });

  it('lists everything newest first when the query has nothing to search for', async () => {
    const all = await t.http.get('/cases').query({ pageSize: 100 }).set(c.as('secretary')).expect(200);
    const blank = await t.http.get('/cases').query({ q: '   ', pageSize: 100 }).set(c.as('secretary')).expect(200);
    expect(blank.body.total).toBe(all.body.total);
    expect(blank.body.items).toEqual(all.body.items);
  });

  it('refuses a query longer than 200 characters', async () => {
    const res = await t.http.get('/cases').query({ q: 'a'.repeat(201) }).set(c.as('secretary'));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  // The plan only matters on the real server; PGlite answers the same query above.
  const onPostgres = process.env.DATABASE_URL ? it : it.skip;
  // Tens of thousands: with the visibility rule now cheap per row, a seq scan of a few thousand rows is the cheaper plan.
  onPostgres('uses the trigram index for the search query on a table of tens of thousands of cases', async () => {
    await t.dataSource.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                           title, chain_head, created_by, received_at)
       SELECT gen_random_uuid(), 'quy-dinh-1374', 1, jsonb_build_object('context', jsonb_build_object('registration',
                jsonb_build_object('summary', 'Nội dung ' || md5(g::text)))), 'screening', 'OPEN', 'IN_PROGRESS', '{}', 1, $1,
              'Hồ sơ ' || g || ' ' || md5((g * 7)::text), repeat('0', 64), $2, now()
         FROM generate_series(1, 30000) g`,
      [org.city.id, org.userIds.taskForce],
    );
    await t.dataSource.query(`ANALYZE "case"`);
    // The repository's own SQL, captured and explained with its parameters.
    const statements: { sql: string; params: unknown[] }[] = [];
    // A search runs in a transaction of its own (SET LOCAL work_mem): captured inside it too.
    const capture = (m: EntityManager): EntityManager =>
      ({
        query: (sql: string, params: unknown[]) => {
          statements.push({ sql, params });
          return m.query(sql, params);
        },
        transaction: <T>(fn: (tx: EntityManager) => Promise<T>) => m.transaction((tx) => fn(capture(tx))),
      }) as unknown as EntityManager;
    const found = await new CaseSearchRepository().list(capture(t.dataSource.manager), {
      visibleUnitIds: [org.city.id, org.wardA.id, org.wardB.id, org.cellA.id],
      userId: org.userIds.secretary,
      q: 'Nguyễn Văn Đức',
      limit: 20,
      offset: 0,
    });
    expect(found.rows.map((r) => r.id)).toEqual([ref.duc.id, ref.duoc.id]);
    const page = statements.find((s) => s.sql.includes('ORDER BY'))!;
    const plan: { 'QUERY PLAN': string }[] = await t.dataSource.query(`EXPLAIN ${page.sql}`, page.params);
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('ix_case_search_trgm');
  });
});
