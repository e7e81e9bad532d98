// Preloaded into the API process by bench:reads (`node -r ts-node/register/transpile-only -r test/bench/sql-tap.ts`):
// appends every statement node-postgres runs, with its parameters and duration, as one JSON line to $BENCH_SQL_TAP.
// The benchmark finds the main statement of a read there and runs EXPLAIN on it with the same parameters, so the
// plan printed next to a figure is the one the code runs today, not a copy that drifts from it.
import { appendFileSync } from 'node:fs';
import { Client } from 'pg';

const file = process.env.BENCH_SQL_TAP;

export interface TappedStatement {
  ms: number;
  text: string;
  values: unknown[];
}

if (file) {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const record = (text: string, values: unknown[], t0: bigint) => {
    const line: TappedStatement = { ms: Number(process.hrtime.bigint() - t0) / 1e6, text, values };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  proto.query = function tapped(this: unknown, ...args: unknown[]) {
    const [config, second] = args;
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | undefined)?.text;
    if (typeof text !== 'string' || typeof (config as { submit?: unknown })?.submit === 'function') return original.apply(this, args);
    const values = (Array.isArray(second) ? second : (config as { values?: unknown[] }).values) ?? [];
    const t0 = process.hrtime.bigint();
    const cbAt = args.findIndex((a) => typeof a === 'function');
    if (cbAt >= 0) {
      const cb = args[cbAt] as (...r: unknown[]) => void;
      args[cbAt] = (...r: unknown[]) => {
        record(text, values, t0);
        cb(...r);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown> | undefined;
    result?.then?.(() => record(text, values, t0), () => undefined);
    return result;
  };
}
