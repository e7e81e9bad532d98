import { Client } from 'pg';
import { realDatabaseUrl, TEMPLATE_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const admin = realDatabaseUrl();
  const name = process.env[TEMPLATE_ENV];
  if (!admin || !name) return;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
}
