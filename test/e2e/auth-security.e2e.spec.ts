// Security basics over HTTP: lockout after failed logins (known and unknown usernames alike), the per-address login
// limit, short access tokens with refresh rotation and reuse detection, logout, sessions ended by a role change, the
// password policy, and CORS closed unless origins are configured.
import { Role } from '@hoso/workflows';
import { AuthClock } from '@hoso/access/services/auth-clock';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { createTestApp, type TestApp } from '../support/test-app';
import { VIETNAMESE } from '../support/case-client';

const PASSWORD = 'Mat-khau-dung-2026';
const WRONG = 'Mat-khau-sai-2026';
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('auth security (default settings)', () => {
  let t: TestApp;
  let clock: AuthClock;
  let cityId: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get(AuthClock);
    const dir = t.app.get(OrgDirectoryService);
    cityId = (await dir.createUnit({ code: 'TU', name: 'Thành ủy', level: 'PROVINCIAL' })).id;
    const admin = await dir.createUser({ username: 'quan-tri', displayName: 'Quản trị', password: PASSWORD });
    await dir.assignRole(admin.id, cityId, Role.ADMIN);
    adminToken = (await login('quan-tri', PASSWORD).expect(200)).body.accessToken;
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const login = (username: string, password: string) => t.http.post('/auth/login').send({ username, password });
  const refresh = (refreshToken: string) => t.http.post('/auth/refresh').send({ refreshToken });
  /** Moves the time the auth services go by (login, lockout, sessions, token checks). */
  const at = (d: Date) => jest.spyOn(clock, 'now').mockReturnValue(d);
  async function user(username: string, roles: Role[] = [Role.SECRETARY]): Promise<string> {
    const dir = t.app.get(OrgDirectoryService);
    const { id } = await dir.createUser({ username, displayName: `Cán bộ ${username}`, password: PASSWORD });
    for (const r of roles) await dir.assignRole(id, cityId, r);
    return id;
  }

  describe('lockout after consecutive failed logins', () => {
    it('the 4th failure is still "wrong password"; the 5th locks the account (423 ACCOUNT_LOCKED, Retry-After), even for the right password', async () => {
      await user('khoa.a');
      for (let i = 1; i <= 4; i++) {
        const res = await login('khoa.a', WRONG).expect(401);
        expect(res.body.code).toBe('INVALID_CREDENTIALS');
      }
      const fifth = await login('khoa.a', WRONG).expect(423);
      expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
      expect(fifth.body.message).toMatch(VIETNAMESE);
      expect(fifth.headers['retry-after']).toBe('900');
      const right = await login('khoa.a', PASSWORD).expect(423);
      expect(right.body.code).toBe('ACCOUNT_LOCKED');
      expect(right.body.accessToken).toBeUndefined();
    });

    it('the lock lasts 15 minutes: one second before its end still locked, at its end the right password works', async () => {
      await user('khoa.b');
      const t0 = new Date('2026-11-02T02:00:00.000Z');
      at(t0);
      for (let i = 0; i < 5; i++) await login('khoa.b', WRONG);
      at(new Date(t0.getTime() + 899_000));
      const still = await login('khoa.b', PASSWORD).expect(423);
      expect(still.headers['retry-after']).toBe('1');
      at(new Date(t0.getTime() + 900_000));
      await login('khoa.b', PASSWORD).expect(200);
    });

    it('after a lock runs out, one more failure does not lock again: the count starts afresh', async () => {
      await user('khoa.c');
      const t0 = new Date('2026-11-02T02:00:00.000Z');
      at(t0);
      for (let i = 0; i < 5; i++) await login('khoa.c', WRONG);
      at(new Date(t0.getTime() + 901_000));
      expect((await login('khoa.c', WRONG).expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    });

    it('a successful login resets the count: 4 failures, a success, 4 more failures are not a lock', async () => {
      await user('khoa.d');
      for (let i = 0; i < 4; i++) await login('khoa.d', WRONG).expect(401);
      await login('khoa.d', PASSWORD).expect(200);
      for (let i = 0; i < 4; i++) await login('khoa.d', WRONG).expect(401);
      await login('khoa.d', PASSWORD).expect(200);
    });

    it('an unknown username locks exactly like a real one, so the answers do not tell whether an account exists', async () => {
      await user('co.that');
      at(new Date('2026-11-02T02:00:00.000Z'));
      const known: { status: number; body: Record<string, unknown>; headers: Record<string, string> }[] = [];
      const unknown: typeof known = [];
      for (let i = 0; i < 6; i++) {
        known.push(await login('co.that', WRONG));
        unknown.push(await login('khong.co.that', WRONG));
      }
      const shape = (r: (typeof known)[number]) => [r.status, r.body.code, r.body.message, r.body.details, r.headers['retry-after']];
      expect(unknown.map(shape)).toEqual(known.map(shape));
      expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 423, 423]);
    });

    it('keeps no username in clear in the lockout table', async () => {
      await login('ten-dang-nhap-go-nham', WRONG).expect(401);
      const rows: { username_hash: string }[] = await t.dataSource.query(`SELECT username_hash FROM login_attempt`);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.username_hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('short access tokens, refresh and revocation', () => {
    it('login returns a 15-minute access token and a refresh token stored only as its SHA-256', async () => {
      await user('phien.a');
      const res = await login('phien.a', PASSWORD).expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
      const stored: { token_hash: string }[] = await t.dataSource.query(
        `SELECT rt.token_hash FROM refresh_token rt JOIN app_user u ON u.id = rt.user_id WHERE u.username = 'phien.a'`,
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].token_hash).not.toContain(res.body.refreshToken);
      expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('an access token stops working at 15 minutes; a refresh gives a working one and a new refresh token', async () => {
      await user('phien.b');
      const t0 = new Date('2026-11-02T02:00:00.000Z');
      at(t0);
      const first = (await login('phien.b', PASSWORD).expect(200)).body;
      at(new Date(t0.getTime() + 900_000));
      await t.http.get('/me').set(as(first.accessToken)).expect(401);
      const next = (await refresh(first.refreshToken).expect(200)).body;
      expect(next.refreshToken).not.toBe(first.refreshToken);
      expect((await t.http.get('/me').set(as(next.accessToken)).expect(200)).body.username).toBe('phien.b');
    });

    it('a spent refresh token used again revokes the whole session: its newer refresh token and access tokens too', async () => {
      await user('phien.c');
      const first = (await login('phien.c', PASSWORD).expect(200)).body;
      const second = (await refresh(first.refreshToken).expect(200)).body;
      await t.http.get('/me').set(as(second.accessToken)).expect(200);

      const reuse = await refresh(first.refreshToken).expect(401);
      expect(reuse.body.code).toBe('REFRESH_TOKEN_INVALID');
      expect(reuse.body.message).toMatch(VIETNAMESE);
      await refresh(second.refreshToken).expect(401);
      await t.http.get('/me').set(as(second.accessToken)).expect(401);
      await t.http.get('/me').set(as(first.accessToken)).expect(401);
    });

    it('refuses an unknown refresh token, and the session ends 8 hours after the login however often it is refreshed', async () => {
      await refresh('a'.repeat(43)).expect(401);
      await user('phien.d');
      const t0 = new Date('2026-11-02T02:00:00.000Z');
      at(t0);
      let tokens = (await login('phien.d', PASSWORD).expect(200)).body;
      // Refreshed 10 minutes before the session's end: the new access token alone would live 5 minutes past it.
      at(new Date(t0.getTime() + 7 * 3600_000 + 50 * 60_000));
      tokens = (await refresh(tokens.refreshToken).expect(200)).body;
      expect(tokens.refreshExpiresAt).toBe('2026-11-02T10:00:00.000Z');
      at(new Date(t0.getTime() + 8 * 3600_000 - 1000));
      await t.http.get('/me').set(as(tokens.accessToken)).expect(200);
      at(new Date(t0.getTime() + 8 * 3600_000));
      await t.http.get('/me').set(as(tokens.accessToken)).expect(401);
      expect((await refresh(tokens.refreshToken).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
    });

    it('logout ends the current access token and its refresh token, and leaves the user’s other sessions alone', async () => {
      await user('phien.e');
      const laptop = (await login('phien.e', PASSWORD).expect(200)).body;
      const phone = (await login('phien.e', PASSWORD).expect(200)).body;
      await t.http.post('/auth/logout').set(as(laptop.accessToken)).expect(204);
      expect((await t.http.get('/me').set(as(laptop.accessToken)).expect(401)).body.code).toBe('UNAUTHENTICATED');
      await refresh(laptop.refreshToken).expect(401);
      await t.http.get('/me').set(as(phone.accessToken)).expect(200);
      await t.http.post('/auth/logout').expect(401);
    });

    it('an admin giving a role ends the user’s access and refresh tokens at once; logging in again carries the new role', async () => {
      const id = await user('phien.f', [Role.TASK_FORCE_OFFICER]);
      const before = (await login('phien.f', PASSWORD).expect(200)).body;
      await t.http.get('/me').set(as(before.accessToken)).expect(200);
      await t.http.post(`/users/${id}/roles`).set(as(adminToken)).send({ unitId: cityId, role: Role.SECRETARY }).expect(201);
      await t.http.get('/me').set(as(before.accessToken)).expect(401);
      await refresh(before.refreshToken).expect(401);
      const after = (await login('phien.f', PASSWORD).expect(200)).body;
      const me = await t.http.get('/me').set(as(after.accessToken)).expect(200);
      expect(me.body.assignments.map((a: { role: string }) => a.role).sort()).toEqual([Role.SECRETARY, Role.TASK_FORCE_OFFICER]);
      // Giving a role the user already holds changes nothing and ends nothing.
      await t.http.post(`/users/${id}/roles`).set(as(adminToken)).send({ unitId: cityId, role: Role.SECRETARY }).expect(201);
      await t.http.get('/me').set(as(after.accessToken)).expect(200);
    });

    it('a deactivated user’s access and refresh tokens stop working', async () => {
      const id = await user('phien.g');
      const tokens = (await login('phien.g', PASSWORD).expect(200)).body;
      await t.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [id]);
      await t.http.get('/me').set(as(tokens.accessToken)).expect(401);
      await refresh(tokens.refreshToken).expect(401);
    });
  });

  describe('password policy when an admin creates a user', () => {
    const create = (username: string, password: string) =>
      t.http.post('/users').set(as(adminToken)).send({ username, displayName: 'Người dùng mới', password });

    it.each([
      ['too short (11 characters)', 'Aa1-Aa1-Aa1', ['minLength']],
      ['too long (201 characters)', 'Aa1-'.repeat(50) + 'x', ['maxLength']],
      ['only two character classes', 'mot-mat-khau-du-dai', ['characterClasses']],
      ['containing the username', 'Moi.nguoi-dung-2026', ['containsUsername']],
      ['breaking several rules at once', 'moi.nguoi', ['minLength', 'characterClasses', 'containsUsername']],
    ])('refuses a password %s with 400 PASSWORD_POLICY naming each broken rule; no user is created', async (_name, password, broken) => {
      const res = await create('moi.nguoi', password).expect(400);
      expect(res.body.code).toBe('PASSWORD_POLICY');
      expect(res.body.message).toMatch(/^Mật khẩu chưa đạt yêu cầu: /);
      expect(res.body.details.problems.map((p: { rule: string }) => p.rule)).toEqual(broken);
      for (const p of res.body.details.problems as { message: string }[]) expect(p.message).toMatch(VIETNAMESE);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'moi.nguoi'`)).toEqual([{ n: 0 }]);
    });

    it('accepts a 12-character password with three character classes, and the user can log in with it', async () => {
      await create('moi.nguoi', 'Aa1-Aa1-Aa1-').expect(201);
      await login('moi.nguoi', 'Aa1-Aa1-Aa1-').expect(200);
    });
  });

  it('sends no CORS header when CORS_ORIGINS is empty (the default), so browsers refuse cross-origin calls', async () => {
    const preflight = await t.http
      .options('/auth/login')
      .set('Origin', 'https://hoso.example.vn')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await t.http.get('/health').set('Origin', 'https://hoso.example.vn');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('auth security (CORS origins configured, 3 logins a minute per address)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { CORS_ORIGINS: 'https://hoso.example.vn, http://localhost:5173', LOGIN_RATE_LIMIT_PER_MINUTE: 3 } });
  });
  afterAll(() => t.close());

  it('answers a preflight from a configured origin with that origin, and one from elsewhere without CORS headers', async () => {
    const ok = await t.http
      .options('/cases')
      .set('Origin', 'https://hoso.example.vn')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'Authorization, Content-Type, If-Match');
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://hoso.example.vn');
    expect(ok.headers['access-control-allow-headers']).toMatch(/Authorization/);
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await t.http.get('/health').set('Origin', 'http://localhost:5173');
    expect(get.headers['access-control-allow-origin']).toBe('http://localhost:5173');

    const other = await t.http.options('/cases').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows 3 login requests a minute from one address, then answers 429 TOO_MANY_REQUESTS with Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post('/auth/login').send({ username: 'ai-do', password: WRONG });
      expect(res.status).toBe(401);
    }
    const limited = await t.http.post('/auth/login').send({ username: 'ai-do', password: WRONG }).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.body.message).toMatch(VIETNAMESE);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Other routes are not limited.
    await t.http.get('/health').expect(200);
  });
});

describe('auth security behind a reverse proxy (TRUST_PROXY)', () => {
  const attempts = async (t: TestApp, forwardedFor: string, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) {
      statuses.push((await t.http.post('/auth/login').set('X-Forwarded-For', forwardedFor).send({ username: 'ai-do', password: WRONG })).status);
    }
    return statuses;
  };

  it('counts the login limit per client address given by a trusted proxy', async () => {
    const t = await createTestApp({ config: { LOGIN_RATE_LIMIT_PER_MINUTE: 2, TRUST_PROXY: 'loopback' } });
    try {
      expect(await attempts(t, '203.0.113.7', 3)).toEqual([401, 401, 429]);
      // Another client behind the same proxy has its own count.
      expect(await attempts(t, '203.0.113.8', 2)).toEqual([401, 401]);
    } finally {
      await t.close();
    }
  });

  it('without TRUST_PROXY ignores X-Forwarded-For, so a client cannot pick a fresh address per request', async () => {
    const t = await createTestApp({ config: { LOGIN_RATE_LIMIT_PER_MINUTE: 2 } });
    try {
      expect([...(await attempts(t, '203.0.113.7', 2)), ...(await attempts(t, '203.0.113.8', 1))]).toEqual([401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});
