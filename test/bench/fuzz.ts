// npm run fuzz -- --n 100000 [--seed 20261214] [--only 'POST /calendar/changes'] — the long run of the e2e fuzz
// (test/e2e/fuzz.e2e.spec.ts) with the same generators: n requests spread evenly over every operation of
// docs/openapi.json, on the real PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set, else embedded. Counts every problem instead of stopping at the first,
// then lets fast-check minimise the first failing request of each operation. Exit code 1 when anything was found.
// --only <operationId or 'METHOD path'> (repeatable, or comma-separated) runs those operations alone, n spread over
// them; each keeps the seed it has in the full run (seed + its index), so `--n <per operation> --only X` replays X.
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

/** The --only values, each an operationId or `METHOD path` (case-insensitive method). */
function only(): string[] {
  return process.argv.flatMap((a, i) => (process.argv[i - 1] === '--only' ? a.split(',').map((x) => x.trim()).filter(Boolean) : []));
}

/** An error that stopped a run, with the frames that name where it was thrown (the harness or the generators). */
function where(err: unknown): string {
  const frames = err instanceof Error ? (err.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' ← ') : '';
  return `${String(err).slice(0, 300)}${frames ? ` at ${frames}` : ''}`;
}

async function main(): Promise<void> {
  const n = arg('n', 5000);
  const seed = arg('seed', Date.now() % 2 ** 31);
  await globalSetup();
  const t = await createTestApp();
  const started = Date.now();
  try {
    const f = await prepareFuzz(t);
    const wanted = only();
    const matches = (op: (typeof f.ops)[number], w: string) => op.id === w || op.name.toLowerCase() === w.toLowerCase();
    const unknown = wanted.filter((w) => !f.ops.some((op) => matches(op, w)));
    if (unknown.length) throw new Error(`--only: không có thao tác ${unknown.join(', ')} trong docs/openapi.json`);
    // Indexes into the full list: the seed of an operation does not depend on which others run.
    const chosen = [...f.ops.keys()].filter((i) => !wanted.length || wanted.some((w) => matches(f.ops[i], w)));
    const perOp = Math.ceil(n / chosen.length);
    console.log(`fuzz: seed ${seed}, ${perOp} requests × ${chosen.length} operations, ${t.db.kind}`);
    const tally = newTally();
    const failing: number[] = [];
    const t0 = Date.now();
    for (const [k, i] of chosen.entries()) {
      const op = f.ops[i];
      const before = tally.problems.length;
      // check, not assert: a thrown error must not make fast-check print a huge counterexample (it ran out of string).
      const run = await fc.check(property(f, op, tally, false), { numRuns: perOp, seed: seed + i });
      if (run.failed) tally.problems.push(`${op.name}: the run itself failed: ${where(run.errorInstance)}`);
      if (tally.problems.length > before) failing.push(i);
      // Progress on stderr, one line an operation: a long run can be followed with `tail -f`.
      console.error(`[${k + 1}/${chosen.length}] ${op.name}: ${tally.requests} requests, ${tally.problems.length} problems, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
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
