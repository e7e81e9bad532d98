// Accounts over HTTP: administrators list users within their scope, deactivate and activate them again, unlock them
// after failed logins (each with a reason, in the audit log); people change their own password. An administrator
// manages a user only when they hold ADMIN over every unit where that user has a role.
import { Role } from '@hoso/workflows';
import { AuthHousekeepingService } from '@hoso/access/services/auth-housekeeping.service';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { refusalCheck } from '../support/refusals';

const PASSWORD = 'Mat-khau-dung-2026';
const REASON = 'Cán bộ đã chuyển công tác sang đơn vị khác';
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('accounts', () => {
  let t: TestApp;
  let refused: ReturnType<typeof refusalCheck>;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const login = (username: string, password = PASSWORD) => t.http.post('/auth/login').send({ username, password });

  beforeAll(async () => {
    t = await createTestApp();
    refused = refusalCheck(t.dataSource, ['app_user', 'audit_log', 'login_attempt']);
    const dir = t.app.get(OrgDirectoryService);
    const city = await dir.createUnit({ code: 'TU', name: 'Thành ủy', level: 'PROVINCIAL' });
    const wardA = await dir.createUnit({ code: 'DU-A', name: 'Đảng ủy phường A', level: 'GRASSROOTS', parentId: city.id });
    const wardB = await dir.createUnit({ code: 'DU-B', name: 'Đảng ủy phường B', level: 'GRASSROOTS', parentId: city.id });
    const people: [string, [string, Role][]][] = [
      ['qt-thanhuy', [[city.id, Role.ADMIN]]],
      ['qt-phuonga', [[wardA.id, Role.ADMIN]]],
      ['bt-phuonga', [[wardA.id, Role.SECRETARY]]],
      ['bt-phuongb', [[wardB.id, Role.SECRETARY]]],
      ['bt-thanhuy', [[city.id, Role.SECRETARY]]],
      ['hai-noi', [[wardA.id, Role.SECRETARY], [wardB.id, Role.SECRETARY]]],
      ['moi-tao', []],
    ];
    for (const [username, roles] of people) {
      const { id } = await dir.createUser({ username, displayName: `Cán bộ ${username}`, password: PASSWORD });
      ids[username] = id;
      for (const [unit, role] of roles) await dir.assignRole(id, unit, role);
      tokens[username] = (await login(username).expect(200)).body.accessToken;
    }
  });
  afterAll(() => t.close());

  const post = (who: string, path: string, body: object = { reason: REASON }) => t.http.post(path).set(as(tokens[who])).send(body);
  const auditRows = async (action: string) =>
    (await t.dataSource.query(`SELECT actor_id, reason, details FROM audit_log WHERE action = $1 ORDER BY id`, [action])) as {
      actor_id: string; reason: string; details: { userId: string };
    }[];

  describe('listing', () => {
    it('shows a ward administrator the users with a role in the ward (only those roles) and users with no role yet', async () => {
      const res = await t.http.get('/users').set(as(tokens['qt-phuonga'])).expect(200);
      expect(res.body.items.map((u: { username: string }) => u.username)).toEqual(['bt-phuonga', 'hai-noi', 'moi-tao', 'qt-phuonga']);
      expect(res.body.total).toBe(4);
      const both = res.body.items.find((u: { username: string }) => u.username === 'hai-noi');
      expect(both).toMatchObject({ active: true, lockedUntil: null, roles: [{ role: Role.SECRETARY }] });
    });

    it('pages and searches; someone who is not an administrator does not see users without a role', async () => {
      const page = await t.http.get('/users?pageSize=2&page=2').set(as(tokens['qt-thanhuy'])).expect(200);
      expect(page.body).toMatchObject({ page: 2, pageSize: 2, total: 7 });
      expect(page.body.items.map((u: { username: string }) => u.username)).toEqual(['bt-thanhuy', 'hai-noi']);
      const found = await t.http.get('/users?q=PHUONG').set(as(tokens['qt-thanhuy'])).expect(200);
      expect(found.body.items.map((u: { username: string }) => u.username)).toEqual(['bt-phuonga', 'bt-phuongb', 'qt-phuonga']);
      const bySecretary = await t.http.get('/users').set(as(tokens['bt-phuonga'])).expect(200);
      expect(bySecretary.body.items.map((u: { username: string }) => u.username)).toEqual(['bt-phuonga', 'hai-noi', 'qt-phuonga']);
      await refused(400, 'VALIDATION_FAILED', () => t.http.get('/users?pageSize=0').set(as(tokens['qt-thanhuy'])));
    });
  });

  describe('deactivation', () => {
    it('ends the user’s sessions at once, refuses their logins, is audited with its reason; activation lets them in again', async () => {
      const refreshToken = (await login('bt-phuonga').expect(200)).body.refreshToken;
      const res = await post('qt-phuonga', `/users/${ids['bt-phuonga']}/deactivate`).expect(200);
      expect(res.body).toEqual({ id: ids['bt-phuonga'], username: 'bt-phuonga', active: false });
      expect((await t.http.get('/me').set(as(tokens['bt-phuonga']))).status).toBe(401);
      expect((await t.http.post('/auth/refresh').send({ refreshToken })).body.code).toBe('REFRESH_TOKEN_INVALID');
      expect((await login('bt-phuonga').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
      expect(await auditRows('USER_DEACTIVATED')).toEqual([
        { actor_id: ids['qt-phuonga'], reason: REASON, details: { userId: ids['bt-phuonga'], username: 'bt-phuonga' } },
      ]);
      // A second deactivation changes nothing and writes nothing.
      await post('qt-phuonga', `/users/${ids['bt-phuonga']}/deactivate`).expect(200);
      expect(await auditRows('USER_DEACTIVATED')).toHaveLength(1);

      await post('qt-phuonga', `/users/${ids['bt-phuonga']}/activate`).expect(200);
      tokens['bt-phuonga'] = (await login('bt-phuonga').expect(200)).body.accessToken;
      expect(await auditRows('USER_ACTIVATED')).toHaveLength(1);
    });

    it('needs ADMIN over every unit of the user: 403 for a user also in another ward, 404 for a user outside the scope', async () => {
      await refused(403, 'FORBIDDEN', () => post('qt-phuonga', `/users/${ids['hai-noi']}/deactivate`));
      await refused(404, 'USER_NOT_FOUND', () => post('qt-phuonga', `/users/${ids['bt-phuongb']}/deactivate`));
      await refused(404, 'USER_NOT_FOUND', () => post('qt-phuonga', `/users/${ids['bt-thanhuy']}/deactivate`));
      await refused(403, 'FORBIDDEN', () => post('bt-phuonga', `/users/${ids['qt-phuonga']}/deactivate`));
      // The city's administrator is over both wards.
      await post('qt-thanhuy', `/users/${ids['hai-noi']}/deactivate`).expect(200);
      await post('qt-thanhuy', `/users/${ids['hai-noi']}/activate`).expect(200);
      tokens['hai-noi'] = (await login('hai-noi').expect(200)).body.accessToken;
    });

    it('refuses deactivating oneself, a missing or short reason, an unknown or malformed id', async () => {
      await refused(409, 'CANNOT_DEACTIVATE_SELF', () => post('qt-phuonga', `/users/${ids['qt-phuonga']}/deactivate`));
      await refused(400, 'VALIDATION_FAILED', () => post('qt-phuonga', `/users/${ids['moi-tao']}/deactivate`, {}));
      await refused(400, 'VALIDATION_FAILED', () => post('qt-phuonga', `/users/${ids['moi-tao']}/deactivate`, { reason: 'ngắn' }));
      await refused(404, 'USER_NOT_FOUND', () => post('qt-phuonga', `/users/00000000-0000-4000-8000-000000000001/deactivate`));
      await refused(404, 'USER_NOT_FOUND', () => post('qt-phuonga', `/users/khong-phai-ma/deactivate`));
    });
  });

  describe('revoking a role', () => {
    it('refuses to revoke a role the user does not hold (404), and their sessions go on', async () => {
      const [{ id: wardA }] = await t.dataSource.query(`SELECT id FROM org_unit WHERE code = 'DU-A'`);
      await refused(404, 'NOT_FOUND', () => post('qt-phuonga', `/users/${ids['bt-phuonga']}/roles/revoke`, { unitId: wardA, role: Role.ADMIN }));
      await t.http.get('/me').set(as(tokens['bt-phuonga'])).expect(200);
    });
  });

  describe('unlocking', () => {
    it('ends a lock from failed logins before its time; the list shows it; unlocking an unlocked user writes nothing', async () => {
      for (let i = 0; i < 5; i++) await login('moi-tao', 'Sai-mat-khau-2026');
      expect((await login('moi-tao').expect(423)).body.code).toBe('ACCOUNT_LOCKED');
      const listed = await t.http.get('/users?q=moi-tao').set(as(tokens['qt-phuonga'])).expect(200);
      expect(listed.body.items[0].lockedUntil).toEqual(expect.any(String));

      const res = await post('qt-phuonga', `/users/${ids['moi-tao']}/unlock`).expect(200);
      expect(res.body).toEqual({ id: ids['moi-tao'], username: 'moi-tao', wasLocked: true });
      await login('moi-tao').expect(200);
      expect(await auditRows('USER_UNLOCKED')).toHaveLength(1);

      expect((await post('qt-phuonga', `/users/${ids['moi-tao']}/unlock`).expect(200)).body.wasLocked).toBe(false);
      expect(await auditRows('USER_UNLOCKED')).toHaveLength(1);
    });
  });

  describe('changing one’s own password', () => {
    const NEW = 'Mật-khẩu-mới-2026';

    it('refuses a wrong current password, an unchanged one, and one against the policy, in Vietnamese', async () => {
      const me = tokens['bt-phuongb'];
      const change = (body: object) => () => t.http.post('/me/password').set(as(me)).send(body);
      // A wrong guess writes nothing but its count towards the lock.
      await refusalCheck(t.dataSource, ['app_user', 'audit_log', 'refresh_token'])(400, 'CURRENT_PASSWORD_WRONG', change({ currentPassword: 'Khong-dung-2026', newPassword: NEW }));
      await refused(400, 'PASSWORD_UNCHANGED', change({ currentPassword: PASSWORD, newPassword: PASSWORD }));
      const weak = await refused(400, 'PASSWORD_POLICY', change({ currentPassword: PASSWORD, newPassword: 'ngan' }));
      expect(weak.body.details.problems.map((p: { rule: string }) => p.rule)).toContain('minLength');
      await refused(400, 'VALIDATION_FAILED', change({ newPassword: NEW }));
      // The wrong guess above counted: four more lock the account, as failed logins do.
      for (let i = 0; i < 3; i++) await change({ currentPassword: 'Khong-dung-2026', newPassword: NEW })().then((r) => expect(r.status).toBe(400));
      expect((await change({ currentPassword: 'Khong-dung-2026', newPassword: NEW })()).status).toBe(423);
      expect((await login('bt-phuongb').expect(423)).body.code).toBe('ACCOUNT_LOCKED');
      await post('qt-thanhuy', `/users/${ids['bt-phuongb']}/unlock`).expect(200);
    });

    it('changes it: the old one stops working, other sessions end, the session that changed it goes on', async () => {
      const other = (await login('bt-thanhuy').expect(200)).body.refreshToken;
      const mine = await login('bt-thanhuy').expect(200);
      await t.http.post('/me/password').set(as(mine.body.accessToken)).send({ currentPassword: PASSWORD, newPassword: NEW }).expect(204);
      expect((await t.http.post('/auth/refresh').send({ refreshToken: other })).body.code).toBe('REFRESH_TOKEN_INVALID');
      await t.http.get('/me').set(as(mine.body.accessToken)).expect(200);
      await t.http.post('/auth/refresh').send({ refreshToken: mine.body.refreshToken }).expect(200);
      expect((await login('bt-thanhuy').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
      await login('bt-thanhuy', NEW).expect(200);
      expect((await auditRows('PASSWORD_CHANGED')).map((r) => r.actor_id)).toEqual([ids['bt-thanhuy']]);
    });

    it('is the same password whether its Vietnamese letters are typed composed or decomposed (NFC)', async () => {
      const decomposed = NEW.normalize('NFD');
      expect(decomposed).not.toBe(NEW);
      await login('bt-thanhuy', decomposed).expect(200);
    });
  });

  describe('housekeeping (the worker runs it every hour)', () => {
    it('removes refresh tokens expired more than a day ago and idle failed-login counts; keeps the rest, and any lock in force', async () => {
      const now = new Date();
      const ago = (ms: number) => new Date(now.getTime() - ms);
      const DAY = 86_400_000;
      const user = ids['moi-tao'];
      const token = (id: string, expiresAt: Date) =>
        t.dataSource.query(`INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at) VALUES ($1, $1, $2, $3, $4)`, [
          id, user, id.replace(/-/g, '').padEnd(64, '0'), expiresAt,
        ]);
      await token('10000000-0000-4000-8000-000000000001', ago(DAY + 1000)); // expired a day and a second ago: removed
      await token('10000000-0000-4000-8000-000000000002', ago(DAY - 1000)); // a second short of a day: kept
      const attempt = (hash: string, lastFailedAt: Date, lockedUntil: Date | null) =>
        t.dataSource.query(`INSERT INTO login_attempt (username_hash, failed_count, locked_until, last_failed_at) VALUES ($1, 3, $2, $3)`, [
          hash.padEnd(64, '0'), lockedUntil, lastFailedAt,
        ]);
      await attempt('a1', ago(DAY + 1000), null); // idle for more than a day: removed
      await attempt('a2', ago(DAY - 1000), null); // a second short of a day: kept
      await attempt('a3', ago(DAY + 1000), new Date(now.getTime() + 60_000)); // still locked: kept
      await attempt('a4', ago(DAY + 1000), ago(1000)); // its lock has ended: removed

      expect(await new AuthHousekeepingService(t.dataSource).prune(now)).toEqual({ refreshTokens: 1, loginAttempts: 2 });
      const tokensLeft = await t.dataSource.query(`SELECT id FROM refresh_token WHERE id::text LIKE '10000000-%'`);
      expect(tokensLeft.map((r: { id: string }) => r.id)).toEqual(['10000000-0000-4000-8000-000000000002']);
      const attemptsLeft = await t.dataSource.query(`SELECT left(username_hash, 2) AS h FROM login_attempt WHERE username_hash LIKE 'a%' ORDER BY 1`);
      expect(attemptsLeft.map((r: { h: string }) => r.h)).toEqual(['a2', 'a3']);
    });
  });
});
