import { Role } from '@hoso/workflows';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('administration: units, users and roles within the admin scope', () => {
  let t: TestApp;
  let org: DemoOrg;
  let wardAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const dir = t.app.get(OrgDirectoryService);
    const { id } = await dir.createUser({ username: 'admin-a', displayName: 'Quản trị phường A', password: 'mat-khau-quan-tri-1' });
    await dir.assignRole(id, org.wardA.id, Role.ADMIN);
    wardAdmin = (await t.http.post('/auth/login').send({ username: 'admin-a', password: 'mat-khau-quan-tri-1' }).expect(200)).body.accessToken;
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('an admin of ward A creates a cell under ward A, a user, and gives them a role there; the user can then log in and act', async () => {
    const unit = await t.http.post('/org-units').set(as(wardAdmin)).send({ code: 'CB-A2', name: 'Chi bộ A2', level: 'CELL', parentId: org.wardA.id }).expect(201);
    const user = await t.http.post('/users').set(as(wardAdmin)).send({ username: 'canbo.a2', displayName: 'Cán bộ A2', password: 'Mot-mat-khau-du-dai' }).expect(201);
    await t.http.post(`/users/${user.body.id}/roles`).set(as(wardAdmin)).send({ unitId: unit.body.id, role: Role.TASK_FORCE_OFFICER }).expect(201);
    const login = await t.http.post('/auth/login').send({ username: 'canbo.a2', password: 'Mot-mat-khau-du-dai' }).expect(200);
    const me = await t.http.get('/me').set(as(login.body.accessToken)).expect(200);
    expect(me.body.assignments).toEqual([{ unitId: unit.body.id, role: Role.TASK_FORCE_OFFICER, roleLabel: 'Cán bộ Tổ công tác 1374' }]);
  });

  it('cannot create a unit under ward B (outside its scope: 404) nor give roles at the city (404)', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM org_unit`);
    const res = await t.http.post('/org-units').set(as(wardAdmin)).send({ code: 'CB-B9', name: 'Chi bộ B9', level: 'CELL', parentId: org.wardB.id }).expect(404);
    expect(res.body.code).toBe('UNIT_NOT_FOUND');
    await t.http.post(`/users/${org.userIds.noRole}/roles`).set(as(wardAdmin)).send({ unitId: org.city.id, role: Role.SECRETARY }).expect(404);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM org_unit`)).toEqual(before);
  });

  it('a secretary (not an admin) is refused with 403 and nothing is created', async () => {
    const res = await t.http.post('/users').set(as(org.tokens.secretary)).send({ username: 'x.y.z', displayName: 'Người X', password: 'Mot-mat-khau-du-dai' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    await t.http.post('/org-units').set(as(org.tokens.secretary)).send({ code: 'CB-A3', name: 'Chi bộ A3', level: 'CELL', parentId: org.wardA.id }).expect(403);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'x.y.z'`)).toEqual([{ n: 0 }]);
  });

  it('refuses a duplicate username (409), a short password and a bad level (400)', async () => {
    const dup = await t.http.post('/users').set(as(wardAdmin)).send({ username: 'taskforce', displayName: 'Trùng', password: 'Mot-mat-khau-du-dai' }).expect(409);
    expect(dup.body.code).toBe('USERNAME_TAKEN');
    const short = await t.http.post('/users').set(as(wardAdmin)).send({ username: 'ngan', displayName: 'Ngắn', password: '12345678901' }).expect(400);
    expect(short.body.code).toBe('PASSWORD_POLICY');
    expect(short.body.details.problems.map((p: { rule: string }) => p.rule)).toEqual(['minLength', 'characterClasses']);
    await t.http.post('/org-units').set(as(wardAdmin)).send({ code: 'CB-A4', name: 'Chi bộ A4', level: 'DISTRICT', parentId: org.wardA.id }).expect(400);
  });

  it('lists only the units in the caller’s scope', async () => {
    const res = await t.http.get('/org-units').set(as(org.tokens.wardB)).expect(200);
    expect(res.body.items.map((u: { id: string }) => u.id)).toEqual([org.wardB.id]);
    const city = await t.http.get('/org-units?pageSize=2').set(as(org.tokens.secretary)).expect(200);
    expect(city.body.total).toBeGreaterThanOrEqual(4);
    expect(city.body.items).toHaveLength(2);
  });

  it('revoking a role ends the user’s sessions at once; after logging in again they hold only the remaining role', async () => {
    await t.http.post(`/users/${org.userIds.wardA}/roles/revoke`).set(as(wardAdmin)).send({ unitId: org.wardA.id, role: Role.TASK_FORCE_OFFICER }).expect(200);
    const old = await t.http.get('/me').set(as(org.tokens.wardA)).expect(401);
    expect(old.body.code).toBe('UNAUTHENTICATED');
    const login = await t.http.post('/auth/login').send({ username: 'wardA', password: 'mat-khau-thu-nghiem-1' }).expect(200);
    const me = await t.http.get('/me').set(as(login.body.accessToken)).expect(200);
    expect(me.body.assignments.map((a: { role: string }) => a.role)).toEqual([Role.SECRETARY]);
  });
});
