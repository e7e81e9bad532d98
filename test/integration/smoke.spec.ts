import { createTestApp, registration, seedOrg, type TestApp } from '../support/test-app';

describe('test harness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a case over HTTP on a fresh migrated database', async () => {
    const org = await seedOrg(t);
    const res = await t.http
      .post('/cases')
      .set('Authorization', `Bearer ${org.tokens.taskForce}`)
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() })
      .expect(201);
    expect(res.body.case).toMatchObject({ state: 'received', version: 1, reportCategory: 'NOT_YET_HANDLED' });
  });
});
