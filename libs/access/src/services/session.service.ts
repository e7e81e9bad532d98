import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';

export interface IssuedRefresh {
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

export type RotateOutcome =
  | ({ kind: 'rotated'; userId: string } & IssuedRefresh)
  | { kind: 'reused' }
  | { kind: 'invalid' };

interface Row {
  id: string;
  family_id: string;
  user_id: string;
  expires_at: Date;
  revoked_at: Date | null;
  active: boolean;
}

/**
 * Login sessions as families of refresh tokens. Each token is 32 random bytes, stored as its SHA-256 only, and
 * used once: a refresh revokes it and hands out the next one of the family. Presenting a revoked token again means
 * it was copied (the thief or the owner used it first), so the whole family is revoked (reuse detection).
 * The session ends REFRESH_TOKEN_TTL_SECONDS after the login; rotating does not extend it.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: EnvDto,
  ) {}

  async start(userId: string, now: Date): Promise<IssuedRefresh> {
    const expiresAt = new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    return this.insert(this.dataSource.manager, userId, randomUUID(), expiresAt, now);
  }

  async rotate(refreshToken: string, now: Date): Promise<RotateOutcome> {
    return this.dataSource.transaction(async (m) => {
      // The row lock makes two refreshes with the same token take turns: the second one sees it revoked.
      const rows: Row[] = await m.query(
        `SELECT rt.id, rt.family_id, rt.user_id, rt.expires_at, rt.revoked_at, u.active
           FROM refresh_token rt JOIN app_user u ON u.id = rt.user_id
          WHERE rt.token_hash = $1
          FOR UPDATE OF rt`,
        [hashToken(refreshToken)],
      );
      const r = rows[0];
      if (!r) return { kind: 'invalid' } as const;
      if (r.revoked_at) {
        await this.revokeFamily(m, r.family_id, now);
        return { kind: 'reused' } as const;
      }
      if (new Date(r.expires_at) <= now || !r.active) return { kind: 'invalid' } as const;
      await m.query(`UPDATE refresh_token SET revoked_at = $2, last_used_at = $2 WHERE id = $1`, [r.id, now]);
      const next = await this.insert(m, r.user_id, r.family_id, new Date(r.expires_at), now);
      return { kind: 'rotated', userId: r.user_id, ...next } as const;
    });
  }

  /** Logout: the session's refresh tokens, and so its access tokens (the AuthGuard checks the family). */
  async end(sessionId: string, userId: string, now: Date): Promise<void> {
    await this.dataSource.query(`UPDATE refresh_token SET revoked_at = $3 WHERE family_id = $1 AND user_id = $2 AND revoked_at IS NULL`, [
      sessionId, userId, now,
    ]);
  }

  /** Every session of the user (a role change, a deactivation): their access tokens stop working at once. */
  async endAllOf(userId: string, now: Date, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(`UPDATE refresh_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, now]);
  }

  /** Every session of the user but `keptSessionId` (after a password change, on the device that made it). */
  async endOthersOf(userId: string, keptSessionId: string, now: Date, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(`UPDATE refresh_token SET revoked_at = $3 WHERE user_id = $1 AND family_id <> $2 AND revoked_at IS NULL`, [userId, keptSessionId, now]);
  }

  private async revokeFamily(m: EntityManager, familyId: string, now: Date): Promise<void> {
    await m.query(`UPDATE refresh_token SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [familyId, now]);
  }

  private async insert(m: EntityManager, userId: string, familyId: string, expiresAt: Date, now: Date): Promise<IssuedRefresh> {
    const refreshToken = randomBytes(32).toString('base64url');
    await m.query(
      `INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [randomUUID(), familyId, userId, hashToken(refreshToken), expiresAt, now],
    );
    return { sessionId: familyId, refreshToken, expiresAt };
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
