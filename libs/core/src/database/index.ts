export * from './embedded-postgres';
export * from './data-source.factory';
export * from './database.module';
export * from './migrate';
export * from './open-database';
export * from './write-statement';
