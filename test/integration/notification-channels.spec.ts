// Notification channels: e-mail over SMTP and a signed webhook. Each new notification gets one delivery row per
// configured channel in the transaction that writes it; the worker's relay queues them, the send handler sends,
// retries with backoff and records its state. A channel failing never loses nor changes the notification.
// The receivers are real servers on 127.0.0.1 started by this file: an HTTP server for the webhook (it checks the
// signature with the shared secret) and an SMTP server (smtp-server) that requires the credentials from SMTP_URL.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { ConfigError, loadConfig } from '@hoso/core/config';
import { NotificationOutboxService, type NewNotification } from '@hoso/notifications/services/notification-outbox.service';
import { Role } from '@hoso/workflows';
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { NotificationRelayJob } from '@hoso/notifications/jobs/notification-relay.job';
import { SendNotificationJob } from '@hoso/notifications/jobs/send-notification.job';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const WAIT_MS = 20_000;
const WEBHOOK_SECRET = 'bi-mat-ky-webhook-0123456789abcdefghij';
const SMTP_USER = 'hoso-mailer';
const SMTP_PASSWORD = 'mat-khau-smtp-bi-mat-42';
const PASSWORD = 'mat-khau-thu-nghiem-2';

interface DeliveryRow {
  id: string;
  notification_id: string;
  channel: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

interface WebhookCall {
  deliveryIdHeader: string | undefined;
  payload: { deliveryId: string; id: string; userId: string; caseId: string | null; kind: string; title: string; body: string; createdAt: string };
  signatureValid: boolean;
  timestampSkewS: number;
  contentType: string | undefined;
  answered: number;
}

interface Mail {
  user: string | undefined;
  from: string;
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
}

/** Poll `probe` until it answers something truthy; fail with `what` after `timeoutMs`. */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The webhook receiver. `plan` answers per notification title: a list of statuses to return first, or 'always-503'. */
class WebhookReceiver {
  readonly calls: WebhookCall[] = [];
  readonly plan = new Map<string, number[] | 'always-503'>();
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const timestamp = String(req.headers['x-hoso-timestamp'] ?? '');
        const given = Buffer.from(String(req.headers['x-hoso-signature'] ?? ''));
        const expected = Buffer.from(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${raw}`).digest('hex')}`);
        const payload = JSON.parse(raw) as WebhookCall['payload'];
        const planned = this.plan.get(payload.title);
        const status = planned === 'always-503' ? 503 : (planned?.shift() ?? 200);
        this.calls.push({
          deliveryIdHeader: req.headers['x-hoso-delivery-id'] as string | undefined,
          payload,
          signatureValid: given.length === expected.length && timingSafeEqual(given, expected),
          timestampSkewS: Math.abs(Date.now() / 1000 - Number(timestamp)),
          contentType: req.headers['content-type'],
          answered: status,
        });
        res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'not now');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/hoso`;
  }

  callsFor(notificationId: string): WebhookCall[] {
    return this.calls.filter((c) => c.payload.id === notificationId);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The SMTP receiver: requires SMTP_USER / SMTP_PASSWORD, refuses one mailbox for good. */
class MailReceiver {
  readonly mails: Mail[] = [];
  private server!: SMTPServer;
  url = '';

  async start(): Promise<void> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, cb) {
        if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) return cb(null, { user: auth.username });
        return cb(new Error('Invalid username or password'));
      },
      onRcptTo(address, _session, cb) {
        if (address.address.startsWith('khong-ton-tai@')) {
          return cb(Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 }));
        }
        return cb();
      },
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), session));
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = this.server.server.address() as AddressInfo;
    this.url = `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`;
  }

  to(address: string): Mail[] {
    return this.mails.filter((m) => m.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

// Just enough MIME for the messages nodemailer writes: unfolded headers, RFC 2047 words, QP or base64 text.
function qpBytes(s: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

function decodeWords(s: string): string {
  return s.replace(/(\?=)\s+(=\?)/g, '$1$2').replace(/(?:=\?UTF-8\?[QB]\?[^?]*\?=)+/gi, (run) =>
    Buffer.concat(
      [...run.matchAll(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi)].map(([, enc, text]) =>
        enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qpBytes(text.replace(/_/g, ' ')),
      ),
    ).toString('utf8'),
  );
}

function parseMail(raw: string, session: { user?: unknown; envelope: { mailFrom: { address: string } | false; rcptTo: { address: string }[] } }): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qpBytes(body.replace(/=\r\n/g, '')).toString('utf8')
        : body;
  return {
    user: session.user as string | undefined,
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((r) => r.address),
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text: text.replace(/\r\n/g, '\n'),
  };
}

const deliveriesOf = (t: TestApp, notificationIds: string[]): Promise<DeliveryRow[]> =>
  t.dataSource.query(
    `SELECT id, notification_id, channel, status, attempts, last_error, sent_at FROM notification_delivery
      WHERE notification_id = ANY($1::uuid[]) ORDER BY notification_id, channel`,
    [notificationIds],
  );

/** A notification written the way the application writes them: in a transaction, with its deliveries. */
async function notify(t: TestApp, n: Omit<NewNotification, 'sourceKey' | 'caseId' | 'kind'> & { kind?: string }): Promise<string> {
  const outbox = t.app.get(NotificationOutboxService);
  const id = await t.app.get(DataSource).transaction((m) =>
    outbox.notify(m, { caseId: null, kind: 'CASE_NOTICE', sourceKey: `test-${n.title}`, ...n }),
  );
  if (!id) throw new Error(`notification "${n.title}" was not written`);
  return id;
}

describe('notification channel settings', () => {
  const refusal = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (err) {
      if (err instanceof ConfigError) return err.message;
      throw err;
    }
    throw new Error('expected the configuration to be refused');
  };

  it('are off by default, with a default sender and retry delay', () => {
    expect(loadConfig({})).toMatchObject({
      SMTP_URL: undefined, WEBHOOK_URL: undefined, WEBHOOK_SECRET: undefined, SMTP_FROM: 'hoso <no-reply@localhost>', CHANNEL_RETRY_BASE_MS: 2000,
    });
  });

  it('are read from the environment', () => {
    const c = loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', WEBHOOK_URL: 'https://hooks.example.vn/x', WEBHOOK_SECRET, CHANNEL_RETRY_BASE_MS: '500' });
    expect(c).toMatchObject({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', WEBHOOK_URL: 'https://hooks.example.vn/x', WEBHOOK_SECRET, CHANNEL_RETRY_BASE_MS: 500 });
  });

  it('refuse a webhook without a long enough secret and a non-SMTP URL, naming the variable but never its value', () => {
    expect(refusal({ WEBHOOK_URL: 'https://hooks.example.vn/x' })).toContain('WEBHOOK_SECRET');
    const short = refusal({ WEBHOOK_URL: 'https://hooks.example.vn/x', WEBHOOK_SECRET: 'ngan-qua' });
    expect(short).toContain('WEBHOOK_SECRET');
    expect(short).not.toContain('ngan-qua');
    const smtpUrl = refusal({ SMTP_URL: 'http://u:hunter2@mail.example.vn' });
    expect(smtpUrl).toContain('SMTP_URL');
    expect(smtpUrl).not.toContain('hunter2');
    expect(refusal({ WEBHOOK_URL: 'ftp://hooks.example.vn', WEBHOOK_SECRET })).toContain('WEBHOOK_URL');
  });
});

describe('notification channels (e-mail and webhook configured)', () => {
  const webhook = new WebhookReceiver();
  const smtp = new MailReceiver();
  let t: TestApp;
  let org: DemoOrg;
  let admin: string;

  beforeAll(async () => {
    await webhook.start();
    await smtp.start();
    t = await createTestApp({
      worker: true,
      config: {
        SMTP_URL: smtp.url,
        SMTP_FROM: 'Văn phòng Thành ủy <no-reply@hoso.test>',
        WEBHOOK_URL: webhook.url,
        WEBHOOK_SECRET,
        CHANNEL_RETRY_BASE_MS: 20,
      },
    });
    org = await seedOrg(t);
    const dir = t.app.get(OrgDirectoryService);
    const { id } = await dir.createUser({ username: 'quan-tri', displayName: 'Quản trị Thành ủy', password: PASSWORD, email: 'quan-tri@hoso.test' });
    await dir.assignRole(id, org.city.id, Role.ADMIN);
    admin = (await t.http.post('/auth/login').send({ username: 'quan-tri', password: PASSWORD }).expect(200)).body.accessToken;
  });
  afterAll(async () => {
    await t?.close();
    await webhook.stop();
    await smtp.stop();
  });

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function step(caseId: string, type: string, expectedVersion: number, token: string, payload?: unknown): Promise<void> {
    const res = await t.http.post(`/cases/${caseId}/events`).set(as(token)).send({ type, expectedVersion, ...(payload === undefined ? {} : { payload }) });
    if (res.status !== 200) throw new Error(`${type} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }

  async function waitForDeliveries(what: string, ids: string[], done: (rows: DeliveryRow[]) => boolean): Promise<DeliveryRow[]> {
    return waitFor(what, async () => {
      const rows = await deliveriesOf(t, ids);
      return done(rows) ? rows : undefined;
    });
  }

  it('an administrator gives a new user an e-mail address; a malformed one is refused', async () => {
    const bad = await t.http.post('/users').set(as(admin)).send({ username: 'thu.ky.x', displayName: 'Thư ký X', password: PASSWORD, email: 'khong-phai-email' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('email');

    const res = await t.http.post('/users').set(as(admin)).send({ username: 'thu.ky.2', displayName: 'Thư ký thứ hai', password: PASSWORD, email: 'thu.ky.2@hoso.test' }).expect(201);
    await t.http.post(`/users/${res.body.id}/roles`).set(as(admin)).send({ unitId: org.city.id, role: Role.SECRETARY }).expect(201);
    expect(await t.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [res.body.id])).toEqual([{ email: 'thu.ky.2@hoso.test' }]);
    org.userIds.secretary2 = res.body.id as string;
  });

  it('a missed deadline notifies the secretaries and the standing committee: one signed POST each, the e-mail arrives, all SENT', async () => {
    // A press item asked for an explanation: one open deadline, made to escalate now.
    const publishedAt = new Date().toISOString();
    const input = registration({ source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Thanh Niên', publishedAt, receivedAt: publishedAt });
    const created = await t.http.post('/cases').set(as(org.tokens.taskForce)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input }).expect(201);
    const caseId = created.body.case.id as string;
    await step(caseId, 'START_SCREENING', 1, org.tokens.taskForce);
    await step(caseId, 'CLASSIFY', 2, org.tokens.taskForce, {
      infoType: 'PHAN_ANH',
      subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
    });
    await step(caseId, 'REQUEST_EXPLANATION', 3, org.tokens.office);
    // Once the worker has planned its firings, the escalation is fired from a minute of its own, far ahead.
    const d = await waitFor('the worker to plan the deadline', async () => {
      const [row]: { id: string; generation: number; armed_generation: number | null }[] = await t.dataSource.query(
        `SELECT id, generation, armed_generation FROM deadline WHERE case_id = $1 AND key = 'explanation'`,
        [caseId],
      );
      return row.armed_generation === row.generation ? row : undefined;
    });
    const minute = 90_000_000;
    await t.dataSource.query(`UPDATE deadline_firing SET bucket = $3 WHERE deadline_id = $1 AND generation = $2 AND kind = 'ESCALATE'`, [d.id, d.generation, minute]);
    expect(await t.app.get(FireBucketJob).handle({ minute })).toEqual({ fired: 1, skipped: 0 });

    const notifications: { id: string; user_id: string; title: string; body: string }[] = await t.dataSource.query(
      `SELECT id, user_id, title, body FROM notification WHERE case_id = $1 ORDER BY user_id`,
      [caseId],
    );
    const byUser = new Map(notifications.map((n) => [n.user_id, n]));
    expect([...byUser.keys()].sort()).toEqual([org.userIds.secretary, org.userIds.standing, org.userIds.secretary2].sort());
    const ids = notifications.map((n) => n.id);

    // Written with the notifications: a webhook delivery for each, e-mail only for the one user with an address.
    const written = await deliveriesOf(t, ids);
    expect(written.map((r) => `${r.notification_id === byUser.get(org.userIds.secretary2)!.id ? 'with-email' : 'no-email'}:${r.channel}`).sort()).toEqual(
      ['no-email:WEBHOOK', 'no-email:WEBHOOK', 'with-email:EMAIL', 'with-email:WEBHOOK'],
    );

    const sent = await waitForDeliveries('every delivery to be SENT', ids, (rows) => rows.length === 4 && rows.every((r) => r.status === 'SENT'));
    for (const r of sent) expect(r).toMatchObject({ attempts: 1, last_error: null, sent_at: expect.any(Date) });

    // Exactly one signed POST per notification, carrying the notification as the user sees it.
    for (const n of notifications) {
      const calls = webhook.callsFor(n.id);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ signatureValid: true, answered: 200, contentType: expect.stringMatching(/^application\/json/) });
      expect(calls[0].timestampSkewS).toBeLessThan(60);
      const delivery = sent.find((r) => r.notification_id === n.id && r.channel === 'WEBHOOK')!;
      expect(calls[0].deliveryIdHeader).toBe(delivery.id);
      expect(calls[0].payload).toEqual({
        deliveryId: delivery.id, id: n.id, userId: n.user_id, caseId, kind: 'ESCALATE', title: n.title, body: n.body, createdAt: expect.any(String),
      });
      expect(n.title).toMatch(/^Quá hạn: /);
    }
    // One delivery id per delivery: the three POSTs carry three different ids.
    expect(new Set(webhook.calls.filter((c) => ids.includes(c.payload.id)).map((c) => c.deliveryIdHeader)).size).toBe(3);

    // The e-mail: authenticated with the credentials from SMTP_URL, Vietnamese subject and text from the notification.
    const mine = byUser.get(org.userIds.secretary2)!;
    const mails = smtp.to('thu.ky.2@hoso.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ user: SMTP_USER, from: 'no-reply@hoso.test', subject: mine.title });
    expect(mails[0].headers['x-hoso-notification-id']).toBe(mine.id);
    expect(mails[0].headers['x-hoso-delivery-id']).toBe(sent.find((r) => r.channel === 'EMAIL')!.id);
    expect(mails[0].text).toContain('Kính gửi Thư ký thứ hai,');
    expect(mails[0].text).toContain(mine.body);
    expect(smtp.mails).toHaveLength(1);

    // Relaying again queues nothing, and a repeated job sends nothing more.
    expect(await t.app.get(NotificationRelayJob).relayOnce()).toBe(0);
    expect(await t.app.get(SendNotificationJob).handle({ deliveryId: sent[0].id }, 1)).toBe('SKIPPED');
    expect(webhook.calls.filter((c) => ids.includes(c.payload.id))).toHaveLength(3);
    expect(smtp.mails).toHaveLength(1);

    // The user sees the notification and how it went out.
    const login = await t.http.post('/auth/login').send({ username: 'thu.ky.2', password: PASSWORD }).expect(200);
    const list = await t.http.get('/me/notifications').set(as(login.body.accessToken)).expect(200);
    const item = (list.body.items as { id: string; deliveries: unknown[] }[]).find((i) => i.id === mine.id);
    expect(item?.deliveries).toEqual([
      { channel: 'EMAIL', status: 'SENT', attempts: 1, lastError: null },
      { channel: 'WEBHOOK', status: 'SENT', attempts: 1, lastError: null },
    ]);
  });

  it('a webhook answering 500 twice and then 200 is retried with backoff and ends SENT after 3 attempts', async () => {
    const title = 'Thông báo thử: máy nhận tạm lỗi';
    webhook.plan.set(title, [500, 500]);
    const id = await notify(t, { userId: org.userIds.standing, title, body: 'Nội dung thử nghiệm.' });

    const [row] = await waitForDeliveries('the webhook delivery to be SENT', [id], (rows) => rows[0]?.status === 'SENT');
    expect(row).toMatchObject({ channel: 'WEBHOOK', status: 'SENT', attempts: 3, last_error: null });
    expect(webhook.callsFor(id).map((c) => c.answered)).toEqual([500, 500, 200]);
    expect(webhook.callsFor(id).every((c) => c.signatureValid)).toBe(true);
    // The three attempts are one delivery: the same X-Hoso-Delivery-Id, for the receiver to dedupe on.
    expect(webhook.callsFor(id).map((c) => c.deliveryIdHeader)).toEqual([row.id, row.id, row.id]);
    // The standing member has no address: no e-mail delivery. The notification itself is untouched.
    expect(await deliveriesOf(t, [id])).toHaveLength(1);
    expect(await t.dataSource.query(`SELECT title, read_at FROM notification WHERE id = $1`, [id])).toEqual([{ title, read_at: null }]);
  });

  it('a receiver that always fails: attempts grow, the error is recorded, the notification stays listed; after 8 attempts FAILED', async () => {
    const title = 'Thông báo thử: máy nhận luôn lỗi';
    webhook.plan.set(title, 'always-503');
    const id = await notify(t, { userId: org.userIds.office, title, body: 'Nội dung thử nghiệm.' });

    const [retrying] = await waitForDeliveries('a second failed attempt', [id], (rows) => (rows[0]?.attempts ?? 0) >= 2);
    expect(retrying).toMatchObject({ channel: 'WEBHOOK', last_error: 'HTTP 503', sent_at: null });
    expect(['QUEUED', 'FAILED']).toContain(retrying.status);

    const list = await t.http.get('/me/notifications').set(as(org.tokens.office)).expect(200);
    const item = (list.body.items as { id: string; title: string; readAt: unknown; deliveries: { lastError: string; attempts: number }[] }[]).find(
      (i) => i.id === id,
    );
    expect(item).toMatchObject({ title, readAt: null, deliveries: [{ channel: 'WEBHOOK', lastError: 'HTTP 503' }] });
    expect(item!.deliveries[0].attempts).toBeGreaterThanOrEqual(2);

    const [failed] = await waitForDeliveries('the delivery to be given up', [id], (rows) => rows[0]?.status === 'FAILED');
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 8, last_error: 'HTTP 503', sent_at: null });
    expect(webhook.callsFor(id)).toHaveLength(8);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE id = $1`, [id])).toEqual([{ n: 1 }]);
    // Given up: the relay does not queue it again.
    expect(await t.app.get(NotificationRelayJob).relayOnce()).toBe(0);

    // Only its owner may send it again; once the receiver is back, the retry goes through.
    expect((await t.http.post(`/me/notifications/${id}/retry`).set(as(org.tokens.secretary))).body.code).toBe('NOT_FOUND');
    webhook.plan.set(title, []);
    const retried = await t.http.post(`/me/notifications/${id}/retry`).set(as(org.tokens.office)).expect(200);
    expect(retried.body).toEqual({ notificationId: id, retried: ['WEBHOOK'] });
    const [sent] = await waitForDeliveries('the retried delivery to be sent', [id], (rows) => rows[0]?.status === 'SENT');
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(webhook.callsFor(id)).toHaveLength(9);
    // A manual retry sends the same delivery again: all nine POSTs carry its one id.
    expect(new Set(webhook.callsFor(id).map((c) => c.deliveryIdHeader))).toEqual(new Set([sent.id]));
    // Nothing failed any more: nothing to retry.
    const again = await t.http.post(`/me/notifications/${id}/retry`).set(as(org.tokens.office));
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'NOTHING_TO_RETRY' });
  });

  it('a mailbox the server refuses for good fails at once, without the SMTP credentials in the error; the webhook still goes', async () => {
    const { id: userId } = await t.app.get(OrgDirectoryService).createUser({
      username: 'nguoi-nhan-loi', displayName: 'Người nhận lỗi', password: PASSWORD, email: 'khong-ton-tai@hoso.test',
    });
    const id = await notify(t, { userId, title: 'Thông báo thử: hộp thư không tồn tại', body: 'Nội dung thử nghiệm.' });

    const rows = await waitForDeliveries('both deliveries to settle', [id], (r) => r.length === 2 && r.every((x) => x.status === 'SENT' || x.status === 'FAILED'));
    const email = rows.find((r) => r.channel === 'EMAIL')!;
    expect(email).toMatchObject({ status: 'FAILED', attempts: 1, sent_at: null });
    expect(email.last_error).toMatch(/^SMTP EENVELOPE 550/);
    expect(email.last_error).not.toContain(SMTP_PASSWORD);
    expect(email.last_error).not.toContain(SMTP_USER);
    expect(rows.find((r) => r.channel === 'WEBHOOK')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(smtp.to('khong-ton-tai@hoso.test')).toEqual([]);
  });
});

describe('notification channels (none configured)', () => {
  let t: TestApp;
  let org: DemoOrg;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    org = await seedOrg(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('writes the notification but no delivery rows, and the user sees it with no deliveries', async () => {
    await t.dataSource.query(`UPDATE app_user SET email = 'thu-ky@hoso.test' WHERE id = $1`, [org.userIds.secretary]);
    const id = await notify(t, { userId: org.userIds.secretary, title: 'Thông báo không qua kênh nào', body: 'Chỉ trong ứng dụng.' });

    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notification_delivery`)).toEqual([{ n: 0 }]);
    expect(await t.app.get(NotificationRelayJob).relayOnce()).toBe(0);
    const list = await t.http.get('/me/notifications').set({ Authorization: `Bearer ${org.tokens.secretary}` }).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id, title: 'Thông báo không qua kênh nào', deliveries: [] })]);
  });
});
