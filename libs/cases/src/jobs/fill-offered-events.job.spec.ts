import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { FillOfferedEventsJob } from './fill-offered-events.job';
import type { ProcedureRegistryService } from '../services/procedure-registry.service';

/** Cases still without offered_events behind the backfill's two statements: each batch claims at most `$3` of them. */
class FakeCases {
  batches: number[] = [];
  constructor(public pending: number) {}

  async transaction<T>(fn: (m: { query: FakeCases['query'] }) => Promise<T>): Promise<T> {
    return fn({ query: (sql, params) => this.query(sql, params) });
  }

  async query(sql: string, params: unknown[] = []): Promise<unknown> {
    if (/^\s*SELECT id, procedure_id/.test(sql)) {
      const n = Math.min(this.pending, params[2] as number);
      // Finished cases: they offer nothing, whatever their machine.
      return Array.from({ length: n }, (_, i) => ({ id: `c${i}`, procedure_id: 'p', machine_version: 1, version: 1, snapshot: { status: 'done' } }));
    }
    if (/UPDATE "case" c SET offered_events/.test(sql)) {
      const rows = JSON.parse(params[0] as string) as { offered: string[] }[];
      expect(rows.every((r) => r.offered.length === 0)).toBe(true);
      this.pending -= rows.length;
      this.batches.push(rows.length);
      return [{ written: rows.length }];
    }
    throw new Error(`unexpected SQL: ${sql}`);
  }
}

const registry = { list: () => [{ id: 'p', version: 1 }], find: () => ({ id: 'p', version: 1 }) } as unknown as ProcedureRegistryService;

describe('FillOfferedEventsJob', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('fills batch after batch until the NULL rows run out', async () => {
    const cases = new FakeCases(4_500);
    expect(await new FillOfferedEventsJob(cases as unknown as DataSource, registry).handle()).toEqual({ filled: 4_500 });
    expect(cases.batches).toEqual([2000, 2000, 500]);
  });

  it('stops after its time budget, leaving the rest to the next run', async () => {
    const cases = new FakeCases(4_500);
    expect(await new FillOfferedEventsJob(cases as unknown as DataSource, registry).handle(2000, 0)).toEqual({ filled: 2000 });
    expect(cases.pending).toBe(2_500);
  });

  it('with nothing left, runs one empty query', async () => {
    const cases = new FakeCases(0);
    expect(await new FillOfferedEventsJob(cases as unknown as DataSource, registry).handle()).toEqual({ filled: 0 });
    expect(cases.batches).toEqual([]);
  });
});
