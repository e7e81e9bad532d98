import type { PGlite } from '@electric-sql/pglite';

/** Frontend message types after which PostgreSQL answers ReadyForQuery: an exchange is complete. */
const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
/** The startup message has no type byte; its first byte is the high byte of its length, always 0. */
const STARTUP = 0x00;

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: Error) => void;
}

/**
 * Shares PGlite's one session between many socket connections the way PostgreSQL's separate sessions would
 * appear to them: a connection holds the session from its first message until an exchange ends (Sync or a
 * simple query) with no transaction open. Nothing from another connection runs in between — not between Parse
 * and Bind (they share the unnamed statement), and not inside a transaction.
 *
 * This replaces pglite-socket's own queue, which hands the session over after any single message while no
 * transaction is open, so another client's Parse could land between a client's Parse and Bind ("bind message
 * supplies 3 parameters, but prepared statement "" requires 1"). It keeps the same three methods, which is all
 * `PGLiteSocketHandler` calls.
 *
 * The cost is the one PGlite already has: a client that keeps a transaction open while it waits for another
 * client's answer waits forever (see docs/ARCHITECTURE.md, "Embedded PostgreSQL").
 */
export class SessionScheduler {
  private readonly queue: Pending[] = [];
  private owner: number | null = null;
  private running = false;

  constructor(
    private readonly db: PGlite,
    /** Called with each NotificationResponse the session produced, and the connection that produced it. */
    private readonly onNotification: (handlerId: number, message: Uint8Array) => void = () => undefined,
  ) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  /** A connection went away: what it still had queued is dropped. */
  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].handlerId !== handlerId) continue;
      const [gone] = this.queue.splice(i, 1);
      gone.reject(new Error('connection closed'));
    }
  }

  /** A connection went away while holding the session: PostgreSQL would roll its transaction back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    // exec takes PGlite's query lock itself, so it waits for a message still running.
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.drain();
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const at = this.owner === null ? 0 : this.queue.findIndex((p) => p.handlerId === this.owner);
        if (at < 0 || at >= this.queue.length) return;
        const [next] = this.queue.splice(at, 1);
        this.owner = next.handlerId;
        await this.run(next);
      }
    } finally {
      this.running = false;
    }
  }

  private async run(next: Pending): Promise<void> {
    const notifications = new NotificationScanner((msg) => this.onNotification(next.handlerId, msg));
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(next.message, {
          onRawData: (data) => {
            bytes += data.length;
            notifications.scan(data);
            next.onData(data);
          },
        }),
      );
    } catch (err) {
      this.releaseAfter(next.message, true);
      next.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.releaseAfter(next.message, false);
    next.resolve(bytes);
  }

  private releaseAfter(message: Uint8Array, failed: boolean): void {
    const type = message[0];
    const endsExchange = failed || type === SYNC || type === QUERY || type === TERMINATE || type === STARTUP;
    if (endsExchange && !this.db.isInTransaction()) this.owner = null;
  }
}

const NOTIFICATION = 0x41; // 'A'

/**
 * Finds NotificationResponse messages in a backend stream that may arrive cut anywhere. Only headers are read;
 * the bodies of other messages are skipped without copying.
 */
export class NotificationScanner {
  private header = Buffer.alloc(5);
  private headerFill = 0;
  private skip = 0;
  private body: Buffer | null = null;
  private bodyFill = 0;

  constructor(private readonly found: (message: Uint8Array) => void) {}

  scan(data: Uint8Array): void {
    let at = 0;
    while (at < data.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length - at);
        this.skip -= n;
        at += n;
        continue;
      }
      if (this.body) {
        const n = Math.min(this.body.length - this.bodyFill, data.length - at);
        this.body.set(data.subarray(at, at + n), this.bodyFill);
        this.bodyFill += n;
        at += n;
        if (this.bodyFill === this.body.length) {
          this.found(Buffer.concat([this.header, this.body]));
          this.body = null;
        }
        continue;
      }
      const n = Math.min(5 - this.headerFill, data.length - at);
      this.header.set(data.subarray(at, at + n), this.headerFill);
      this.headerFill += n;
      at += n;
      if (this.headerFill < 5) continue;
      this.headerFill = 0;
      const rest = this.header.readInt32BE(1) - 4;
      if (this.header[0] === NOTIFICATION) {
        this.body = Buffer.alloc(rest);
        this.bodyFill = 0;
        if (rest === 0) {
          this.found(Buffer.from(this.header));
          this.body = null;
        }
      } else {
        this.skip = rest;
      }
    }
  }
}
