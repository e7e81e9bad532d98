import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

// BullMQ's PostgreSQL backend keeps its tables in this schema; it must be on the search path.
const SEARCH_PATH = 'public, bullmq';

/**
 * PostgreSQL in process (PGlite) served on loopback, so TypeORM and `pg` connect to it unchanged.
 * PGlite is one session shared by every connection the socket server multiplexes: session settings are set
 * at database level (for the next start) and once on the live session — never per connection.
 * `dataDir` 'memory://' keeps nothing on disk (tests); a folder keeps the data between runs.
 */
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; maxConnections?: number }): Promise<EmbeddedPostgres> {
  if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create(opts.dataDir);
  await db.exec(`ALTER DATABASE postgres SET search_path = ${SEARCH_PATH}; SET search_path = ${SEARCH_PATH}; SET TIME ZONE 'UTC';`);
  await db.exec(`ALTER DATABASE postgres SET timezone = 'UTC'`);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: opts.port, maxConnections: opts.maxConnections ?? 64 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
