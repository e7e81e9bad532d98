// Hostile and malformed requests at every endpoint (trust issue, "Done when"): the routes are read from the running
// app, so a new endpoint is fuzzed without anyone adding it here. Each route gets requests with wrong types, huge
// strings, SQL and script payloads, unknown ids, the ids of another unit's case, and the tokens of other users.
// Nothing may answer 500, nothing may change, and nothing of another scope may come back.
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { Role } from '@hoso/workflows';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
}

// Seeded, so a failure can be replayed: the request that failed is printed with the route.
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const CANARY = { title: 'CANARY-ward-A-secret-case-title', reporter: 'CANARY Nguyễn Thị Bí Mật', summary: 'CANARY-summary-of-ward-A' };
const HOSTILE = [
  "' OR '1'='1",
  "'; DROP TABLE \"case\"; --",
  '<script>alert(document.cookie)</script>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '😀'.repeat(50),
  'x'.repeat(5000),
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  '__proto__',
  'constructor',
  '{{7*7}}',
  '${jndi:ldap://x}',
];
const WEIRD_VALUES: unknown[] = [
  ...HOSTILE,
  null,
  true,
  -1,
  0,
  1e308,
  -0.5,
  2 ** 53 + 1,
  [],
  [1, 2, 3],
  {},
  { $gt: '' },
  'y'.repeat(20_000),
];
// Tables whose content must not move; the access log is excluded (a valid read is logged on purpose).
const STABLE_TABLES = [
  '"case"', 'case_event', 'case_reporter', 'case_participant', 'deadline', 'outbox_message', 'idempotency_key', 'legal_rule',
  'calendar_version', 'calendar_entry', 'audit_log', 'org_unit', 'role_assignment', 'notification',
];
const REQUESTS_PER_ROUTE = 70;

