import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How long a failed-login count nobody added to, and a refresh token past its expiry, are kept. */
export const AUTH_KEEP_HOURS = 24;

/**
 * Removes what the login machinery no longer needs, so its tables do not grow for ever: refresh tokens expired
 * for a day (a session cannot outlive its first token's expiry, so the whole family is dead), and failed-login
 * counts that are not locking anything and were not added to for a day. Run by the worker on a schedule.
 */
@Injectable()
export class AuthHousekeepingService {
  constructor(private readonly dataSource: DataSource) {}

  async prune(now: Date = new Date()): Promise<{ refreshTokens: number; loginAttempts: number }> {
    const before = new Date(now.getTime() - AUTH_KEEP_HOURS * 3_600_000);
    const [, refreshTokens] = await this.dataSource.query(`DELETE FROM refresh_token WHERE expires_at < $1`, [before]);
    const [, loginAttempts] = await this.dataSource.query(
      `DELETE FROM login_attempt WHERE last_failed_at < $1 AND (locked_until IS NULL OR locked_until < $2)`,
      [before, now],
    );
    return { refreshTokens: Number(refreshTokens), loginAttempts: Number(loginAttempts) };
  }
}
