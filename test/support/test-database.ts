import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@hoso/core/database';
import { realDatabaseUrl, TEMPLATE_ENV, withDatabase } from './test-env';

export interface TestDatabase {
  url: string;
  kind: 'postgres' | 'pglite';
  /** Migrated already, unless created with `{ migrated: false }`. */
  drop(): Promise<void>;
}

/**
 * One fresh database per test file: a copy of the migrated template on the real server, or an in-memory PGlite
 * (migrated by the caller's openDatabase) when no DATABASE_URL is set.
 */
export async function createTestDatabase(opts: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const admin = realDatabaseUrl();
  if (!admin) {
    const pg = await startEmbeddedPostgres({ dataDir: 'memory://', port: 0 });
    return { url: pg.url, kind: 'pglite', drop: () => pg.stop() };
  }
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('global-setup did not create the template database');
  const name = `hoso_t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(opts.migrated === false ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
  await client.end();
  return {
    url: withDatabase(admin, name),
    kind: 'postgres',
    async drop() {
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
