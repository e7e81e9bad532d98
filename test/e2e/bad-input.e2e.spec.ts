import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('probe', () => {
  let t: TestApp;
  let org: DemoOrg;
  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const show = (label: string, r: { status: number; body: unknown; headers: Record<string, string>; text: string }) =>
    console.log(label, r.status, r.headers['content-type'], JSON.stringify(r.body).slice(0, 600), r.text.slice(0, 200));

  it('probes', async () => {
    const c = await t.http.post('/cases').set(as(org.tokens.taskForce)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() });
    const id = c.body.case.id;
    show('malformed', await t.http.post('/cases').set(as(org.tokens.taskForce)).set('Content-Type', 'application/json').send('{"procedureId": '));
    show('text', await t.http.post('/cases').set(as(org.tokens.taskForce)).set('Content-Type', 'text/plain').send('hello'));
    show('array', await t.http.post('/cases').set(as(org.tokens.taskForce)).set('Content-Type', 'application/json').send('[1,2]'));
    show('array-ev', await t.http.post(`/cases/${id}/events`).set(as(org.tokens.taskForce)).set('Content-Type', 'application/json').send('[1,2]'));
    show('big', await t.http.post('/cases').set(as(org.tokens.taskForce)).send({ x: 'a'.repeat(70000) }));
    show('route', await t.http.get('/khong-co').set(as(org.tokens.taskForce)));
    show('route-noauth', await t.http.get('/khong-co'));
    show('stats', await t.http.get('/statistics/quy-dinh-1374?from=2025-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z').set(as(org.tokens.taskForce)));
    show('stats-bad', await t.http.get('/statistics/quy-dinh-1374?from=abc&to=2027-01-01').set(as(org.tokens.taskForce)));
    show('docs', await t.http.get('/docs'));
    show('health', await t.http.get('/health'));
    await t.http.post(`/cases/${id}/events`).set(as(org.tokens.taskForce)).send({ type: 'START_SCREENING', expectedVersion: 1 }).expect(200);
    show('classify-nosubject', await t.http.post(`/cases/${id}/events`).set(as(org.tokens.taskForce)).send({ type: 'CLASSIFY', expectedVersion: 2, payload: { infoType: 'TO_CAO' } }));
    show('assign', await t.http.post(`/cases/${id}/events`).set(as(org.tokens.secretary)).send({ type: 'ASSIGN_TO_UNIT', expectedVersion: 3, payload: { unitId: org.wardA.id } }));
    show('close', await t.http.post(`/cases/${id}/events`).set(as(org.tokens.secretary)).send({ type: 'CLOSE_NO_BASIS', expectedVersion: 3, payload: { reason: 'khong co co so' } }));
    show('noRole', await t.http.post('/cases').set(as(org.tokens.noRole)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() }));
  });
});
