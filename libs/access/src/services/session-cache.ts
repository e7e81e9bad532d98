import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { AuthUser } from '../auth-user';

/** A caller as read from the database, with what the cache checks it against. */
export interface LoadedCaller {
  user: AuthUser;
  /** `app_user.session_generation` when it was read: moved by every change that can end or narrow the tokens. */
  generation: number;
  /** When the session (refresh token family) ends, whatever happens to it before. */
  sessionEndsAt: number;
}

/**
 * A caller whose generation the AuthGuard did not check again (a route marked `@SessionCheckedInWrite()`): the
 * request's own write must hold `session_generation = generation` for `userId`, and when it does not (or when the
 * request is refused on the way), ask `recheck()`.
 */
export interface UncheckedSession {
  userId: string;
  generation: number;
  recheck(): Promise<SessionRecheck>;
}

/** The generation again: unmoved, or moved and the caller read again (no user: the session is over, 401). */
export type SessionRecheck = { moved: false } | { moved: true; user: AuthUser | undefined };

const unchecked = new WeakMap<AuthUser, UncheckedSession>();

/** The session check left to the request's write, if any (see UncheckedSession). */
export function uncheckedSession(user: AuthUser): UncheckedSession | undefined {
  return unchecked.get(user);
}

/** A per-request copy of `user` whose session check is left to its write. */
export function withUncheckedSession(user: AuthUser, session: UncheckedSession): AuthUser {
  const copy = { ...user };
  unchecked.set(copy, session);
  return copy;
}

const MAX_ENTRIES = 10_000;

/**
 * Callers by (user, session), in this API process. An entry is only a shortcut: it is used when the user's
 * generation in the database still equals the one it was read at, so a logout, a role change or a deactivation
 * through any API process ends it at the next request. Oldest entries go first beyond MAX_ENTRIES.
 */
export class SessionCache {
  private readonly entries = new Map<string, LoadedCaller>();

  get(userId: string, sessionId: string, now: number): LoadedCaller | undefined {
    const key = `${userId}:${sessionId}`;
    const entry = this.entries.get(key);
    if (entry && entry.sessionEndsAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(sessionId: string, caller: LoadedCaller): void {
    const key = `${caller.user.id}:${sessionId}`;
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, caller);
  }

  delete(userId: string, sessionId: string): void {
    this.entries.delete(`${userId}:${sessionId}`);
  }
}

/**
 * The caller with their session checked now: `user` itself when the AuthGuard checked it; when the generation has not
 * moved, a copy that no longer leaves the check to its write; the caller as read again when it has; 401 when the
 * session is over. For a route marked `@SessionCheckedInWrite()` that answers without its write (a dry run, a replayed
 * Idempotency-Key) or writes in a transaction of its own (an Idempotency-Key's): a refusal inside that transaction
 * must not ask the generation again on another connection while the transaction holds its own — the pool could run
 * dry with every connection waiting for a second one, and the embedded PGlite, one session for all connections,
 * would wait for ever.
 */
export async function sessionChecked(user: AuthUser): Promise<AuthUser> {
  const session = unchecked.get(user);
  if (!session) return user;
  const again = await session.recheck();
  if (!again.moved) return { ...user };
  if (!again.user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
  return again.user;
}
