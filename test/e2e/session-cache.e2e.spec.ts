// The caller cached per session in each API process (issue 16 §3), with two API instances on one database: what
// one instance (or any writer of the database) changes about a user — a revoked role, a deactivation, a logout, a
// role taken away without ending the sessions — takes effect at the other's very next request, whether the request
// checks the session by the generation lookup (a read) or inside its write (a transition, a registration).
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { Role } from '@hoso/workflows';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/http-setup';
import { SCHEMA } from '../../migrations/schema';
import { createTestApp, registration, type TestApp } from '../support/test-app';

const PASSWORD = 'Mat-khau-dung-2026';
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('the cached caller across two API instances', () => {
  let t: TestApp;
  let second: { app: INestApplication; http: ReturnType<typeof request>; dataSource: DataSource };
  let cityId: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    // A second API on the same database, with its own connections and its own cache.
    const config = t.app.get<EnvDto>(APP_CONFIG);
    const dataSource = await openDatabase(t.db.url, SCHEMA, 2);
    const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot(config, dataSource, [])] })
      .setLogger({ log() {}, warn() {}, debug() {}, verbose() {}, fatal: console.error, error: console.error })
      .compile();
    const app = moduleRef.createNestApplication({ bodyParser: false });
    configureHttp(app, config);
    await app.init();
    second = { app, http: request(app.getHttpServer()), dataSource };

    const dir = t.app.get(OrgDirectoryService);
    cityId = (await dir.createUnit({ code: 'TU', name: 'Thành ủy', level: 'PROVINCIAL' })).id;
    const admin = await dir.createUser({ username: 'quan-tri', displayName: 'Quản trị', password: PASSWORD });
    await dir.assignRole(admin.id, cityId, Role.ADMIN);
    adminToken = (await login('quan-tri').expect(200)).body.accessToken;
  });
  afterAll(async () => {
    await second.app.close();
    await t.close();
  });

  const login = (username: string) => t.http.post('/auth/login').send({ username, password: PASSWORD });
  async function officer(username: string, roles: Role[]): Promise<{ id: string; token: string }> {
    const dir = t.app.get(OrgDirectoryService);
    const { id } = await dir.createUser({ username, displayName: `Cán bộ ${username}`, password: PASSWORD });
    for (const r of roles) await dir.assignRole(id, cityId, r);
    return { id, token: (await login(username).expect(200)).body.accessToken };
  }
  /** A new 1374 case registered through the second API (its cache now holds the caller). */
  async function registered(token: string): Promise<{ id: string; version: number }> {
    const res = await second.http.post('/cases').set(as(token)).send({ procedureId: 'quy-dinh-1374', orgUnitId: cityId, input: registration() }).expect(201);
    return { id: res.body.case.id, version: res.body.case.version };
  }
  const screen = (token: string, c: { id: string; version: number }) =>
    second.http.post(`/cases/${c.id}/events`).set(as(token)).send({ type: 'START_SCREENING', expectedVersion: c.version });

  it('a role revoked through one API ends the token at the other’s next transition and next read (401); nothing is written', async () => {
    const u = await officer('thu-hoi.a', [Role.TASK_FORCE_OFFICER, Role.COMMITTEE_OFFICE]);
    const c = await registered(u.token);
    await second.http.get('/me').set(as(u.token)).expect(200);
    await t.http.post(`/users/${u.id}/roles/revoke`).set(as(adminToken)).send({ unitId: cityId, role: Role.TASK_FORCE_OFFICER }).expect(200);
    expect((await screen(u.token, c).expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await second.http.get('/me').set(as(u.token)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    const [row] = await t.dataSource.query(`SELECT version FROM "case" WHERE id = $1`, [c.id]);
    expect(row.version).toBe(1);
  });

  it('a user deactivated through one API cannot register a case, preview a step or read through the other', async () => {
    const u = await officer('vo-hieu.b', [Role.TASK_FORCE_OFFICER]);
    const c = await registered(u.token);
    await t.http.post(`/users/${u.id}/deactivate`).set(as(adminToken)).send({ reason: 'Nghỉ hưu từ tháng 12' }).expect(200);
    // A dry run writes nothing, so it checks the session before it answers.
    const preview = second.http.post(`/cases/${c.id}/events?dryRun=true`).set(as(u.token)).send({ type: 'START_SCREENING', expectedVersion: 1 });
    expect((await preview.expect(401)).body.code).toBe('UNAUTHENTICATED');
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case" WHERE created_by = $1`, [u.id]))[0].n;
    await second.http.post('/cases').set(as(u.token)).send({ procedureId: 'quy-dinh-1374', orgUnitId: cityId, input: registration() }).expect(401);
    await second.http.get('/cases').set(as(u.token)).expect(401);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM "case" WHERE created_by = $1`, [u.id]))[0].n).toBe(before);
  });

  it('a logout through one API ends that session at the other; the user’s other session goes on', async () => {
    await officer('dang-xuat.c', [Role.TASK_FORCE_OFFICER]);
    const laptop = (await login('dang-xuat.c').expect(200)).body.accessToken as string;
    const phone = (await login('dang-xuat.c').expect(200)).body.accessToken as string;
    const c = await registered(laptop);
    await registered(phone);
    // A keyed registration: replaying its key answers the stored result without writing anything.
    const keyed = () =>
      second.http.post('/cases').set(as(laptop)).set('Idempotency-Key', 'dang-xuat-c-1')
        .send({ procedureId: 'quy-dinh-1374', orgUnitId: cityId, input: registration() });
    await keyed().expect(201);
    await keyed().expect(201);
    await t.http.post('/auth/logout').set(as(laptop)).expect(204);
    expect((await keyed().expect(401)).body.code).toBe('UNAUTHENTICATED');
    expect((await screen(laptop, c).expect(401)).body.code).toBe('UNAUTHENTICATED');
    // The phone's cached caller is stale too (same user): read again, still valid, and the step is taken.
    const taken = await screen(phone, c).expect(200);
    expect(taken.body.case).toMatchObject({ state: 'screening.unclassified', version: 2 });
  });

  it('a refresh keeps the session at the other API; a spent refresh token used again ends it there at once', async () => {
    await officer('lam-moi.f', [Role.TASK_FORCE_OFFICER]);
    const first = (await login('lam-moi.f').expect(200)).body;
    const c = await registered(first.accessToken);
    const next = (await t.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect((await screen(next.accessToken, c).expect(200)).body.case.version).toBe(2);
    await t.http.post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    const again = await second.http.post(`/cases/${c.id}/events`).set(as(next.accessToken)).send({ type: 'CLASSIFY', expectedVersion: 2 });
    expect(again.status).toBe(401);
    await second.http.get('/me').set(as(first.accessToken)).expect(401);
  });

  it('a role taken away in the database without ending the sessions is refused at the other API’s next step (403), not applied', async () => {
    const u = await officer('doi-vai.d', [Role.TASK_FORCE_OFFICER, Role.AUDITOR]);
    const c = await registered(u.token);
    // Not through a service: whatever writes role_assignment moves the generation (a trigger).
    await t.dataSource.query(`DELETE FROM role_assignment WHERE user_id = $1 AND role = $2`, [u.id, Role.TASK_FORCE_OFFICER]);
    expect((await screen(u.token, c).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
    const me = await second.http.get('/me').set(as(u.token)).expect(200);
    expect(me.body.assignments.map((a: { role: string }) => a.role)).toEqual([Role.AUDITOR]);
    const [row] = await t.dataSource.query(`SELECT version, state FROM "case" WHERE id = $1`, [c.id]);
    expect(row).toEqual({ version: 1, state: 'received' });
  });

  it('a role given in the database without ending the sessions is used at the other API’s next step', async () => {
    const u = await officer('them-vai.e', [Role.COMMITTEE_OFFICE]);
    const c = await registered(u.token);
    await t.dataSource.query(`DELETE FROM role_assignment WHERE user_id = $1`, [u.id]);
    expect((await screen(u.token, c).expect(404)).body.code).toBe('CASE_NOT_FOUND');
    await t.dataSource.query(`INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES (gen_random_uuid(), $1, $2, $3)`, [
      u.id, cityId, Role.TASK_FORCE_OFFICER,
    ]);
    expect((await screen(u.token, c).expect(200)).body.case.version).toBe(2);
  });
});
