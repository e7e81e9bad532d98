// What the queue view shows of a job, and how it answers while the queue's store does not.
import type { DataSource } from 'typeorm';
import type { AuditLogService } from '../audit-log/audit-log.service';
import { DomainError, ErrorCode } from '../errors';
import { QUEUE_READ_TIMEOUT_MS, QueueAdminService, queueNamed, shownFailedReason, shownJobData } from './queue-admin.service';
import type { QueueBackend } from './queue-backend';
import { QueueName } from './queue-names';

const ID = '0b6f7d4e-9c1a-4c1e-8f00-5d2b7a9e4c11';

describe('shownJobData', () => {
  it('keeps the known id and number fields, drops everything else', () => {
    expect(shownJobData({ outboxId: ID, generation: 3, minute: 29_000_000, sentinel: true, displayName: 'Nguyễn Văn A', body: 'Nội dung' })).toEqual({
      outboxId: ID,
      generation: 3,
      minute: 29_000_000,
      sentinel: true,
    });
  });

  it('drops a known field whose value is text rather than an id, an object or not finite', () => {
    expect(shownJobData({ deliveryId: 'Nguyễn Văn A', deadlineId: { id: ID }, generation: Number.NaN, minute: '5' })).toEqual({});
  });

  it('shows nothing of data that is not an object', () => {
    for (const data of [null, undefined, 'Nguyễn Văn A', 7, [ID]]) expect(shownJobData(data)).toEqual({});
  });
});

describe('shownFailedReason', () => {
  it('keeps the first line and masks e-mail addresses', () => {
    expect(shownFailedReason('550 <a.b@example.vn> rejected; cc x@y.org\n    at send (smtp.ts:1)')).toBe('550 <[e-mail]> rejected; cc [e-mail]');
    expect(shownFailedReason(undefined)).toBe('');
  });

  it('keeps a reason of 500 characters whole and cuts one of 501', () => {
    expect(shownFailedReason('x'.repeat(500))).toBe('x'.repeat(500));
    const cut = shownFailedReason('x'.repeat(501));
    expect(cut).toHaveLength(500);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('queueNamed', () => {
  it('accepts each queue name exactly, and refuses anything else with QUEUE_NOT_FOUND', () => {
    for (const name of Object.values(QueueName)) expect(queueNamed(name)).toBe(name);
    for (const name of ['', 'Outbox', 'outbox ', 'bull', '__proto__']) {
      expect(() => queueNamed(name)).toThrow(expect.objectContaining({ code: ErrorCode.QUEUE_NOT_FOUND }));
    }
  });
});

describe('QueueAdminService while the store does not answer', () => {
  const audit = { record: jest.fn(async () => undefined) };
  const never = new Promise<never>(() => undefined);
  const service = (queue: object) =>
    new QueueAdminService({ kind: 'redis', queue: async () => queue } as unknown as QueueBackend, { manager: {} } as DataSource, audit as unknown as AuditLogService);

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function refusal(work: Promise<unknown>, ms: number): Promise<unknown> {
    const settled = work.then(
      () => 'answered',
      (e: unknown) => e,
    );
    await jest.advanceTimersByTimeAsync(ms);
    return Promise.race([settled, Promise.resolve('still waiting')]);
  }

  it('waits up to the limit, then answers 503 QUEUE_UNAVAILABLE with a Retry-After', async () => {
    const s = service({ getJobCounts: () => never });
    const work = s.overview();
    expect(await refusal(work, QUEUE_READ_TIMEOUT_MS - 1)).toBe('still waiting');
    const error = await refusal(work, 1);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: ErrorCode.QUEUE_UNAVAILABLE, details: { retryAfterSeconds: 5 } });
  });

  it('sends no retry and writes no audit row when the store does not answer the read before it', async () => {
    const retryJobs = jest.fn();
    const s = service({ getFailedCount: () => never, retryJobs });
    const error = await refusal(s.retryAll('actor', QueueName.OUTBOX, 'Lý do đủ dài'), QUEUE_READ_TIMEOUT_MS);
    expect(error).toMatchObject({ code: ErrorCode.QUEUE_UNAVAILABLE });
    expect(retryJobs).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });
});
