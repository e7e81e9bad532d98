// npm run fuzz -- --n 100000 [--seed 20261214] — the long run of the e2e fuzz (test/e2e/fuzz.e2e.spec.ts) with the
// same generators: n requests spread evenly over every operation of docs/openapi.json, on the real PostgreSQL and
// Redis when DATABASE_URL / REDIS_URL are set, else embedded. Counts every problem instead of stopping at the first,
// then lets fast-check minimise the first failing request of each operation. Exit code 1 when anything was found.
import 'reflect-metadata';
import fc from 'fast-check';
import { newTally, prepareFuzz, property } from '../support/fuzz-run';
import { createTestApp } from '../support/test-app';
import globalSetup from '../support/global-setup';
import globalTeardown from '../support/global-teardown';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} cần một số dương`);
  return v;
}

async function main(): Promise<void> {
  const n = arg('n', 5000);
  const seed = arg('seed', Date.now() % 2 ** 31);
  await globalSetup();
  const t = await createTestApp();
  const started = Date.now();
  try {
    const f = await prepareFuzz(t);
    const perOp = Math.ceil(n / f.ops.length);
    console.log(`fuzz: seed ${seed}, ${perOp} requests × ${f.ops.length} operations, ${t.db.kind}`);
    const tally = newTally();
    const failing: number[] = [];
    const t0 = Date.now();
    for (const [i, op] of f.ops.entries()) {
      const before = tally.problems.length;
      // check, not assert: a thrown error must not make fast-check print a huge counterexample (it ran out of string).
      const run = await fc.check(property(f, op, tally, false), { numRuns: perOp, seed: seed + i });
      if (run.failed) tally.problems.push(`${op.name}: the run itself failed: ${String(run.errorInstance).slice(0, 300)}`);
      if (tally.problems.length > before) failing.push(i);
    }
    const seconds = (Date.now() - t0) / 1000;
    const fivexx = tally.problems.filter((p) => /: 5\d\d /.test(p)).length;
    const moved = tally.problems.filter((p) => p.includes('changed rows')).length;
    console.log(`requests ${tally.requests}, ${JSON.stringify(tally.byClass)}, 5xx ${fivexx}, 4xx that changed rows ${moved}, other problems ${tally.problems.length - fivexx - moved}`);
    console.log(`${seconds.toFixed(1)} s, ${(tally.requests / seconds).toFixed(0)} requests/s`);
    for (const p of tally.problems.slice(0, 20)) console.log(`- ${p}`);
    // The first failure of each operation, minimised.
    for (const i of failing) {
      const out = await fc.check(property(f, f.ops[i], newTally(), true), { numRuns: perOp, seed: seed + i });
      if (out.failed) console.log(`minimised (${f.ops[i].name}, seed ${seed + i}): ${fc.stringify(out.counterexample)} → ${String(out.errorInstance)}`);
    }
    process.exitCode = tally.problems.length ? 1 : 0;
  } finally {
    await t.close();
    await globalTeardown();
    console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
