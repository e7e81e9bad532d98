import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';

/**
 * Locks a username after LOGIN_MAX_FAILURES consecutive failed logins, for LOGIN_LOCKOUT_SECONDS. The state is in
 * PostgreSQL (`login_attempt`), so it holds across restarts and API processes. It is kept per username typed, whether
 * or not an account has it: an unknown username locks exactly as a real one does, so "locked" reveals nothing.
 */
@Injectable()
export class LoginLockoutService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: EnvDto,
  ) {}

  /** The end of the lock on this (lower-cased) username, if it is locked at `now`. */
  async lockedUntil(username: string, now: Date, m: EntityManager = this.dataSource.manager): Promise<Date | undefined> {
    const rows: { locked_until: Date }[] = await m.query(
      `SELECT locked_until FROM login_attempt WHERE username_hash = $1 AND locked_until > $2`,
      [key(username), now],
    );
    return rows[0] ? new Date(rows[0].locked_until) : undefined;
  }

  /**
   * Counts one failure, atomically (concurrent failures each count). Returns the end of the lock when this failure
   * reached the limit (or a concurrent one did). A lock that has run out starts a fresh count.
   */
  async recordFailure(username: string, now: Date): Promise<Date | undefined> {
    const lockEnd = new Date(now.getTime() + this.config.LOGIN_LOCKOUT_SECONDS * 1000);
    const rows: { locked_until: Date | null }[] = await this.dataSource.query(
      `INSERT INTO login_attempt AS a (username_hash, failed_count, locked_until, last_failed_at)
       VALUES ($1, 1, CASE WHEN 1 >= $3::int THEN $4::timestamptz END, $2::timestamptz)
       ON CONFLICT (username_hash) DO UPDATE SET
         failed_count = CASE WHEN a.locked_until > $2::timestamptz THEN a.failed_count
                             WHEN a.locked_until IS NOT NULL THEN 1
                             ELSE a.failed_count + 1 END,
         locked_until = CASE WHEN a.locked_until > $2::timestamptz THEN a.locked_until
                             WHEN (CASE WHEN a.locked_until IS NOT NULL THEN 1 ELSE a.failed_count + 1 END) >= $3::int THEN $4::timestamptz
                             ELSE NULL END,
         last_failed_at = $2::timestamptz
       RETURNING locked_until`,
      [key(username), now, this.config.LOGIN_MAX_FAILURES, lockEnd],
    );
    const until = rows[0]?.locked_until;
    return until && new Date(until) > now ? new Date(until) : undefined;
  }

  /** A successful login, or an administrator's unlock: the count starts again from zero. */
  async reset(username: string, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(`DELETE FROM login_attempt WHERE username_hash = $1`, [key(username)]);
  }
}

function key(username: string): string {
  return createHash('sha256').update(username.trim().toLowerCase(), 'utf8').digest('hex');
}
