// Running the fuzz (issue 14): the world it attacks (an org, four roles, cases, a victim user), the rows it watches,
// and one property per operation — no 5xx, every 4xx with the error envelope, no row changed by a 4xx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { Role } from '@hoso/workflows';
import { addPerson, registration, seedOrg, type TestApp } from './test-app';
import { describeRequest, operations, requestArb, serialiseBody, type FuzzRequest, type FuzzWorld, type OpenApiDoc, type Operation } from './fuzz-requests';

export const ROLES = ['anonymous', 'taskForce', 'secretary', 'admin'];
const PASSWORD = 'mat-khau-thu-nghiem-1';

/**
 * Tables watched for a change made by a refused request: count, and the newest row version (xmin moves on every
 * insert and update). `login_attempt` is left out: counting a failed login is what a 401 there is for.
 */
const WATCHED = [
  'case', 'case_event', 'case_link', 'case_participant', 'case_reporter', 'case_attachment', 'case_person', 'deadline', 'outbox_message',
  'idempotency_key', 'notification', 'notification_delivery', 'app_user', 'org_unit', 'role_assignment', 'refresh_token', 'person',
  'person_membership', 'audit_log', 'access_log', 'legal_rule', 'calendar_entry', 'discipline_authority',
];

export interface Fuzz {
  t: TestApp;
  world: FuzzWorld;
  ops: Operation[];
  snapshot(): Promise<Record<string, string>>;
}

export function loadDoc(): OpenApiDoc {
  return JSON.parse(readFileSync(join(__dirname, '../../docs/openapi.json'), 'utf8')) as OpenApiDoc;
}

