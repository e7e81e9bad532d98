import { Logger } from '@nestjs/common';
import type { CheckpointRow, CheckpointService } from '../checkpoints/checkpoint.service';
import { CheckpointJob } from './checkpoint.job';

/** Checkpoints in memory: at most one per scheduled date, as the service guarantees; a second take answers undefined. */
class FakeCheckpoints implements Pick<CheckpointService, 'take'> {
  readonly calls: { scheduledFor?: string; now?: Date }[] = [];
  readonly taken: CheckpointRow[] = [];

  constructor(private readonly caseCount: number) {}

  async take(opts: { scheduledFor?: string; now?: Date } = {}): Promise<CheckpointRow | undefined> {
    this.calls.push(opts);
    if (this.taken.some((c) => c.scheduledFor === opts.scheduledFor)) return undefined;
    const row: CheckpointRow = {
      id: `checkpoint-${this.taken.length + 1}`,
      seq: this.taken.length + 1,
      takenAt: opts.now ?? new Date(),
      scheduledFor: opts.scheduledFor ?? null,
      caseCount: this.caseCount,
      eventCount: this.caseCount * 4,
      digest: 'digest',
      signature: 'signature',
      keyId: 'key-1',
    };
    this.taken.push(row);
    return row;
  }
}

describe('CheckpointJob', () => {
  let checkpoints: FakeCheckpoints;
  let job: CheckpointJob;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    checkpoints = new FakeCheckpoints(12);
    job = new CheckpointJob(checkpoints as unknown as CheckpointService);
  });

  it('schedules the checkpoint for the Vietnamese date of now, which may already be the next day', async () => {
    const now = new Date('2026-12-04T17:30:00Z');

    await job.handle(now);

    expect(checkpoints.calls).toEqual([{ scheduledFor: '2026-12-05', now }]);
  });

  it.each([
    ['2026-12-04T16:59:59.999Z', '2026-12-04'],
    ['2026-12-04T17:00:00.000Z', '2026-12-05'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'],
  ])('at %s the checkpoint is the one of %s', async (instant, date) => {
    await job.handle(new Date(instant));
    expect(checkpoints.calls.map((c) => c.scheduledFor)).toEqual([date]);
  });

  it('without a time, schedules for the Vietnamese date of the current instant', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-04T17:30:00Z') });
    try {
      await job.handle();
    } finally {
      jest.useRealTimers();
    }
    expect(checkpoints.calls.map((c) => c.scheduledFor)).toEqual(['2026-12-05']);
  });

  it('answers the id and case count of the checkpoint it took', async () => {
    expect(await job.handle(new Date('2026-12-04T03:00:00Z'))).toEqual({ checkpointId: 'checkpoint-1', caseCount: 12 });
  });

  it('skips a second delivery on the same Vietnamese day, naming the date', async () => {
    const first = await job.handle(new Date('2026-12-04T17:30:00Z'));
    const again = await job.handle(new Date('2026-12-05T09:00:00Z'));

    expect(first).toEqual({ checkpointId: 'checkpoint-1', caseCount: 12 });
    expect(again).toEqual({ skipped: true, date: '2026-12-05' });
    expect(checkpoints.taken).toHaveLength(1);
  });

  it('takes the next day its own checkpoint', async () => {
    await job.handle(new Date('2026-12-04T17:30:00Z'));
    expect(await job.handle(new Date('2026-12-05T17:30:00Z'))).toEqual({ checkpointId: 'checkpoint-2', caseCount: 12 });
    expect(checkpoints.taken.map((c) => c.scheduledFor)).toEqual(['2026-12-05', '2026-12-06']);
  });
});
