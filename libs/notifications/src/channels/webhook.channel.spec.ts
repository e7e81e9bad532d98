import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@hoso/core/config';
import type { OutgoingNotification } from './notification-channel';
import { WebhookChannel, webhookSignature } from './webhook.channel';

const SECRET = 'bi-mat-ky-webhook-0123456789abcdefghij';

function outgoing(deliveryId: string, id = 'n-1'): OutgoingNotification {
  return {
    deliveryId, id, userId: 'u-1', caseId: null, kind: 'REMINDER', title: 'Nhắc hạn', body: 'Còn 3 ngày làm việc',
    createdAt: new Date('2026-11-21T00:30:00Z'), recipient: { displayName: 'Nguyễn Văn An', email: null },
  };
}

describe('WebhookChannel delivery id', () => {
  const received: { headers: IncomingHttpHeaders; raw: string }[] = [];
  let server: Server;
  let channel: WebhookChannel;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    channel = new WebhookChannel(loadConfig({}, { WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET }));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends X-Hoso-Delivery-Id, the same on every attempt of a delivery and different across deliveries, inside the signed body', async () => {
    // Two attempts of one delivery (as after a crash before it was marked SENT), then another delivery of the same notification.
    await channel.send(outgoing('d-1'));
    await channel.send(outgoing('d-1'));
    await channel.send(outgoing('d-2'));

    const ids = received.map((r) => r.headers['x-hoso-delivery-id']);
    expect(ids).toEqual(['d-1', 'd-1', 'd-2']);
    for (const r of received) {
      // The id is also in the body the signature covers, so a forged header cannot pass for another delivery.
      expect(JSON.parse(r.raw).deliveryId).toBe(r.headers['x-hoso-delivery-id']);
      expect(r.headers['x-hoso-signature']).toBe(webhookSignature(SECRET, String(r.headers['x-hoso-timestamp']), r.raw));
    }
  });
});
