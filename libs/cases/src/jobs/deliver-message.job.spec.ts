import { Logger, type LoggerService } from '@nestjs/common';
import type { ClaimedMessage, OutboxRepository } from '../repositories/outbox.repository';
import { DeliverMessageJob } from './deliver-message.job';

type Status = 'PENDING' | 'QUEUED' | 'DONE';
interface Row extends ClaimedMessage { status: Status; attempts: number }

/** An in-memory `outbox_message`: a claim takes a row out of PENDING/QUEUED once, like the conditional UPDATE. */
class FakeOutbox implements Pick<OutboxRepository, 'claimForDelivery'> {
  readonly rows = new Map<string, Row>();
  claims = 0;

  add(id: string, status: Status): Row {
    const row: Row = { id, type: 'notify', payload: { template: '1374.assigned', audiences: ['UNIT', 'REPORTER'], caseId: `case-${id}` }, status, attempts: 0 };
    this.rows.set(id, row);
    return row;
  }

  async claimForDelivery(id: string, attempt: number): Promise<ClaimedMessage | undefined> {
    const row = this.rows.get(id);
    if (!row || (row.status !== 'PENDING' && row.status !== 'QUEUED')) return undefined;
    this.claims++;
    row.status = 'DONE';
    row.attempts = attempt;
    return { id: row.id, type: row.type, payload: row.payload };
  }
}

/** Keeps what the job logs as delivered (the `log` level). */
class RecordingLogger implements LoggerService {
  readonly logged: string[] = [];
  log(message: unknown): void {
    this.logged.push(String(message));
  }
  error(): void {}
  warn(): void {}
  debug(): void {}
  verbose(): void {}
}

describe('DeliverMessageJob', () => {
  let outbox: FakeOutbox;
  let logger: RecordingLogger;
  let job: DeliverMessageJob;

  beforeEach(() => {
    outbox = new FakeOutbox();
    logger = new RecordingLogger();
    Logger.overrideLogger(logger);
    job = new DeliverMessageJob(outbox as unknown as OutboxRepository);
  });

  it.each(['PENDING', 'QUEUED'] as const)('delivers a %s message: claims it with the attempt and logs it as delivered', async (status) => {
    const row = outbox.add('41', status);

    expect(await job.handle({ outboxId: '41' }, 3)).toBe('DONE');

    expect(row).toMatchObject({ status: 'DONE', attempts: 3 });
    expect(logger.logged).toEqual(['notify 1374.assigned → UNIT,REPORTER case case-41']);
  });

  it('does nothing once another delivery has claimed the message', async () => {
    const row = outbox.add('42', 'DONE');
    row.attempts = 1;

    expect(await job.handle({ outboxId: '42' }, 2)).toBe('SKIPPED');

    expect(row).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(logger.logged).toEqual([]);
  });

  it('skips a message that does not exist', async () => {
    expect(await job.handle({ outboxId: '999999999' }, 1)).toBe('SKIPPED');
    expect(logger.logged).toEqual([]);
  });

  it('delivers a message once even when its job is delivered twice', async () => {
    const row = outbox.add('43', 'QUEUED');

    const results = await Promise.all([job.handle({ outboxId: '43' }, 1), job.handle({ outboxId: '43' }, 1)]);
    expect(await job.handle({ outboxId: '43' }, 2)).toBe('SKIPPED');

    expect([...results].sort()).toEqual(['DONE', 'SKIPPED']);
    expect(outbox.claims).toBe(1);
    expect(row).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(logger.logged).toHaveLength(1);
  });
});
