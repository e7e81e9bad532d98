// Production worker process: BullMQ consumers and the outbox relay; no HTTP.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { logLevels } from '@hoso/core/logging/log-levels';
import { SCHEMA } from '../../../migrations/schema';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for start:worker (npm start runs the embedded default)');
  const dataSource = await openDatabase(config.DATABASE_URL, SCHEMA, 5);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, dataSource), { logger: logLevels(config.LOG_LEVEL) });
  app.enableShutdownHooks();
}

main().catch((err: Error) => {
  console.error(`Worker failed to start: ${err.message}`);
  process.exit(1);
});
