import { loadConfig } from '@hoso/core/config';
import { LoginRateLimiter } from './login-rate-limiter';

const T0 = Date.UTC(2026, 10, 2, 2, 0, 0);

function limiter(perMinute = 3): LoginRateLimiter {
  return new LoginRateLimiter(loadConfig({}, { LOGIN_RATE_LIMIT_PER_MINUTE: perMinute }));
}

describe('LoginRateLimiter', () => {
  it('allows the limit within a minute and refuses the next request, saying how long to wait', () => {
    const l = limiter(3);
    expect([l.take('10.0.0.1', T0), l.take('10.0.0.1', T0 + 1000), l.take('10.0.0.1', T0 + 2000)]).toEqual([undefined, undefined, undefined]);
    expect(l.take('10.0.0.1', T0 + 20_000)).toBe(40);
    expect(l.take('10.0.0.1', T0 + 59_500)).toBe(1);
  });

  it('counts each client address on its own', () => {
    const l = limiter(1);
    expect(l.take('10.0.0.1', T0)).toBeUndefined();
    expect(l.take('10.0.0.1', T0)).toBe(60);
    expect(l.take('10.0.0.2', T0)).toBeUndefined();
  });

  it('allows the client again once its minute is over', () => {
    const l = limiter(1);
    l.take('10.0.0.1', T0);
    expect(l.take('10.0.0.1', T0 + 59_999)).toBe(1);
    expect(l.take('10.0.0.1', T0 + 60_000)).toBeUndefined();
  });

  it('defaults to 20 a minute', () => {
    const l = new LoginRateLimiter(loadConfig({}));
    for (let i = 0; i < 20; i++) expect(l.take('10.0.0.1', T0)).toBeUndefined();
    expect(l.take('10.0.0.1', T0)).toBe(60);
  });
});
