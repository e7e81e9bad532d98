import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CompactStatisticsJob } from './compact-statistics.job';

/** Pending deltas behind the folding statement: each call moves at most `$1` of them; the zero rows' cleanup is counted. */
class FakeRollup {
  calls: string[] = [];
  constructor(public pending: number) {}

  async query(sql: string, params: unknown[] = []): Promise<unknown> {
    if (/case_statistics_delta/.test(sql)) {
      const moved = Math.min(this.pending, params[0] as number);
      this.pending -= moved;
      this.calls.push(`fold ${moved}`);
      return [{ moved, folded: moved }];
    }
    if (/^\s*DELETE FROM case_statistics_month/.test(sql)) {
      this.calls.push('drop zeros');
      return [[], 0];
    }
    throw new Error(`unexpected SQL: ${sql}`);
  }
}

describe('CompactStatisticsJob', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('folds batch after batch until the deltas run out, then drops the rows that reached zero', async () => {
    const rollup = new FakeRollup(120_000);
    const result = await new CompactStatisticsJob(rollup as unknown as DataSource).handle();
    expect(result).toEqual({ moved: 120_000 });
    expect(rollup.calls).toEqual(['fold 50000', 'fold 50000', 'fold 20000', 'drop zeros']);
    expect(rollup.pending).toBe(0);
  });

  it('with nothing pending, runs one empty folding and the cleanup', async () => {
    const rollup = new FakeRollup(0);
    expect(await new CompactStatisticsJob(rollup as unknown as DataSource).handle()).toEqual({ moved: 0 });
    expect(rollup.calls).toEqual(['fold 0', 'drop zeros']);
  });
});
