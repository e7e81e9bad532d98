import { ConfigError, loadConfig } from './app-config';

const SECRET = 'khong-duoc-in-ra-0123456789abcdefghijklmnop';
const SIGNING_KEY = Buffer.alloc(32, 9).toString('base64');
const IDENTITY_KEYS = `k1:${Buffer.alloc(32, 9).toString('base64')}`;

function refusal(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('fills the defaults from an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HOST: '127.0.0.1',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_SECONDS: 28_800,
      LOGIN_MAX_FAILURES: 5,
      LOGIN_LOCKOUT_SECONDS: 900,
      LOGIN_RATE_LIMIT_PER_MINUTE: 20,
      CORS_ORIGINS: '',
      TRUST_PROXY: '',
      DB_POOL_SIZE: 20,
      BODY_LIMIT: '256kb',
      LOG_LEVEL: 'log',
      SEED_DEMO: false,
      BULLMQ_PREFIX: 'hoso',
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.AUTH_TOKEN_SECRET).toBeUndefined();
  });

  it('reads strings from the environment and converts numbers and booleans', () => {
    const c = loadConfig({
      PORT: '8080',
      SEED_DEMO: 'true',
      DATABASE_URL: 'postgres://u@db:5432/hoso',
      REDIS_URL: 'redis://cache:6379',
      LOG_LEVEL: 'warn',
    });
    expect(c).toMatchObject({ PORT: 8080, SEED_DEMO: true, DATABASE_URL: 'postgres://u@db:5432/hoso', REDIS_URL: 'redis://cache:6379', LOG_LEVEL: 'warn' });
  });

  it('treats an empty variable as unset', () => {
    const c = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('lets overrides win over the environment', () => {
    expect(loadConfig({ PORT: '8080' }, { PORT: 9090 }).PORT).toBe(9090);
  });

  it.each(['abc', '70000', '-1', '80.5'])('refuses PORT=%s, naming PORT', (port) => {
    const err = refusal(() => loadConfig({ PORT: port }));
    expect(err.message).toContain('PORT');
    expect(err.message).not.toContain(port);
  });

  it('names every invalid variable but never prints a secret value', () => {
    const err = refusal(() =>
      loadConfig({ PORT: 'not-a-port', AUTH_TOKEN_SECRET: 'short-secret-value', DATABASE_URL: 'mysql://root:hunter2@db/x' }),
    );
    expect(err.message).toMatch(/PORT/);
    expect(err.message).toMatch(/AUTH_TOKEN_SECRET/);
    expect(err.message).toMatch(/DATABASE_URL/);
    expect(err.message).not.toContain('short-secret-value');
    expect(err.message).not.toContain('hunter2');
  });

  it('does not print the secret when another variable is invalid', () => {
    const err = refusal(() => loadConfig({ PORT: 'x', AUTH_TOKEN_SECRET: SECRET }));
    expect(err.message).not.toContain(SECRET);
  });

  it('refuses production without AUTH_TOKEN_SECRET', () => {
    const err = refusal(() => loadConfig({ NODE_ENV: 'production' }));
    expect(err.message).toContain('AUTH_TOKEN_SECRET');
  });

  it('accepts production with a long enough AUTH_TOKEN_SECRET and a signing key', () => {
    const c = loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: SECRET, AUDIT_SIGNING_KEY: SIGNING_KEY, IDENTITY_KEYS });
    expect(c.NODE_ENV).toBe('production');
    expect(c.AUTH_TOKEN_SECRET).toBe(SECRET);
    expect(c.AUDIT_SIGNING_KEY).toBe(SIGNING_KEY);
  });

  it('refuses production without AUDIT_SIGNING_KEY, and a seed that is not 32 bytes of base64, without printing it', () => {
    expect(refusal(() => loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: SECRET, IDENTITY_KEYS })).message).toContain('AUDIT_SIGNING_KEY');
    const short = Buffer.alloc(16, 7).toString('base64');
    const err = refusal(() => loadConfig({ AUDIT_SIGNING_KEY: short }));
    expect(err.message).toContain('AUDIT_SIGNING_KEY');
    expect(err.message).not.toContain(short);
  });

  it('refuses production without IDENTITY_KEYS (reporters would be sealed with the public development key)', () => {
    const err = refusal(() => loadConfig({ NODE_ENV: 'production', AUTH_TOKEN_SECRET: SECRET, AUDIT_SIGNING_KEY: SIGNING_KEY }));
    expect(err.message).toContain('IDENTITY_KEYS');
  });

  it('runs without a signing key outside production (the development key is chosen by the audit library)', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).AUDIT_SIGNING_KEY).toBeUndefined();
  });

  it('refuses an unknown NODE_ENV and a malformed BODY_LIMIT', () => {
    expect(refusal(() => loadConfig({ NODE_ENV: 'staging' })).message).toContain('NODE_ENV');
    expect(refusal(() => loadConfig({ BODY_LIMIT: '10gb' })).message).toContain('BODY_LIMIT');
  });

  it('accepts exact origins in CORS_ORIGINS and refuses paths, wildcards and other schemes', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://hoso.example.vn, http://localhost:5173' }).CORS_ORIGINS).toBe('https://hoso.example.vn, http://localhost:5173');
    for (const bad of ['*', 'https://hoso.example.vn/', 'https://hoso.example.vn/app', 'ftp://hoso.example.vn', 'hoso.example.vn']) {
      expect(refusal(() => loadConfig({ CORS_ORIGINS: bad })).message).toContain('CORS_ORIGINS');
    }
  });

  it('accepts a hop count or proxy names / addresses / CIDRs in TRUST_PROXY, and refuses anything else', () => {
    for (const good of ['1', 'loopback', 'loopback, 10.0.0.0/8', '192.168.1.10', 'uniquelocal,fd00::/8']) {
      expect(loadConfig({ TRUST_PROXY: good }).TRUST_PROXY).toBe(good);
    }
    for (const bad of ['true', '0', '12', '*', 'proxy.example.vn', '10.0.0.0/8; rm']) {
      expect(refusal(() => loadConfig({ TRUST_PROXY: bad })).message).toContain('TRUST_PROXY');
    }
  });

  it('ignores variables it does not know', () => {
    const c = loadConfig({ SOMETHING_ELSE: 'x', PATH: '/usr/bin' }) as unknown as Record<string, unknown>;
    expect(c.SOMETHING_ELSE).toBeUndefined();
    expect(c.PATH).toBeUndefined();
  });
});
