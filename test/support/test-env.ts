// How the integration tier runs: against the real PostgreSQL/Redis when DATABASE_URL is set, else embedded.
export const TEMPLATE_ENV = 'HOSO_TEST_TEMPLATE_DB';

export function realDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function realRedisUrl(): string | undefined {
  return process.env.REDIS_URL || undefined;
}

/** The same server, another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
