import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';

interface TokenClaims {
  sub: string;
  // The login session (refresh token family): logging out or a role change ends it, and this token with it.
  sid: string;
  iat: number;
  exp: number;
}

/** Who an access token speaks for, once its signature and expiry are checked. */
export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/**
 * Access tokens: base64url(claims).base64url(HMAC-SHA256(secret, claims)). Short-lived; the signature is checked
 * here, and the session they name is checked against the database by the AuthGuard on every request. The secret
 * comes from AUTH_TOKEN_SECRET (required in production; a random one per process otherwise).
 */
@Injectable()
export class TokenService {
  private readonly secret: Buffer;
  private readonly ttl: number;

  constructor(@Inject(APP_CONFIG) config: EnvDto) {
    if (config.AUTH_TOKEN_SECRET) this.secret = Buffer.from(config.AUTH_TOKEN_SECRET, 'utf8');
    else {
      this.secret = randomBytes(32);
      new Logger('Auth').warn('AUTH_TOKEN_SECRET is not set: tokens are signed with a random key and end with this process.');
    }
    this.ttl = config.ACCESS_TOKEN_TTL_SECONDS;
  }

  issue(userId: string, sessionId: string, now = Date.now()): { token: string; expiresIn: number } {
    const iat = Math.floor(now / 1000);
    const claims: TokenClaims = { sub: userId, sid: sessionId, iat, exp: iat + this.ttl };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expiresIn: this.ttl };
  }

  /** The user and session, or undefined for anything malformed, forged or expired. */
  verify(token: string, now = Date.now()): AccessClaims | undefined {
    const parts = token.split('.');
    if (parts.length !== 2 || parts[0].length > 512) return undefined;
    const [body, sig] = parts;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
      if (!claims || typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return undefined;
      return claims.exp * 1000 > now ? { userId: claims.sub, sessionId: claims.sid } : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
