// A violation is judged by the rules in force on the day it was committed: before 69-QĐ/TW (6/7/2022) the limitation
// periods of 102-QĐ/TW (members, from 15/11/2017) and 07-QĐi/TW (organisations, from 28/8/2018) apply, and the forms
// are the Charter's. Read through GET /rules/resolve, on the day before, on and after each boundary.
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('discipline rules before 69-QĐ/TW', () => {
  let t: TestApp;
  let org: DemoOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
  });
  afterAll(() => t.close());

  const resolve = (key: string, date: string) =>
    t.http.get('/rules/resolve').query({ key, unitId: org.cellA.id, date }).set({ Authorization: `Bearer ${org.tokens.secretary}` });

  it.each([
    ['B3.LIMIT_MEMBER_KHIEN_TRACH', '2017-11-15', 60, '102-QĐ/TW'],
    ['B3.LIMIT_MEMBER_KHIEN_TRACH', '2022-07-05', 60, '102-QĐ/TW'],
    ['B3.LIMIT_MEMBER_KHIEN_TRACH', '2022-07-06', 60, '69-QĐ/TW'],
    ['B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC', '2019-03-01', 120, '102-QĐ/TW'],
    ['B3.LIMIT_ORG_CANH_CAO', '2018-08-28', 120, '07-QĐi/TW'],
  ])('%s on %s: %s months under %s', async (key, date, months, instrument) => {
    const res = await resolve(key, date).expect(200);
    expect(res.body).toMatchObject({ value: months, unit: 'MONTHS' });
    expect(JSON.stringify(res.body)).toContain(instrument);
  });

  it.each([
    ['B3.LIMIT_MEMBER_KHIEN_TRACH', '2017-11-14'],
    ['B3.LIMIT_ORG_CANH_CAO', '2018-08-27'],
  ])('%s on %s (the day before the first version): no rule', async (key, date) => {
    const res = await resolve(key, date);
    expect(res.status).toBe(404);
  });

  it('the forms per subject before 22-QĐ/TW are the Charter’s, the same table', async () => {
    const [before, after] = await Promise.all([resolve('B3.FORMS_BY_SUBJECT', '2019-01-01').expect(200), resolve('B3.FORMS_BY_SUBJECT', '2021-07-28').expect(200)]);
    expect(JSON.stringify(before.body)).toContain('Điều lệ Đảng');
    expect(before.body.valueData).toEqual(after.body.valueData);
    const categories = await resolve('B3.NO_LIMITATION_CATEGORIES', '2020-06-01').expect(200);
    expect((categories.body.valueData as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });
});
