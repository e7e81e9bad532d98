import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';

const WINDOW_MS = 60_000;
// Beyond this many tracked clients, windows that have ended are dropped before a new one is added.
const SWEEP_ABOVE = 10_000;

/**
 * LOGIN_RATE_LIMIT_PER_MINUTE login requests per client IP, in fixed one-minute windows. In memory and per
 * process, on purpose: it only blunts password guessing from one address; the account lockout, which is in
 * PostgreSQL, is what holds across processes and restarts. Behind a reverse proxy every client has the proxy's
 * address, so the limit is then shared by all.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: EnvDto) {}

  /** Counts one request; undefined when allowed, else the seconds until the client's window ends. */
  take(client: string, now = Date.now()): number | undefined {
    let w = this.windows.get(client);
    if (!w || now - w.start >= WINDOW_MS) {
      if (!w && this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(client, w);
    }
    w.count += 1;
    if (w.count <= this.config.LOGIN_RATE_LIMIT_PER_MINUTE) return undefined;
    return Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= WINDOW_MS) this.windows.delete(k);
  }
}
