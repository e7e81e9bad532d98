// The signed-in session: the short-lived access token lives in memory only; the one-use refresh token in
// sessionStorage (this tab), so a reload keeps the user signed in and closing the tab ends it. The access token is
// renewed one minute before it expires, and once more if the server answers 401 anyway.

export interface TokenPair {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
}

const REFRESH_KEY = 'hoso.refresh';
let accessToken: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | undefined;
const listeners = new Set<(signedIn: boolean) => void>();

export function currentAccessToken(): string | undefined {
  return accessToken;
}

export function hasSession(): boolean {
  return accessToken !== undefined || sessionStorage.getItem(REFRESH_KEY) !== null;
}

export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startSession(pair: TokenPair): void {
  accessToken = pair.accessToken;
  sessionStorage.setItem(REFRESH_KEY, pair.refreshToken);
  clearTimeout(timer);
  // Renew a minute early (at least 5 s from now), so no request ever carries an expired token.
  const inMs = Math.max(5, pair.expiresIn - 60) * 1000;
  timer = setTimeout(() => void refreshSession(), inMs);
  listeners.forEach((l) => l(true));
}

export function endSession(): void {
  accessToken = undefined;
  clearTimeout(timer);
  sessionStorage.removeItem(REFRESH_KEY);
  listeners.forEach((l) => l(false));
}

/** Trades the refresh token for a new pair; false (and signed out) when it is no longer valid. One at a time. */
export function refreshSession(): Promise<boolean> {
  if (inflight) return inflight;
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return Promise.resolve(false);
  inflight = (async () => {
    try {
      const res = await fetch('/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!res.ok) {
        // A network failure keeps the session for a later try; a refused token ends it.
        if (res.status === 401 || res.status === 400) endSession();
        return false;
      }
      startSession((await res.json()) as TokenPair);
      return true;
    } catch {
      return false;
    } finally {
      inflight = undefined;
    }
  })();
  return inflight;
}
