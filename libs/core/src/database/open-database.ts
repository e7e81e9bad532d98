import type { DataSource } from 'typeorm';
import { createDataSource, type SchemaParts } from './data-source.factory';
import { migrate } from './migrate';

/** Connect and bring the schema up to date (migrations only, under an advisory lock). */
export async function openDatabase(url: string, schema: SchemaParts, poolSize?: number): Promise<DataSource> {
  const ds = createDataSource(url, schema, poolSize);
  await ds.initialize();
  await migrate(ds);
  return ds;
}
