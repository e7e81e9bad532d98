// Production API process: PostgreSQL from DATABASE_URL, BullMQ on REDIS_URL (or PostgreSQL when unset).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DemoSeedService, seedDemoAndPrint } from '@hoso/access/services/demo-seed.service';
import { loadConfig } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { createLogger } from '@hoso/core/logging/json-logger';
import { SCHEMA } from '../../../migrations/schema';
import { ApiModule } from './api.module';
import { configureHttp } from './http-setup';

async function main(): Promise<void> {
  const config = loadConfig();
  // Before the first line: in production even start-up lines are JSON.
  const logger = createLogger(config);
  Logger.overrideLogger(logger);
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for start:api (npm start runs the embedded default)');
  const dataSource = await openDatabase(config.DATABASE_URL, SCHEMA, config.DB_POOL_SIZE);
  const app = await NestFactory.create(ApiModule.forRoot(config, dataSource), { bodyParser: false, logger });
  configureHttp(app, config);
  // Into an empty database only (a first administrator from `npm run admin:create` counts as a user).
  if (config.SEED_DEMO) await seedDemoAndPrint(app.get(DemoSeedService));
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
}

main().catch((err: Error) => {
  new Logger('hoso').fatal(`API failed to start: ${err.message}`);
  process.exit(1);
});
