// GET /statistics/quy-dinh-1374?from&to: a period is whole days in Vietnam. Each boundary is 00:00 in Vietnam
// (17:00Z the day before), so an item received in the first morning of a month or quarter counts in it.
import { caseClient } from '../support/case-client';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('statistics over Vietnamese civil days', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    for (const [receivedAt, source] of [
      ['2026-02-28T16:59:59.999Z', 'VOTER'], // 23:59:59.999 on 28/02 in Vietnam: February
      ['2026-02-28T17:00:00.000Z', 'PRESS'], // 00:00 on 01/03 in Vietnam: March
      ['2026-03-31T16:59:59.000Z', 'ELECTED_BODY'], // 23:59:59 on 31/03: March, Q1
      ['2026-03-31T17:00:00.000Z', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION'], // 00:00 on 01/04: April, Q2
      ['2026-04-01T05:00:00.000Z', 'VOTER'], // 12:00 on 01/04: Q2
    ] as const) {
      const extra = source === 'PRESS' ? { publishedAt: receivedAt } : {};
      await c.create('taskForce', org.city.id, registration({ title: `Nhận lúc ${receivedAt}`, source, receivedAt, ...extra }));
    }
  });
  afterAll(() => t?.close());

  const stats = (query: Record<string, string>) => t.http.get('/statistics/quy-dinh-1374').query(query).set(c.as('secretary'));
  const received = async (from: string, to: string) => {
    const res = await stats({ from, to });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body.received as { total: number; bySource: Record<string, number> };
  };

  it('counts March from 00:00 on 1 March to 00:00 on 1 April, Vietnam time', async () => {
    expect(await received('2026-03-01', '2026-04-01')).toEqual({
      total: 2,
      bySource: { VOTER: 0, ELECTED_BODY: 1, CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 0, PRESS: 1 },
    });
  });

  it('counts an item received at 00:00 on 1 April in Vietnam (17:00Z on 31 March) in the second quarter', async () => {
    expect(await received('2026-04-01', '2026-07-01')).toEqual({
      total: 2,
      bySource: { VOTER: 1, ELECTED_BODY: 0, CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 1, PRESS: 0 },
    });
    expect((await received('2026-01-01', '2026-04-01')).total).toBe(3);
    expect((await received('2026-02-01', '2026-03-01')).bySource).toMatchObject({ VOTER: 1, PRESS: 0 });
  });

  it('answers the civil dates asked for and the instants that bound them', async () => {
    const res = await stats({ from: '2026-04-01', to: '2026-07-01' }).expect(200);
    expect(res.body.period).toEqual({
      from: '2026-04-01',
      to: '2026-07-01',
      startsAt: '2026-03-31T17:00:00.000Z',
      endsBefore: '2026-06-30T17:00:00.000Z',
    });
  });

  it('reads an instant as its date in Vietnam (an older client sending UTC midnight gets the same quarter)', async () => {
    const res = await stats({ from: '2026-04-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z' }).expect(200);
    expect(res.body.period).toMatchObject({ from: '2026-04-01', to: '2026-07-01' });
    expect(res.body.received.total).toBe(2);
    // 20:00Z on 31 March is already 1 April in Vietnam.
    const late = await stats({ from: '2026-03-31T20:00:00Z', to: '2026-04-02' }).expect(200);
    expect(late.body.period).toMatchObject({ from: '2026-04-01', startsAt: '2026-03-31T17:00:00.000Z' });
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-04-01' }, 'from'],
    [{ from: '2026-03-01', to: '2026-13-01' }, 'to'],
    [{ from: '2026-03-01T00:00:00', to: '2026-04-01' }, 'from'], // no offset: whose midnight?
    [{ from: '2026-W10', to: '2026-04-01' }, 'from'],
    [{ from: '2026-04-01', to: '2026-04-01' }, 'to'],
    [{ from: '2026-04-01', to: '2026-03-31T17:30:00Z' }, 'to'], // the same day in Vietnam
    [{ to: '2026-04-01' }, 'from'],
  ])('refuses %j, naming %s', async (query, field) => {
    const res = await stats(query as Record<string, string>);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
  });
});
