import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
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
