// For the TypeORM CLI only (migration:generate / run / revert); the app builds its DataSource in code.
import 'reflect-metadata';
import { createDataSource } from '@hoso/core/database';
import { SCHEMA } from './schema';

export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/hoso_dev', SCHEMA);
