// Runs GET /inbox's service against a bench:reads database without the API, read-only, and prints each statement it
// ran with its EXPLAIN (ANALYZE, BUFFERS): where an inbox request spends its time at a given size.
//   TS_NODE_TRANSPILE_ONLY=1 node -r ts-node/register -r tsconfig-paths/register test/bench/inbox-explain.ts \
//     --db hoso_reads_1m [--user reader-district] [--view nearest] [--page 1] [--jit off] [--reps 5] [--plans] [--dump]
// --dump writes the statements of the last repetition with their parameters to $TMPDIR/inbox-<user>.json.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseInboxService, type InboxFilter } from '@hoso/cases/services/case-inbox.service';
import type { InboxView } from '@hoso/cases/dtos/inbox.query';
import { withDatabase } from '../support/test-env';
import { ADMIN_URL } from './bench-support';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
};

async function main() {
  const db = new Client({ connectionString: withDatabase(ADMIN_URL, arg('db', 'hoso_reads_1m')) });
  await db.connect();
  await db.query(`SET default_transaction_read_only = on`);
  if (process.argv.includes('--jit')) await db.query(`SET jit = ${arg('jit', 'on') === 'off' ? 'off' : 'on'}`);
  const users = arg('user', 'reader-province,reader-district,reader-ward').split(',');
  const reps = Number(arg('reps', '5'));
  let tap: { text: string; values: unknown[]; ms: number }[] | undefined;
  const ds = {
    transaction: async (fn: (m: unknown) => Promise<unknown>) => {
      await db.query('BEGIN');
      try {
        return await fn(ds);
      } finally {
        await db.query('COMMIT');
      }
    },
    query: async (text: string, values: unknown[] = []) => {
      const t0 = process.hrtime.bigint();
      const rows = (await db.query(text, values)).rows;
      tap?.push({ text, values, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
      return rows;
    },
  };
  for (const username of users) {
    const [u] = (await db.query(`SELECT id FROM app_user WHERE username = $1`, [username])).rows;
    const units = (
      await db.query(
        `SELECT DISTINCT o.id FROM org_unit o JOIN role_assignment ra ON starts_with(o.path, (SELECT path FROM org_unit WHERE id = ra.unit_id))
          WHERE ra.user_id = $1`,
        [u.id],
      )
    ).rows.map((r) => r.id as string);
    const user = { id: u.id, assignments: [] } as unknown as AuthUser;
    const service = new CaseInboxService(ds as never, { visibleUnitIds: async () => units } as never, {} as never, {} as never);
    const f: InboxFilter = { view: arg('view', 'nearest') as InboxView, page: Number(arg('page', '1')), pageSize: 20 };
    const times: number[] = [];
    let body: Awaited<ReturnType<CaseInboxService['list']>> | undefined;
    for (let i = 0; i < reps; i++) {
      tap = [];
      const t0 = process.hrtime.bigint();
      body = await service.list(user, f);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`\n## ${username} (${units.length} units) view=${f.view} page=${f.page}: median ${times[Math.floor(times.length / 2)].toFixed(1)} ms ` +
      `(min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}); total ${body!.total} exact ${body!.totalExact}; ` +
      `items ${body!.items.length}, first ${body!.items.map((i) => i.id).slice(0, 2).join(' ')}`);
    if (process.argv.includes('--dump')) {
      writeFileSync(path.join(os.tmpdir(), `inbox-${username}.json`), JSON.stringify(tap));
    }
    for (const st of tap ?? []) {
      if (/^SET LOCAL/.test(st.text)) {
        await db.query('BEGIN');
        await db.query(st.text);
        continue;
      }
      const [{ 'QUERY PLAN': [plan] }] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${st.text}`, st.values)).rows;
      const jit = plan.JIT ? ` JIT ${plan.JIT.Timing.Total.toFixed(1)} ms` : '';
      console.log(`- ${st.ms.toFixed(1)} ms as run, ${plan['Execution Time'].toFixed(1)} ms explained${jit}: ${st.text.replace(/\s+/g, ' ').slice(0, 110)}`);
      if (process.argv.includes('--plans')) {
        const text = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.text}`, st.values)).rows.map((r) => r['QUERY PLAN']).join('\n');
        console.log(text.replace(/^/gm, '    ').replace(/'\{[0-9a-f,-]{200,}\}'/g, "'{…}'"));
      }
      await db.query('COMMIT');
    }
  }
  await db.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
