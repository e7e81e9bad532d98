import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { assertPasswordPolicy } from '../password-policy';
import { UserEntity } from '../entities/user.entity';
import { AuthClock } from './auth-clock';
import { LoginLockoutService } from './login-lockout.service';
import { PasswordService } from './password.service';
import { SessionService, type IssuedRefresh } from './session.service';
import { TokenService } from './token.service';

// Verified against when the user does not exist, so a wrong username costs as much time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ilWyEPxiRmJcMmoV6bJruA$E0mMPDV+mWOqHe3T4iqrq7fXJbDpcemOASfT5yrPbRU';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly lockout: LoginLockoutService,
    private readonly clock: AuthClock,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Unknown and known usernames go through the same steps: a locked name is refused before any password check
   * (for both, so the answer time tells nothing either), otherwise the password is verified (against DUMMY_HASH for
   * an unknown or inactive name) and a failure is counted under the name typed. The only answer that differs is
   * success, which needs the right password anyway.
   */
  async login(username: string, password: string) {
    const name = username.trim().toLowerCase();
    const now = this.clock.now();
    const locked = await this.lockout.lockedUntil(name, now);
    if (locked) throw lockedError(locked, now);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username AND u.active', { username: name })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok) {
      const lockedNow = await this.lockout.recordFailure(name, now);
      throw lockedNow ? lockedError(lockedNow, now) : new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    await this.lockout.reset(name);
    const session = await this.sessions.start(user.id, now);
    return { ...this.answer(user.id, session, now), user: { id: user.id, username: user.username, displayName: user.displayName } };
  }

  /** A new access token and the next refresh token of the same session; the presented one is spent. */
  async refresh(refreshToken: string) {
    const now = this.clock.now();
    const outcome = await this.sessions.rotate(refreshToken, now);
    if (outcome.kind !== 'rotated') throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    return this.answer(outcome.userId, outcome, now);
  }

  /** Ends the caller's session: its refresh tokens and every access token carrying its id. */
  async logout(userId: string, sessionId: string): Promise<void> {
    await this.sessions.end(sessionId, userId, this.clock.now());
  }

  /**
   * The caller changes their own password. The current one is required, and a wrong one counts towards the lock as a
   * failed login does (a stolen access token must not become a way to guess it). The new one must meet the policy
   * and differ from the current one. Every other session of the user ends; the one that made the change goes on.
   */
  async changePassword(user: { id: string; username: string }, sessionId: string, current: string, next: string): Promise<void> {
    const now = this.clock.now();
    const locked = await this.lockout.lockedUntil(user.username, now);
    if (locked) throw lockedError(locked, now);
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOne();
    if (!row || !(await this.passwords.verify(row.passwordHash, current))) {
      const lockedNow = await this.lockout.recordFailure(user.username, now);
      throw lockedNow ? lockedError(lockedNow, now) : new DomainError(ErrorCode.CURRENT_PASSWORD_WRONG);
    }
    if (current.normalize('NFC') === next.normalize('NFC')) throw new DomainError(ErrorCode.PASSWORD_UNCHANGED);
    assertPasswordPolicy(next, user.username);
    const passwordHash = await this.passwords.hash(next);
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [user.id, passwordHash]);
      await this.sessions.endOthersOf(user.id, sessionId, now, m);
      await this.audit.record(m, user.id, 'PASSWORD_CHANGED', 'Người dùng tự đổi mật khẩu', { userId: user.id });
      await this.lockout.reset(user.username, m);
    });
  }

  private answer(userId: string, session: IssuedRefresh, now: Date) {
    const { token, expiresIn } = this.tokens.issue(userId, session.sessionId, now.getTime());
    return {
      accessToken: token,
      tokenType: 'Bearer',
      expiresIn,
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.expiresAt.toISOString(),
    };
  }
}

function lockedError(until: Date, now: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new DomainError(ErrorCode.ACCOUNT_LOCKED, { lockedUntil: until.toISOString(), retryAfterSeconds });
}
