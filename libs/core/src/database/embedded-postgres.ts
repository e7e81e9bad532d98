import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { SessionScheduler } from './session-scheduler';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

// The contrib extensions the migrations create (case search: pg_trgm, unaccent). PGlite publishes them only as
// "exports" subpaths, which this project's module resolution ("node") cannot type, hence require with a stated type.
const CONTRIB = {
  pg_trgm: (require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension }).pg_trgm,
  unaccent: (require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension }).unaccent,
};

// BullMQ's PostgreSQL backend keeps its tables in this schema; it must be on the search path.
const SEARCH_PATH = 'public, bullmq';

/**
 * PostgreSQL in process (PGlite) served on loopback, so TypeORM and `pg` connect to it unchanged.
 * pglite-socket's handler speaks the wire protocol for each connection; our `SessionScheduler` decides whose
 * messages run on PGlite's one session (a whole exchange or transaction at a time), and hands every
 * notification to the other connections too, so a LISTEN on one connection hears a NOTIFY raised on another.
 * Session settings are set at database level (for the next start) and once on the live session — never per
 * connection. `dataDir` 'memory://' keeps nothing on disk (tests); a folder keeps the data between runs.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; maxConnections?: number }): Promise<EmbeddedPostgres> {
  if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create(opts.dataDir, { extensions: CONTRIB });
  await db.exec(`ALTER DATABASE postgres SET search_path = ${SEARCH_PATH}; SET search_path = ${SEARCH_PATH}; SET TIME ZONE 'UTC';`);
  await db.exec(`ALTER DATABASE postgres SET timezone = 'UTC'`);

  const sockets = new Map<number, Socket>();
  const handlers = new Set<PGLiteSocketHandler>();
  const scheduler = new SessionScheduler(db, (from, message) => {
    for (const [id, socket] of sockets) if (id !== from && socket.writable) socket.write(message);
  });
  const maxConnections = opts.maxConnections ?? 64;

  const server = createServer((socket) => {
    if (handlers.size >= maxConnections) {
      socket.destroy();
      return;
    }
    const handler = new PGLiteSocketHandler({
      // Structurally what the handler calls (enqueue, clearQueueForHandler, clearTransactionIfNeeded); the
      // library's type is a class with private members, hence the cast.
      queryQueue: scheduler as unknown as PGLiteSocketHandlerOptions['queryQueue'],
      closeOnDetach: true,
    });
    const forget = () => {
      handlers.delete(handler);
      sockets.delete(handler.handlerId);
    };
    handlers.add(handler);
    sockets.set(handler.handlerId, socket);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    void handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...handlers].map((h) => h.detach(true)));
      await closed;
      await db.close();
    },
  };
}
