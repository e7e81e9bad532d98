// globalSetup runs outside Jest's module mapper: resolve @hoso/* through tsconfig paths.
import 'tsconfig-paths/register';
import 'reflect-metadata';
import { Client } from 'pg';
import { openDatabase } from '@hoso/core/database';
import { SCHEMA } from '../../migrations/schema';
import { realDatabaseUrl, TEMPLATE_ENV, withDatabase } from './test-env';

/** Real PostgreSQL: migrate one template database; each test file then copies it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const admin = realDatabaseUrl();
  if (!admin) return;
  const name = `hoso_tpl_${process.pid}_${Date.now()}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const ds = await openDatabase(withDatabase(admin, name), SCHEMA, 2);
  await ds.destroy();
  process.env[TEMPLATE_ENV] = name;
}