describe('hostile requests at every endpoint', () => {
  let t: TestApp;
  let org: DemoOrg;
  let routes: Route[];
  let canaryCaseId: string;
  const tokens: Record<string, string> = {};

  async function fingerprint(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of STABLE_TABLES) {
      const [row] = await t.dataSource.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`);
      out[table] = row.h;
    }
    const [users] = await t.dataSource.query(
      `SELECT md5(coalesce(string_agg(concat_ws(',', id, username, display_name, password_hash, active), '|' ORDER BY id), '')) AS h FROM app_user`,
    );
    out.app_user = users.h;
    return out;
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const wardOnly = await addPerson(t, 'wardaofficer', org.wardA.id, [Role.TASK_FORCE_OFFICER, Role.IDENTITY_CUSTODIAN]);
    // Ward A's case: ward B, the unauthenticated and the role-less must never see a byte of it.
    const res = await t.http
      .post('/cases')
      .set({ Authorization: `Bearer ${wardOnly.token}` })
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.wardA.id, input: registration({ title: CANARY.title, summary: CANARY.summary }), reporter: { name: CANARY.reporter } })
      .expect(201);
    canaryCaseId = res.body.case.id;
    Object.assign(tokens, { wardB: org.tokens.wardB, noRole: org.tokens.noRole, auditor: org.tokens.auditor, secretary: org.tokens.secretary });

    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router;
    routes = router.stack
      .filter((l) => l.route)
      .flatMap((l) => Object.keys(l.route!.methods).filter((m) => m !== '_all').map((m) => ({ method: m as Route['method'], path: l.route!.path })))
      .filter((r) => !r.path.startsWith('/docs'));
  });
  afterAll(() => t.close());

  it('finds the endpoints to attack', () => {
    // A floor, not an exact count: new endpoints are welcome and get fuzzed too.
    expect(routes.length).toBeGreaterThanOrEqual(25);
    for (const must of ['/cases', '/cases/:id', '/cases/:id/events', '/cases/:id/reporter/reveal', '/cases/:id/participants', '/auth/login']) {
      expect(routes.map((r) => r.path)).toContain(must);
    }
  });

  function pathParam(rand: () => number, name: string): string {
    const choices = [randomUUID(), canaryCaseId, canaryCaseId, org.wardA.id, ...HOSTILE, name === 'key' ? 'explanation' : randomUUID()];
    return encodeURIComponent(choices[Math.floor(rand() * choices.length)]);
  }

  function query(rand: () => number): string {
    const keys = ['page', 'pageSize', 'from', 'to', 'q', 'state', 'status', 'unitId', 'view', 'days', 'format', 'relation', 'unreadOnly', 'procedureId'];
    const parts: string[] = [];
    const n = Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const k = keys[Math.floor(rand() * keys.length)];
      const v = WEIRD_VALUES[Math.floor(rand() * WEIRD_VALUES.length)];
      if (Array.isArray(v)) parts.push(...v.map((x) => `${k}[]=${encodeURIComponent(String(x))}`));
      else if (v && typeof v === 'object') parts.push(`${k}[$gt]=`);
      else parts.push(`${k}=${encodeURIComponent(String(v))}`);
    }
    return parts.length ? `?${parts.join('&')}` : '';
  }

  function body(rand: () => number): { raw?: string; json?: unknown; type?: string } {
    const fields = ['type', 'payload', 'expectedVersion', 'procedureId', 'orgUnitId', 'input', 'reporter', 'reason', 'relation', 'userId', 'unitId',
      'username', 'password', 'displayName', 'role', 'key', 'value', 'dueDate', 'separationBypassReason', 'name', 'code', 'level', 'parentId', 'refreshToken'];
    const kind = Math.floor(rand() * 10);
    if (kind === 0) return { raw: '{"unterminated": ', type: 'application/json' };
    if (kind === 1) {
      const raws = ['type=START_SCREENING', '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'];
      return rand() < 0.5 ? { raw: raws[0], type: 'application/x-www-form-urlencoded' } : { raw: raws[1], type: 'application/json' };
    }
    if (kind === 2) return { json: WEIRD_VALUES[Math.floor(rand() * WEIRD_VALUES.length)] };
    if (kind === 3) return { raw: JSON.stringify({ payload: 'z'.repeat(80_000) }), type: 'application/json' };
    if (kind === 4) {
      let deep: unknown = { type: 'START_SCREENING' };
      for (let i = 0; i < 300; i++) deep = { payload: deep };
      return { json: deep };
    }
    const obj: Record<string, unknown> = {};
    const n = 1 + Math.floor(rand() * 5);
    for (let i = 0; i < n; i++) obj[fields[Math.floor(rand() * fields.length)]] = WEIRD_VALUES[Math.floor(rand() * WEIRD_VALUES.length)];
    if (rand() < 0.3) obj.orgUnitId = org.wardA.id;
    if (rand() < 0.3) obj.expectedVersion = 1;
    return { json: obj };
  }

  function token(rand: () => number, path: string): Record<string, string> {
    const choices: (string | undefined)[] = [undefined, 'Bearer not-a-token', 'Bearer aaaaaaaaaaaa.bbbbbbbbbbbb', 'Basic YWRtaW46YWRtaW4='];
    // Real people's tokens (outsiders and in-scope people with hostile input), except on the session endpoints,
    // where a logout is a legitimate change that would end the token for the rest of the run.
    if (!path.startsWith('/auth')) choices.push(tokens.wardB, tokens.noRole, tokens.auditor, tokens.secretary, tokens.secretary);
    const pick = choices[Math.floor(rand() * choices.length)];
    if (!pick) return {};
    return { Authorization: pick.startsWith('Bearer ') || pick.startsWith('Basic ') ? pick : `Bearer ${pick}` };
  }

  const leaksCanary = (res: Response) => {
    const text = res.text ?? '';
    return [CANARY.title, CANARY.reporter, CANARY.summary].some((s) => text.includes(s));
  };

  it('answers every hostile request without a 500, a leak or a change', async () => {
    const before = await fingerprint();
    const failures: string[] = [];
    let sent = 0;
    for (const [i, route] of routes.entries()) {
      const rand = prng(1374 + i);
      for (let n = 0; n < REQUESTS_PER_ROUTE; n++) {
        const path = route.path.replace(/:(\w+)/g, (_, name: string) => pathParam(rand, name)) + query(rand);
        const headers = token(rand, route.path);
        let req = t.http[route.method](path).set(headers);
        if (route.method !== 'get' && route.method !== 'delete') {
          const b = body(rand);
          // Serialised here: supertest cannot send a bare number, boolean or null as JSON.
          req = b.raw !== undefined ? req.set('Content-Type', b.type!).send(b.raw) : req.set('Content-Type', 'application/json').send(JSON.stringify(b.json));
        }
        const res = await req;
        sent++;
        // The city's secretary and auditor have ward A in scope; everyone else is an outsider to the canary.
        const insider = [tokens.secretary, tokens.auditor].some((tk) => headers.Authorization === `Bearer ${tk}`);
        const who = insider ? 'insider' : 'outsider';
        if (res.status >= 500 || res.status < 200) failures.push(`${res.status} ${route.method.toUpperCase()} ${path.slice(0, 200)} → ${res.text.slice(0, 300)}`);
        // 431: Node's HTTP parser refuses a head over 16 KB before the app sees it (no JSON body is possible there).
        else if (res.status >= 400 && res.status !== 431 && typeof res.body?.code !== 'string') failures.push(`no error code: ${res.status} ${route.method.toUpperCase()} ${path.slice(0, 200)}`);
        else if (who === 'outsider' && leaksCanary(res)) failures.push(`leak: ${res.status} ${route.method.toUpperCase()} ${path.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(await fingerprint()).toEqual(before);
    // The canary case is where it was: version 1, its reporter still sealed.
    const [row] = await t.dataSource.query(`SELECT version FROM "case" WHERE id = $1`, [canaryCaseId]);
    expect(row.version).toBe(1);
  }, 600_000);
});
