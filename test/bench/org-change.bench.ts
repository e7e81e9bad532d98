// npm run bench:org-change [-- --cases N | --smoke] — a merger of two wards holding N open cases (default 1000),
// applied in ONE transaction on the real PostgreSQL, next to `pgbench -N` (one client) measured in the same run on the
// same machine. Prints a Markdown report (paste into docs/BENCHMARKS.md) and fails if any case did not move, lost its
// due dates or has a timeline that no longer verifies.
//
// Seeding is direct (SQL, with hashes computed by the timeline's own eventHash): each case is a 1374 press item
// waiting for its explanation — four chained events, a snapshot built by the real machine, one pending deadline due
// in ten days — and each ward has members (person rows) and a standing committee. The merger itself is the
// organisation library's operation as the cases library calls it (OrgChangeGatewayRegistry → apply), inside one
// `dataSource.transaction`: the same operation the procedure's effect and the administrator's direct apply run.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { loadConfig } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { OrgChangeGatewayRegistry } from '@hoso/cases/services/org-change.gateway';
import { ChainVerifierService } from '@hoso/timeline/chain/chain-verifier.service';
import { eventHash, GENESIS_HASH } from '@hoso/timeline/chain/hash-chain';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { applyEvent, Role, startCase, type MachineEvent, type OrgChangePlan, type PersistedSnapshot } from '@hoso/workflows';
import { quyDinh1374V1 } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { ApiModule } from '../../apps/api/src/api.module';
import { SCHEMA } from '../../migrations/schema';
import { withDatabase } from '../support/test-env';

const ADMIN = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SMOKE = argv.includes('--smoke');
const N = Number(arg('--cases') ?? (SMOKE ? 50 : 1000));
const MEMBERS = Number(arg('--members') ?? (SMOKE ? 10 : 200));
const PGBENCH_SECONDS = SMOKE ? 3 : 10;

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN });
  await c.connect();
  await c.query(sql);
  await c.end();
}

/** pgbench -N with one client (one connection, as the merger's one transaction): transactions per second. */
function pgbench(db: string): number {
  const u = new URL(withDatabase(ADMIN, db));
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  execFileSync('pgbench', [...args, '-i', '-s', '10', '-q', db], { stdio: 'ignore' });
  const out = execFileSync('pgbench', [...args, '-N', '-c', '1', '-j', '1', '-T', String(PGBENCH_SECONDS), db], { encoding: 'utf8' });
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  if (!m) throw new Error(`could not read pgbench output:\n${out}`);
  return Number(m[1]);
}

