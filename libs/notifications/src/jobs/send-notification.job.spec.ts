import { Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { NotificationChannelRegistry } from '../channels/notification-channel-registry';
import { ChannelError, type NotificationChannel, type OutgoingNotification } from '../channels/notification-channel';
import type { NotificationChannelName } from '../entities/notification-delivery.entity';
import type { DeliveryToSend, NotificationDeliveryRepository } from '../repositories/notification-delivery.repository';
import { SEND_ATTEMPTS } from './notification-relay.job';
import { SendNotificationJob } from './send-notification.job';

const DELIVERY_ID = '0b6f3c2e-5d4a-4c1b-9f1e-2a7d8c9e0f11';
const NOTIFICATION_ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const CREATED_AT = new Date('2026-11-21T00:30:00Z');

/** The delivery table as the handler sees it, with the conditional updates the repository's SQL makes. */
class FakeDeliveries implements Pick<NotificationDeliveryRepository, 'findToSend' | 'recordFailure' | 'markSent'> {
  readonly rows = new Map<string, DeliveryToSend & { attempts: number; last_error: string | null }>();
  readonly failures: { id: string; error: string; status: string }[] = [];
  readonly marked: string[] = [];

  put(overrides: Partial<DeliveryToSend> = {}): void {
    const row = {
      id: DELIVERY_ID, channel: 'WEBHOOK', status: 'QUEUED', notification_id: NOTIFICATION_ID, user_id: 'u-1', case_id: 'c-1',
      kind: 'REMINDER', title: 'Nhắc hạn', body: 'Còn 3 ngày làm việc', created_at: CREATED_AT, display_name: 'Nguyễn Văn An',
      email: 'an.nguyen@hoso.test', attempts: 0, last_error: null, ...overrides,
    };
    this.rows.set(row.id, row);
  }

  status(id = DELIVERY_ID): string | undefined {
    return this.rows.get(id)?.status;
  }

  async findToSend(id: string): Promise<DeliveryToSend | undefined> {
    const row = this.rows.get(id);
    return row && { ...row };
  }

  async recordFailure(id: string, error: string, status: 'QUEUED' | 'FAILED'): Promise<void> {
    this.failures.push({ id, error, status });
    const row = this.rows.get(id);
    if (row && (row.status === 'PENDING' || row.status === 'QUEUED')) Object.assign(row, { status, last_error: error, attempts: row.attempts + 1 });
  }

  async markSent(id: string): Promise<void> {
    this.marked.push(id);
    const row = this.rows.get(id);
    if (row && row.status !== 'SENT') Object.assign(row, { status: 'SENT', last_error: null, attempts: row.attempts + 1 });
  }
}

/** A channel that records what it was given and fails with the errors queued in `failWith`, one per send. */
class FakeChannel implements NotificationChannel {
  readonly enabled = true;
  readonly sent: OutgoingNotification[] = [];
  readonly failWith: unknown[] = [];

  constructor(readonly name: NotificationChannelName) {}

  async send(n: OutgoingNotification): Promise<void> {
    this.sent.push(n);
    if (this.failWith.length > 0) throw this.failWith.shift();
  }
}

class FakeChannels implements Pick<NotificationChannelRegistry, 'get'> {
  readonly webhook = new FakeChannel('WEBHOOK');
  readonly email = new FakeChannel('EMAIL');

  get(name: string): NotificationChannel | undefined {
    return [this.webhook, this.email].find((c) => c.name === name);
  }
}

describe('SendNotificationJob', () => {
  let deliveries: FakeDeliveries;
  let channels: FakeChannels;
  let job: SendNotificationJob;

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    deliveries = new FakeDeliveries();
    channels = new FakeChannels();
    job = new SendNotificationJob(deliveries as unknown as NotificationDeliveryRepository, channels as unknown as NotificationChannelRegistry);
  });

  afterEach(() => jest.restoreAllMocks());

  const send = (attempt = 1) => job.handle({ deliveryId: DELIVERY_ID }, attempt);
  const rejection = (attempt = 1) => send(attempt).then(() => { throw new Error('expected the handler to throw'); }, (e: unknown) => e);

  it.each(['SENT', 'FAILED'])('skips a delivery already %s without calling any channel', async (status) => {
    deliveries.put({ status });

    expect(await send()).toBe('SKIPPED');

    expect(channels.webhook.sent).toEqual([]);
    expect(channels.email.sent).toEqual([]);
    expect(deliveries.failures).toEqual([]);
    expect(deliveries.marked).toEqual([]);
    expect(deliveries.status()).toBe(status);
  });

  it('skips a delivery that no longer exists', async () => {
    expect(await send()).toBe('SKIPPED');
    expect(channels.webhook.sent).toEqual([]);
    expect(deliveries.failures).toEqual([]);
    expect(deliveries.marked).toEqual([]);
  });

  it('sends the notification once over its channel and marks it SENT', async () => {
    deliveries.put({ channel: 'EMAIL' });

    expect(await send()).toBe('DONE');

    expect(channels.email.sent).toEqual([
      {
        deliveryId: DELIVERY_ID, id: NOTIFICATION_ID, userId: 'u-1', caseId: 'c-1', kind: 'REMINDER', title: 'Nhắc hạn', body: 'Còn 3 ngày làm việc', createdAt: CREATED_AT,
        recipient: { displayName: 'Nguyễn Văn An', email: 'an.nguyen@hoso.test' },
      },
    ]);
    expect(channels.webhook.sent).toEqual([]);
    expect(deliveries.marked).toEqual([DELIVERY_ID]);
    expect(deliveries.status()).toBe('SENT');
    expect(deliveries.failures).toEqual([]);
  });

  it('does nothing when the same job runs again after the send', async () => {
    deliveries.put();
    expect(await send()).toBe('DONE');

    expect(await send(2)).toBe('SKIPPED');

    expect(channels.webhook.sent).toHaveLength(1);
    expect(deliveries.marked).toEqual([DELIVERY_ID]);
  });

  it('sends to a user without a name or address as they are (the channel decides)', async () => {
    deliveries.put({ display_name: null, email: null, case_id: null });

    expect(await send()).toBe('DONE');

    expect(channels.webhook.sent[0]).toMatchObject({ caseId: null, recipient: { displayName: '', email: null } });
  });

  it('records a transient failure, keeps the delivery QUEUED and rethrows so BullMQ retries', async () => {
    deliveries.put();
    const failure = new ChannelError('HTTP 503');
    channels.webhook.failWith.push(failure);

    const err = await rejection(1);

    expect(err).toBe(failure);
    expect(err).not.toBeInstanceOf(UnrecoverableError);
    expect(deliveries.failures).toEqual([{ id: DELIVERY_ID, error: 'HTTP 503', status: 'QUEUED' }]);
    expect(deliveries.rows.get(DELIVERY_ID)).toMatchObject({ status: 'QUEUED', attempts: 1, last_error: 'HTTP 503' });
    expect(deliveries.marked).toEqual([]);
  });

  it('sends on the retry after a transient failure', async () => {
    deliveries.put();
    channels.webhook.failWith.push(new ChannelError('timeout after 10 s'));
    await rejection(1);

    expect(await send(2)).toBe('DONE');

    expect(channels.webhook.sent).toHaveLength(2);
    // The receiver dedupes on the delivery's id: the same on the retry.
    expect(channels.webhook.sent.map((n) => n.deliveryId)).toEqual([DELIVERY_ID, DELIVERY_ID]);
    expect(deliveries.rows.get(DELIVERY_ID)).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });
  });

  it('gives up on the last attempt: marks it FAILED and throws the failure, leaving BullMQ no attempt', async () => {
    deliveries.put();
    channels.webhook.failWith.push(new ChannelError('HTTP 502'));

    const err = await rejection(SEND_ATTEMPTS);

    expect(err).toBeInstanceOf(ChannelError);
    expect((err as Error).message).toBe('HTTP 502');
    expect(deliveries.failures).toEqual([{ id: DELIVERY_ID, error: 'HTTP 502', status: 'FAILED' }]);
    expect(deliveries.status()).toBe('FAILED');
  });

  it('keeps retrying before the last attempt', async () => {
    deliveries.put();
    channels.webhook.failWith.push(new ChannelError('HTTP 502'));

    await rejection(SEND_ATTEMPTS - 1);

    expect(deliveries.failures).toEqual([{ id: DELIVERY_ID, error: 'HTTP 502', status: 'QUEUED' }]);
  });

  it('marks it FAILED at once on a permanent ChannelError and throws UnrecoverableError', async () => {
    deliveries.put({ channel: 'EMAIL' });
    channels.email.failWith.push(new ChannelError('recipient has no e-mail address', true));

    const err = await rejection(1);

    expect(err).toBeInstanceOf(UnrecoverableError);
    expect((err as Error).message).toBe('recipient has no e-mail address');
    expect(deliveries.failures).toEqual([{ id: DELIVERY_ID, error: 'recipient has no e-mail address', status: 'FAILED' }]);
    expect(deliveries.status()).toBe('FAILED');
    expect(deliveries.marked).toEqual([]);
  });

  it('stores only the name of an unexpected error, never its message', async () => {
    deliveries.put();
    channels.webhook.failWith.push(new TypeError('fetch https://hook:token-bi-mat@hooks.hoso.test failed'));

    const err = await rejection(1);

    expect(deliveries.failures).toEqual([{ id: DELIVERY_ID, error: 'unexpected TypeError', status: 'QUEUED' }]);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as Error).message).toBe('unexpected TypeError');
    expect(JSON.stringify(deliveries.rows.get(DELIVERY_ID))).not.toContain('token-bi-mat');
  });

  it('treats an unknown channel as permanent, without calling any channel', async () => {
    deliveries.put({ channel: 'SMS' });

    const err = await rejection(1);

    expect(err).toBeInstanceOf(UnrecoverableError);
    expect(deliveries.failures).toEqual([{ id: DELIVERY_ID, error: 'unknown channel SMS', status: 'FAILED' }]);
    expect(channels.webhook.sent).toEqual([]);
    expect(channels.email.sent).toEqual([]);
  });
});
