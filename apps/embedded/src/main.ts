// `npm start`: API and worker in one process. Without DATABASE_URL, PostgreSQL runs in process (PGlite on
// loopback) and BullMQ uses its PostgreSQL backend there; a first start migrates and seeds a demo organisation.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DemoSeedService, seedDemoAndPrint } from '@hoso/access/services/demo-seed.service';
import { loadConfig } from '@hoso/core/config';
import { openDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '@hoso/core/database';
import { createLogger } from '@hoso/core/logging/json-logger';
import { SCHEMA } from '../../../migrations/schema';
import { ApiModule } from '../../api/src/api.module';
import { configureHttp } from '../../api/src/http-setup';
import { WorkerJobsModule } from '../../worker/src/worker.module';

async function main(): Promise<void> {
  let config = loadConfig();
  // Before the first line: in production even start-up lines are JSON.
  const appLogger = createLogger(config);
  Logger.overrideLogger(appLogger);
  const logger = new Logger('hoso');
  let embedded: EmbeddedPostgres | undefined;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_DATA_DIR, port: config.EMBEDDED_PG_PORT });
    config = loadConfig(process.env, { DATABASE_URL: embedded.url });
    logger.log(`embedded PostgreSQL (PGlite) at ${embedded.url}, data in ${config.EMBEDDED_DATA_DIR}`);
  }
  // PGlite runs one query at a time: a small pool is enough (see docs/ARCHITECTURE.md on its socket server).
  const dataSource = await openDatabase(config.DATABASE_URL!, SCHEMA, embedded ? 8 : config.DB_POOL_SIZE);
  const app = await NestFactory.create(ApiModule.forRoot(config, dataSource, [WorkerJobsModule]), {
    bodyParser: false,
    logger: appLogger,
  });
  configureHttp(app, config);
  if (embedded || config.SEED_DEMO) await seedDemoAndPrint(app.get(DemoSeedService));
  // Close the app first (queues, pool), then the embedded database, so PGlite flushes its files cleanly.
  const shutdown = async (signal: string) => {
    logger.log(`${signal}: stopping`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen(config.PORT, config.HOST);
  logger.log(`hoso on http://${config.HOST}:${config.PORT}/ — the web application; Swagger UI at /docs, health at /health`);
}

main().catch((err: Error) => {
  new Logger('hoso').fatal(`hoso failed to start: ${err.message}`);
  process.exit(1);
});
