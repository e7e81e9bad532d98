import { createHmac } from 'node:crypto';
import { loadConfig } from '@hoso/core/config';
import { TokenService } from './token.service';

const SECRET = 'bi-mat-ky-token-thu-nghiem-0123456789abcdef';
const USER_ID = '5d0c7a3e-1b2f-4c6d-9e8a-7b6c5d4e3f2a';
const SID = '0b7e3c1a-9f4d-4e2b-8a6c-1d2e3f4a5b6c';
const CLAIMS = { userId: USER_ID, sessionId: SID };
const TTL = 600;
const NOW = Date.UTC(2026, 10, 2, 2, 0, 0);

function service(secret = SECRET): TokenService {
  return new TokenService(loadConfig({}, { NODE_ENV: 'test', AUTH_TOKEN_SECRET: secret, ACCESS_TOKEN_TTL_SECONDS: TTL }));
}

/** Sign an arbitrary body the way the service does, to reach the claim checks behind the signature. */
function signed(body: string, secret = SECRET): string {
  const b = Buffer.from(body).toString('base64url');
  return `${b}.${createHmac('sha256', secret).update(b).digest('base64url')}`;
}

describe('TokenService', () => {
  const tokens = service();

  it('verifies the token it issued and returns the user and session ids', () => {
    const { token, expiresIn } = tokens.issue(USER_ID, SID, NOW);
    expect(expiresIn).toBe(TTL);
    expect(tokens.verify(token, NOW)).toEqual(CLAIMS);
    expect(tokens.verify(token, NOW + (TTL - 1) * 1000)).toEqual(CLAIMS);
  });

  it('is accepted by another instance with the same secret (tokens survive a restart)', () => {
    const { token } = tokens.issue(USER_ID, SID, NOW);
    expect(service().verify(token, NOW)).toEqual(CLAIMS);
  });

  it('refuses a token signed with another secret', () => {
    const { token } = service('mot-bi-mat-khac-hoan-toan-0123456789abcdef').issue(USER_ID, SID, NOW);
    expect(tokens.verify(token, NOW)).toBeUndefined();
  });

  it('refuses a token once it has expired, from the expiry instant on', () => {
    const { token } = tokens.issue(USER_ID, SID, NOW);
    const exp = NOW + TTL * 1000;
    expect(tokens.verify(token, exp)).toBeUndefined();
    expect(tokens.verify(token, exp + 1000)).toBeUndefined();
  });

  it('refuses a token whose body was altered (e.g. another user id), keeping the signature', () => {
    const { token } = tokens.issue(USER_ID, SID, NOW);
    const [, sig] = token.split('.');
    const claims = { sub: 'ffffffff-1b2f-4c6d-9e8a-7b6c5d4e3f2a', sid: SID, iat: NOW / 1000, exp: NOW / 1000 + TTL };
    const forgedBody = Buffer.from(JSON.stringify(claims)).toString('base64url');
    expect(tokens.verify(`${forgedBody}.${sig}`, NOW)).toBeUndefined();
  });

  it('refuses a token whose expiry was extended without re-signing', () => {
    const { token } = tokens.issue(USER_ID, SID, NOW);
    const [body, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { exp: number };
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86400 })).toString('base64url');
    expect(tokens.verify(`${longer}.${sig}`, NOW + TTL * 1000 + 1000)).toBeUndefined();
  });

  it('refuses a token whose signature was altered', () => {
    const { token } = tokens.issue(USER_ID, SID, NOW);
    const [body, sig] = token.split('.');
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect(tokens.verify(`${body}.${flipped}`, NOW)).toBeUndefined();
    expect(tokens.verify(`${body}.${sig.slice(0, -1)}`, NOW)).toBeUndefined();
    expect(tokens.verify(`${body}.`, NOW)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['one part', 'abc'],
    ['three parts', 'a.b.c'],
    ['only a dot', '.'],
    ['not base64', '!!!.???'],
    ['a very long body', `${'a'.repeat(600)}.sig`],
  ])('returns undefined for a malformed string (%s)', (_name, token) => {
    expect(tokens.verify(token, NOW)).toBeUndefined();
  });

  it.each([
    ['not JSON', 'not json at all'],
    ['JSON null', 'null'],
    ['no subject', JSON.stringify({ sid: SID, iat: 1, exp: NOW / 1000 + TTL })],
    ['a numeric subject', JSON.stringify({ sub: 42, sid: SID, iat: 1, exp: NOW / 1000 + TTL })],
    ['no session (a token from before sessions)', JSON.stringify({ sub: USER_ID, iat: 1, exp: NOW / 1000 + TTL })],
    ['no expiry', JSON.stringify({ sub: USER_ID, sid: SID, iat: 1 })],
    ['a string expiry', JSON.stringify({ sub: USER_ID, sid: SID, iat: 1, exp: String(NOW / 1000 + TTL) })],
  ])('returns undefined for correctly signed but malformed claims (%s)', (_name, body) => {
    expect(tokens.verify(signed(body), NOW)).toBeUndefined();
  });
});