/** An org with the four roles logged in, a case in the city and one in ward A, a person and a user to act upon. */
export async function prepareFuzz(t: TestApp): Promise<Fuzz> {
  const doc = loadDoc();
  const org = await seedOrg(t);
  const admin = await addPerson(t, 'fuzzadmin', org.city.id, [Role.ADMIN]);
  const victim = await addPerson(t, 'fuzzvictim', org.wardB.id, [Role.TASK_FORCE_OFFICER]);
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const cityCase = await t.http.post('/cases').set(as(org.tokens.taskForce)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration(), reporter: { name: 'Người báo tin' } }).expect(201);
  const wardCase = await t.http.post('/cases').set(as(org.tokens.wardA)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.wardA.id, input: registration() }).expect(201);
  const caseIds = [cityCase.body.case.id as string, wardCase.body.case.id as string];
  const person = await t.http.post('/people').set(as(admin.token)).send({ fullName: 'Nguyễn Văn Thử', orgUnitId: org.city.id });
  const procedure = await t.http.get('/procedures/quy-dinh-1374/versions/1').set(as(org.tokens.taskForce));
  const eventTypes: string[] = (procedure.body?.events ?? []).map((e: { type: string }) => e.type);
  const [{ n: deadlineKey } = { n: 'screening' }] = await t.dataSource.query(`SELECT key AS n FROM deadline LIMIT 1`).catch(() => []);
  const existing = new Set<string>(
    (await t.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`)).map((r: { table_name: string }) => r.table_name),
  );
  const watched = WATCHED.filter((w) => existing.has(w));
  const sql = `SELECT ${watched.map((w) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${w}") AS "${w}"`).join(', ')}`;

  const auth: Record<string, string> = {
    anonymous: '',
    taskForce: `Bearer ${org.tokens.taskForce}`,
    secretary: `Bearer ${org.tokens.secretary}`,
    admin: `Bearer ${admin.token}`,
  };
  const unitIds = [org.city.id, org.wardA.id, org.wardB.id, org.cellA.id];
  const world: FuzzWorld = {
    doc,
    auth,
    pathPools: {
      '/cases/{id}/deadlines/{key}/due:key': [deadlineKey, 'screening', 'explanation'],
      '/cases/{id}/deadlines/{key}/explanation:key': [deadlineKey, 'screening'],
      '/users/{id}/activate:id': [victim.id],
      '/users/{id}/deactivate:id': [victim.id],
      '/users/{id}/roles:id': [victim.id],
      '/users/{id}/roles/revoke:id': [victim.id],
      '/users/{id}/unlock:id': [victim.id],
      '/people/{id}:id': person.body?.id ? [person.body.id] : [],
      '/procedures/{id}/versions/{version}:id': ['quy-dinh-1374'],
      '/procedures/{id}/versions/{version}:version': ['1', '2', '0', '-1', '1.5'],
      '/statistics/{procedureId}:procedureId': ['quy-dinh-1374'],
      '/me/notifications/{id}/read:id': [],
      '/me/notifications/{id}/retry:id': [],
      id: caseIds,
    },
    pools: {
      procedureId: ['quy-dinh-1374'],
      orgUnitId: unitIds,
      unitId: unitIds,
      parentId: unitIds,
      assignedUnitId: unitIds,
      userId: [victim.id, org.userIds.wardA],
      type: eventTypes.length ? eventTypes : ['START_SCREENING'],
      role: Object.values(Role),
      username: ['fuzzvictim', 'khong-ton-tai'],
      year: [2026, 2027],
      input: [registration()],
      payload: [{ infoType: 'TO_CAO', subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } }, { unitId: org.wardA.id }, {}],
      reporter: [{ name: 'Người báo tin' }],
    },
  };
  return {
    t,
    world,
    ops: operations(doc),
    async snapshot() {
      const [row] = await t.dataSource.query(sql);
      return row as Record<string, string>;
    },
  };
}

/** A role's token again (a logout, a changed password or a deactivation may have ended its session), after a request of the fuzz ended its session. */
export async function relogin(f: Fuzz, role: string): Promise<void> {
  const username = { taskForce: 'taskForce', secretary: 'secretary', admin: 'fuzzadmin' }[role];
  if (!username) return;
  const res = await f.t.http.post('/auth/login').send({ username, password: PASSWORD });
  if (res.status === 200) f.world.auth[role] = `Bearer ${res.body.accessToken}`;
}

export async function send(f: Fuzz, r: FuzzRequest): Promise<Response> {
  let req = f.t.http[r.method](r.url);
  const auth = r.role.startsWith('garbage:') ? r.role.slice('garbage:'.length) : f.world.auth[r.role];
  if (auth) req = req.set('Authorization', auth);
  for (const [k, v] of Object.entries(r.headers)) req = req.set(k, v);
  const body = serialiseBody(r);
  if (body !== undefined) req = req.send(body);
  return req;
}

export interface Tally {
  requests: number;
  byClass: Record<string, number>;
  problems: string[];
}
export const newTally = (): Tally => ({ requests: 0, byClass: {}, problems: [] });

/** What is wrong with one answer (undefined: nothing). */
export async function judge(f: Fuzz, r: FuzzRequest, before: Record<string, string>, res: Response): Promise<string | undefined> {
  if (res.status >= 500) return `${res.status} ${res.text.slice(0, 300)}`;
  if (res.status >= 400) {
    // 431: Node's HTTP parser refuses a head over 16 KB before the app sees it; no envelope is possible there.
    if (res.status !== 431 && (typeof res.body?.code !== 'string' || typeof res.body?.message !== 'string')) return `${res.status} without the error envelope: ${res.text.slice(0, 200)}`;
    const after = await f.snapshot();
    const moved = Object.keys(after).filter((k) => after[k] !== before[k]);
    if (moved.length) return `${res.status} ${res.body?.code} changed rows of ${moved.join(', ')}`;
  }
  return undefined;
}

/** The property for one operation; a problem throws (fast-check then minimises the request) when `strict`. */
export function property(f: Fuzz, op: Operation, tally: Tally, strict: boolean, isKnown: (r: FuzzRequest, problem: string) => boolean = () => false) {
  return fc.asyncProperty(requestArb(op, f.world, ROLES), async (r) => {
    const before = await f.snapshot();
    const res = await send(f, r);
    tally.requests++;
    const cls = `${Math.floor(res.status / 100)}xx`;
    tally.byClass[cls] = (tally.byClass[cls] ?? 0) + 1;
    if (res.status < 300 && (op.path === '/auth/logout' || op.path === '/me/password' || op.path.startsWith('/users/'))) await relogin(f, r.role);
    const problem = await judge(f, r, before, res);
    if (!problem || isKnown(r, problem)) return;
    if (strict) throw new Error(problem);
    tally.problems.push(`${op.name}: ${problem}\n    ${describeRequest(r)}`);
  });
}
