import type { DataSource, EntityManager } from 'typeorm';
import { deadlineFiringLag, deadlineNotices } from '@hoso/core/metrics';
import type { QueueBackend } from '@hoso/core/queue';
import type { NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import type { DeadlineFiringRepository, TakenChunk } from '../repositories/deadline-firing.repository';
import { FireBucketJob } from './fire-bucket.job';

const chunk = (kinds: string[]): TakenChunk => ({
  deadlines: 1, picked: kinds.length, claimed: kinds.map((kind) => ({ id: 'd-1', generation: 1, kind })), missed: [],
});

/** A bucket job over fakes; a chunk whose notices cannot be written rolls back (as its transaction would). */
function bucketJob(chunks: TakenChunk[], noticesFail = false): FireBucketJob {
  const dataSource = { transaction: (fn: (m: EntityManager) => Promise<unknown>) => fn({} as EntityManager) } as unknown as DataSource;
  const firings = {
    takeChunk: async () => {
      return chunks.shift() ?? chunk([]);
    },
    recipients: async () => [],
  } as unknown as DeadlineFiringRepository;
  const notifications = {
    addMany: async () => {
      if (noticesFail) throw new Error('database gone');
    },
  } as unknown as NotificationOutboxService;
  return new FireBucketJob(dataSource, {} as QueueBackend, notifications, firings);
}

const notices = async (kind: string) => (await deadlineNotices.get()).values.find((v) => v.labels.kind === kind)?.value ?? 0;
const lag = async () => {
  const v = (await deadlineFiringLag.get()).values;
  return { count: v.find((x) => x.metricName?.endsWith('_count'))?.value ?? 0, sum: v.find((x) => x.metricName?.endsWith('_sum'))?.value ?? 0 };
};

describe('the bucket job’s metrics', () => {
  beforeEach(() => {
    deadlineNotices.reset();
    deadlineFiringLag.reset();
  });

  it('count the reminders and escalations a committed chunk notified, and how late the minute ran', async () => {
    const minute = Math.floor(Date.now() / 60_000) - 2;
    await bucketJob([chunk(['REMIND_3', 'DUE', 'ESCALATE'])]).handle({ minute } as never);
    expect({ reminder: await notices('reminder'), escalation: await notices('escalation') }).toEqual({ reminder: 2, escalation: 1 });
    const { count, sum } = await lag();
    expect(count).toBe(1);
    expect(sum).toBeGreaterThanOrEqual(60);
    expect(sum).toBeLessThan(180);
  });

  it('count nothing of a chunk that rolled back after claiming its firings', async () => {
    await expect(bucketJob([chunk(['REMIND_1', 'ESCALATE'])], true).handle({ minute: Math.floor(Date.now() / 60_000) } as never)).rejects.toThrow('database gone');
    expect({ reminder: await notices('reminder'), escalation: await notices('escalation') }).toEqual({ reminder: 0, escalation: 0 });
  });
});
