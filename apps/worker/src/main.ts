// Production worker process: BullMQ consumers and the outbox relay; no HTTP.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { createLogger } from '@hoso/core/logging/json-logger';
import { serveMetrics } from '@hoso/core/metrics';
import { SCHEMA } from '../../../migrations/schema';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  // Before the first line: in production even start-up lines are JSON.
  const logger = createLogger(config);
  Logger.overrideLogger(logger);
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for start:worker (npm start runs the embedded default)');
  const dataSource = await openDatabase(config.DATABASE_URL, SCHEMA, 5);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, dataSource), { logger });
  app.enableShutdownHooks();
  // Its counters (deadline firings, notices) live in this process: served here when METRICS_PORT is set.
  if (config.METRICS_PORT && config.METRICS_TOKEN) {
    // Unreferenced: it never keeps a stopping worker alive.
    (await serveMetrics(config.METRICS_PORT, config.HOST, config.METRICS_TOKEN)).unref();
  }
}

main().catch((err: Error) => {
  new Logger('hoso').fatal(`Worker failed to start: ${err.message}`);
  process.exit(1);
});
