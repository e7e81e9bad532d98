import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';

export interface SchemaParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** Schema only through migrations: `synchronize` is never on. */
export function dataSourceOptions(url: string, parts: SchemaParts, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    // Off: TypeORM would print failed queries with their parameters (password hashes, personal data).
    logging: false,
    // JIT off for every connection: the app's reads are short, and at a million cases the planner's cost estimates
    // crossed jit_above_cost on bounded counts that then spent 17–30 ms compiling, up to half of the statement
    // (issue 16, docs/BENCHMARKS.md); no read here ran faster with it. PGlite accepts the setting (it has no JIT).
    extra: { max: poolSize, options: '-c jit=off' },
  };
}

export function createDataSource(url: string, parts: SchemaParts, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(url, parts, poolSize));
}