/** The four events of a press item up to REQUEST_EXPLANATION, by the real machine: [snapshot, events]. */
function pressItemEvents(actorId: string, at: Date) {
  const input = { title: 'Báo chí phản ánh (đo hiệu năng)', source: 'PRESS', channel: 'PUBLICATION', summary: 'Báo phản ánh cán bộ', receivedAt: at.toISOString(), publishedAt: at.toISOString() };
  const started = startCase(quyDinh1374V1, input);
  let snap: PersistedSnapshot = started.snapshot;
  let state = started.state;
  const events = [{ type: 'CREATE', payload: { input } as unknown, fromState: null as string | null, toState: state }];
  for (const ev of [
    // The fact the service would resolve: the sources A.SOURCES lists.
    { type: 'START_SCREENING', payload: {}, facts: { ruleValues: { 'A.SOURCES': { data: { items: ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'] } } } } },
    { type: 'CLASSIFY', payload: { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } } },
    { type: 'REQUEST_EXPLANATION', payload: {} },
  ]) {
    const o = applyEvent(quyDinh1374V1, snap, { ...ev, actorId, occurredAt: at.toISOString() } as MachineEvent);
    if (o.kind !== 'taken') throw new Error(`bench setup: ${ev.type} ${JSON.stringify(o)}`);
    snap = o.snapshot;
    events.push({ type: ev.type, payload: ev.payload, fromState: state, toState: o.state });
    state = o.state;
  }
  return { snapshot: snap, events, state };
}

async function main(): Promise<void> {
  const tag = randomBytes(3).toString('hex');
  const pgDb = `hoso_bench_pgbench_${tag}`;
  const appDb = `hoso_bench_org_${tag}`;
  await admin(`CREATE DATABASE ${pgDb}`);
  await admin(`CREATE DATABASE ${appDb}`);
  const url = withDatabase(ADMIN, appDb);
  const ds = await openDatabase(url, SCHEMA, 4);
  const config = loadConfig({}, {
    DATABASE_URL: url, REDIS_URL: REDIS, BULLMQ_PREFIX: `hoso-bench-${tag}`, LOG_LEVEL: 'warn', NODE_ENV: 'production',
    AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'), AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'), IDENTITY_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  });
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config, ds, []), { logger: ['error'] });
  try {
    console.error(`pgbench -N, 1 client, ${PGBENCH_SECONDS}s …`);
    const baseline = pgbench(pgDb);

    // The tree: a city with two wards, active since 1/7/2025; the wards' standing committees; an administrator.
    const dir = app.get(OrgDirectoryService);
    const city = await dir.createUnit({ code: 'TP', name: 'Thành ủy', level: 'PROVINCIAL', validFrom: '2025-07-01' });
    const wards = [
      await dir.createUnit({ code: 'P-A', name: 'Đảng ủy phường A', level: 'GRASSROOTS', parentId: city.id, validFrom: '2025-07-01' }),
      await dir.createUnit({ code: 'P-B', name: 'Đảng ủy phường B', level: 'GRASSROOTS', parentId: city.id, validFrom: '2025-07-01' }),
    ];
    const adminUser = randomUUID();
    await ds.query(`INSERT INTO app_user (id, username, display_name, password_hash, active) VALUES ($1, 'bench-admin', 'Quản trị', 'x', true)`, [adminUser]);
    await ds.query(`INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, 'ADMIN')`, [randomUUID(), adminUser, city.id]);
    const newSecretary = randomUUID();
    await ds.query(`INSERT INTO app_user (id, username, display_name, password_hash, active) VALUES ($1, 'bench-bithu-moi', 'Bí thư mới', 'x', true)`, [newSecretary]);
    for (const w of wards) {
      await ds.query(
        `WITH u AS (INSERT INTO app_user (id, username, display_name, password_hash, active)
                    SELECT gen_random_uuid(), 'bench-' || $2 || '-' || r, 'Bench', 'x', true
                      FROM unnest($3::text[]) AS r RETURNING id, split_part(username, '-', 3) AS role)
         INSERT INTO role_assignment (id, user_id, unit_id, role) SELECT gen_random_uuid(), u.id, $1, u.role FROM u`,
        [w.id, w.id.slice(0, 8), [Role.SECRETARY, Role.STANDING_COMMITTEE_MEMBER, Role.COMMITTEE_OFFICE, Role.TASK_FORCE_OFFICER]],
      );
      // Members: full members with a membership history row each.
      await ds.query(
        `WITH p AS (INSERT INTO person (id, full_name, date_of_birth, org_unit_id, status, party_age_from, created_by)
                    SELECT gen_random_uuid(), 'Đảng viên ' || i, '1980-01-01', $1, 'FULL', '2010-05-19', $2 FROM generate_series(1, $3) AS i RETURNING id)
         INSERT INTO person_membership (person_id, status, on_date, party_age_from) SELECT id, 'FULL', '2010-05-19', '2010-05-19' FROM p`,
        [w.id, adminUser, MEMBERS],
      );
    }

    // N open cases, half in each ward, each with a verifiable four-event timeline and one pending deadline.
    const at = new Date(Date.now() - 3_600_000);
    const { snapshot, events, state } = pressItemEvents(adminUser, at);
    const due = new Date(Date.now() + 10 * 86_400_000);
    const t0 = Date.now();
    const BATCH = 500;
    for (let from = 0; from < N; from += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, N - from) }, () => randomUUID());
      const rows: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
      const heads: string[] = [];
      for (const caseId of ids) {
        let prev = GENESIS_HASH;
        events.forEach((e, i) => {
          const row = { caseId, seq: i + 1, type: e.type, payload: e.payload, actorId: adminUser, fromState: e.fromState, toState: e.toState, machineVersion: 1, occurredAt: at, recordedAt: at };
          const hash = eventHash(prev, row);
          [randomUUID(), caseId, i + 1, e.type, JSON.stringify(e.payload), e.fromState, e.toState, prev, hash].forEach((v, k) => rows[k].push(v));
          prev = hash;
        });
        heads.push(prev);
      }
      await ds.transaction(async (m) => {
        await m.query(
          `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id, title, chain_head, created_by, received_at)
           SELECT id, 'quy-dinh-1374', 1, $2::jsonb, $3, 'OPEN', 'IN_PROGRESS', '{"source":"PRESS"}'::jsonb, $4, ($5::uuid[])[1 + (ord::int % 2)],
                  'Báo chí phản ánh (đo hiệu năng)', head, $6, $7
             FROM unnest($1::uuid[], $8::text[]) WITH ORDINALITY AS x(id, head, ord)`,
          [ids, JSON.stringify(snapshot), state, events.length, wards.map((w) => w.id), adminUser, at, heads],
        );
        await m.query(
          `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version, occurred_at, recorded_at, prev_hash, hash)
           SELECT id, case_id, seq, type, payload::jsonb, $10, from_state, to_state, 1, $11, $11, prev_hash, hash
             FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
                  AS x(id, case_id, seq, type, payload, from_state, to_state, prev_hash, hash)`,
          [...rows.slice(0, 9), adminUser, at],
        );
        await m.query(
          `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq)
           SELECT gen_random_uuid(), id, 'explanation', 'A.PRESS_EXPLAIN', $2, $3, 'PENDING', 1, $4 FROM unnest($1::uuid[]) AS id`,
          [ids, at, due, events.length],
        );
      });
    }
    const seedSeconds = (Date.now() - t0) / 1000;
    const verifier = app.get(ChainVerifierService);
    const before = await verifier.verifyAll(() => undefined);
    if (before.brokenCases > 0 || before.casesChecked !== N) throw new Error(`seeded chains do not verify: ${JSON.stringify(before)}`);
    const dueBefore: { case_id: string; due: string }[] = await ds.query(`SELECT case_id, due_at::text AS due FROM deadline WHERE status = 'PENDING' ORDER BY case_id`);

    // The merger, in one transaction.
    const today = toVietnamDate(new Date());
    const plan: OrgChangePlan = {
      kind: 'MERGE',
      effectiveDate: today,
      decision: { number: '99-QĐ/TU', date: today, body: 'Ban Thường vụ Thành ủy' },
      units: wards.map((w) => w.id),
      newUnits: [{ key: 'moi', code: 'P-AB', name: 'Đảng ủy phường AB', level: 'GRASSROOTS', parentId: city.id }],
      roles: [{ userId: newSecretary, to: { newUnit: 'moi' }, role: Role.SECRETARY }],
    };
    const gateway = app.get(OrgChangeGatewayRegistry).get();
    const t1 = process.hrtime.bigint();
    const outcome = await ds.transaction((m) =>
      gateway.apply(m, plan, { deciderUnitId: city.id, at: new Date(), actorId: adminUser, reason: 'Đo hiệu năng hợp nhất (bench)' }),
    );
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;

    // Every case moved, once, with its transfer on its timeline; every chain verifies; every due date kept.
    const successor = outcome.unitsFounded.find((u) => u.key === 'moi')?.id;
    const [{ moved, left, transfers }] = await ds.query(
      `SELECT count(*) FILTER (WHERE org_unit_id = $1)::int AS moved, count(*) FILTER (WHERE org_unit_id = ANY($2::uuid[]))::int AS left,
              (SELECT count(*)::int FROM case_event WHERE type = 'ORG_TRANSFERRED') AS transfers
         FROM "case"`,
      [successor, wards.map((w) => w.id)],
    );
    const after = await verifier.verifyAll(() => undefined);
    const dueAfter: { case_id: string; due: string }[] = await ds.query(`SELECT case_id, due_at::text AS due FROM deadline WHERE status = 'PENDING' ORDER BY case_id`);
    const dueKept = JSON.stringify(dueAfter) === JSON.stringify(dueBefore);
    const [{ members }] = await ds.query(`SELECT count(*)::int AS members FROM person WHERE org_unit_id = $1`, [successor]);
    const ok = moved === N && left === 0 && transfers === N && after.brokenCases === 0 && dueKept && outcome.casesMoved === N;
    const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
    console.log(`
| measure (${N} open cases, ${2 * MEMBERS} members, ${cpu} cores) | value |
|---|---|
| pgbench -N, 1 client (TPC-B-like, no branch/teller updates), tps | ${baseline.toFixed(0)} |
| seeding (SQL, not measured) | ${seedSeconds.toFixed(1)} s |
| merger of two wards, one transaction, wall time | ${seconds.toFixed(2)} s |
| cases moved per second | ${(N / seconds).toFixed(0)} |
| ratio: cases moved/s ÷ pgbench tps | ${(N / seconds / baseline).toFixed(2)} |
| outcome: cases / members / roles ended / roles assigned | ${outcome.casesMoved} / ${outcome.membersMoved} / ${outcome.rolesEnded} / ${outcome.rolesAssigned} |
| cases in the new unit / left in the wards / ORG_TRANSFERRED events | ${moved} / ${left} / ${transfers} |
| members in the new unit | ${members} |
| timelines verified after (cases / events / broken) | ${after.casesChecked} / ${after.eventsChecked} / ${after.brokenCases} |
| pending due dates unchanged | ${dueKept ? 'yes' : 'NO'} (${dueAfter.length}) |
| verdict | ${ok ? 'ok' : 'FAILED'} |
`);
    if (!ok) process.exitCode = 1;
  } finally {
    await app.close().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${pgDb} WITH (FORCE)`).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${appDb} WITH (FORCE)`).catch(() => undefined);
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
