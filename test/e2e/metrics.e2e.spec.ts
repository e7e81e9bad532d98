// Operations (issue 14, part 4): GET /metrics answers the scraper with its token only, and shows the requests by
// route template and the case steps just taken.
import { Logger } from '@nestjs/common';
import { currentContext, type RequestContext } from '@hoso/core/logging/request-context';
import { caseClient } from '../support/case-client';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-0123456789abcdef-0123456789';

/** The value of one sample line of the exposition (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('GET /metrics', () => {
  let t: TestApp;
  let org: DemoOrg;

  beforeAll(async () => {
    t = await createTestApp({ config: { METRICS_TOKEN: TOKEN } });
    org = await seedOrg(t);
  });
  afterAll(() => t?.close());

  const scrape = () => t.http.get('/metrics').set('Authorization', `Bearer ${TOKEN}`);

  it('refuses a scraper without the token, or with another one', async () => {
    const none = await t.http.get('/metrics');
    expect({ status: none.status, code: none.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const wrong = await t.http.get('/metrics').set('Authorization', `Bearer ${TOKEN.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
    // A user's access token is not the scraper's.
    const user = await t.http.get('/metrics').set('Authorization', `Bearer ${org.tokens.secretary}`);
    expect(user.status).toBe(401);
  });

  it('times requests by route template, not by URL', async () => {
    const c = caseClient(t, org.tokens);
    const ref = await c.create('taskForce', org.city.id, registration());
    await c.view('taskForce', ref);
    await t.http.get(`/cases/${ref.id}`).expect(401);
    await t.http.get('/no-such-route-4711').expect(404);
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(sample(res.text, 'http_request_duration_seconds_count', { method: 'GET', route: '/cases/:id', status: '200' })).toBeGreaterThanOrEqual(1);
    // Refused by the guard, still under its template; a path no route knows is `unmatched`, never itself.
    expect(sample(res.text, 'http_request_duration_seconds_count', { method: 'GET', route: '/cases/:id', status: '401' })).toBeGreaterThanOrEqual(1);
    expect(sample(res.text, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(res.text).not.toContain(ref.id);
    expect(res.text).not.toContain('no-such-route');
    // The outbox and the queues are read at scrape time.
    expect(res.text).toMatch(/^hoso_outbox_backlog \d+$/m);
    expect(res.text).toMatch(/^hoso_queue_jobs\{queue="deadlines",state="failed"\} \d+$/m);
  });

  it('counts a case step once it is written', async () => {
    const c = caseClient(t, org.tokens);
    const ref = await c.create('taskForce', org.city.id, registration());
    const labels = { procedure: 'quy-dinh-1374', event: 'START_SCREENING', outcome: 'applied' };
    const before = sample((await scrape()).text, 'hoso_case_transitions_total', labels);
    await c.send('taskForce', ref, 'START_SCREENING');
    expect(sample((await scrape()).text, 'hoso_case_transitions_total', labels)).toBe(before + 1);
    // A step refused for a stale version writes nothing and is not counted as applied.
    const stale = await c.attempt('taskForce', { ...ref, version: ref.version - 1 }, 'CLASSIFY', {});
    expect(stale.status).toBeGreaterThanOrEqual(400);
    expect(sample((await scrape()).text, 'hoso_case_transitions_total', labels)).toBe(before + 1);
  });
});

describe('log lines written during a request', () => {
  let t: TestApp;
  let org: DemoOrg;
  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
  });
  afterAll(() => t?.close());

  it("carry the request's correlation id, the caller's id and the case's id", async () => {
    const c = caseClient(t, org.tokens);
    const ref = await c.create('taskForce', org.city.id, registration());
    const seen: (RequestContext | undefined)[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => void seen.push(currentContext() && { ...currentContext() }));
    try {
      const res = await t.http
        .post(`/cases/${ref.id}/events`)
        .set({ ...c.as('taskForce'), 'X-Request-Id': 'trace-metrics-0001' })
        .send({ type: 'START_SCREENING', expectedVersion: ref.version });
      expect(res.status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    // CaseCommandService logs the step it wrote.
    expect(seen).toContainEqual({ correlationId: 'trace-metrics-0001', userId: org.userIds.taskForce, caseId: ref.id });
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('does not exist', async () => {
    const res = await t.http.get('/metrics').set('Authorization', 'Bearer anything-at-all-anything-at-all-0000');
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'ROUTE_NOT_FOUND' });
  });
});
