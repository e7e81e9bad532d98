import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import IORedis from 'ioredis';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { loadConfig, type EnvDto } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { Role } from '@hoso/workflows';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/http-setup';
import { WorkerJobsModule } from '../../apps/worker/src/worker.module';
import { SCHEMA } from '../../migrations/schema';
import { createTestDatabase, type TestDatabase } from './test-database';
import { realRedisUrl } from './test-env';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real API (and, with `worker: true`, the worker's consumers) on a fresh database: the real PostgreSQL and
 * Redis when DATABASE_URL / REDIS_URL are set, else PGlite and BullMQ's PostgreSQL backend. `config` overrides
 * settings (e.g. the notification channels' SMTP_URL / WEBHOOK_URL).
 */
export async function createTestApp(opts: { worker?: boolean; config?: Partial<EnvDto> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const redis = db.kind === 'postgres' ? realRedisUrl() : undefined;
  // Each app keeps its documents apart, and leaves nothing in the work tree.
  const documentDir = mkdtempSync(join(tmpdir(), 'hoso-documents-'));
  const config = loadConfig(
    {},
    {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: redis,
      AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
      BULLMQ_PREFIX: `hoso-test-${randomBytes(4).toString('hex')}`,
      LOG_LEVEL: 'error',
      DOCUMENT_DIR: documentDir,
      BODY_LIMIT: '64kb',
      // Suites log many people in from one address within a minute; the limit itself is tested on its own.
      LOGIN_RATE_LIMIT_PER_MINUTE: 100_000,
      ...opts.config,
    },
  );
  const dataSource = await openDatabase(db.url, SCHEMA, db.kind === 'pglite' ? 8 : 10);
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot(config, dataSource, opts.worker ? [WorkerJobsModule] : [])],
  })
    .setLogger({ log() {}, warn() {}, debug() {}, verbose() {}, fatal: console.error, error: console.error })
    .compile();
  const app = moduleRef.createNestApplication({ bodyParser: false });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    db,
    async close() {
      await app.close();
      await db.drop();
      rmSync(documentDir, { recursive: true, force: true });
      // Leave nothing behind on the shared Redis: every key under this app's prefix.
      if (redis) {
        const client = new IORedis(redis);
        const keys = await client.keys(`${config.BULLMQ_PREFIX}:*`);
        if (keys.length > 0) await client.del(...keys);
        await client.quit();
      }
    },
  };
}

export interface DemoOrg {
  city: { id: string };
  wardA: { id: string };
  wardB: { id: string };
  cellA: { id: string };
  /** Bearer tokens by person: */
  tokens: Record<
    'taskForce' | 'office' | 'standing' | 'secretary' | 'inspection' | 'auditor' | 'wardA' | 'wardB' | 'noRole',
    string
  >;
  userIds: Record<string, string>;
}

const PASSWORD = 'mat-khau-thu-nghiem-1';

/** City committee with two wards (A, B) and a cell under A; one user per role; all logged in. */
export async function seedOrg(t: TestApp): Promise<DemoOrg> {
  const dir = t.app.get(OrgDirectoryService);
  const city = await dir.createUnit({ code: 'TU', name: 'Thành ủy', level: 'PROVINCIAL' });
  const wardA = await dir.createUnit({ code: 'DU-A', name: 'Đảng ủy phường A', level: 'GRASSROOTS', parentId: city.id });
  const wardB = await dir.createUnit({ code: 'DU-B', name: 'Đảng ủy phường B', level: 'GRASSROOTS', parentId: city.id });
  const cellA = await dir.createUnit({ code: 'CB-A1', name: 'Chi bộ A1', level: 'CELL', parentId: wardA.id });
  const people: [keyof DemoOrg['tokens'], string, Role[]][] = [
    ['taskForce', city.id, [Role.TASK_FORCE_OFFICER]],
    ['office', city.id, [Role.COMMITTEE_OFFICE]],
    ['standing', city.id, [Role.STANDING_COMMITTEE_MEMBER]],
    ['secretary', city.id, [Role.SECRETARY]],
    ['inspection', city.id, [Role.INSPECTION_COMMISSION_MEMBER]],
    ['auditor', city.id, [Role.AUDITOR]],
    ['wardA', wardA.id, [Role.SECRETARY, Role.TASK_FORCE_OFFICER]],
    ['wardB', wardB.id, [Role.SECRETARY, Role.TASK_FORCE_OFFICER]],
    ['noRole', city.id, []],
  ];
  const tokens = {} as DemoOrg['tokens'];
  const userIds: Record<string, string> = {};
  for (const [who, unit, roles] of people) {
    const { id } = await dir.createUser({ username: who, displayName: `Người dùng ${who}`, password: PASSWORD });
    userIds[who] = id;
    for (const r of roles) await dir.assignRole(id, unit, r);
    const res = await t.http.post('/auth/login').send({ username: who, password: PASSWORD }).expect(200);
    tokens[who] = res.body.accessToken as string;
  }
  return { city, wardA, wardB, cellA, tokens, userIds };
}

/** One more person with roles on one unit, logged in: their id and bearer token. */
export async function addPerson(t: TestApp, username: string, unitId: string, roles: Role[]): Promise<{ id: string; token: string }> {
  const dir = t.app.get(OrgDirectoryService);
  const { id } = await dir.createUser({ username, displayName: `Người dùng ${username}`, password: PASSWORD });
  for (const r of roles) await dir.assignRole(id, unitId, r);
  const res = await t.http.post('/auth/login').send({ username, password: PASSWORD }).expect(200);
  return { id, token: res.body.accessToken as string };
}

/** A valid 1374 registration; override any field. */
export function registration(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Phản ánh cán bộ phường A có dấu hiệu suy thoái',
    source: 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION',
    channel: 'LETTER',
    summary: 'Đơn phản ánh của người dân về việc cán bộ X nhận tiền.',
    receivedAt: '2026-11-02T02:00:00.000Z',
    ...overrides,
  };
}
