// The outside system the webhook channel posts to: checks each signature and counts the POSTs per X-Hoso-Delivery-Id,
// so that "delivered once per delivery id" can be checked against notification_delivery.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class WebhookReceiver {
  /** POSTs received per delivery id (a retry after a lost acknowledgement repeats an id; that is allowed). */
  readonly received = new Map<string, number>();
  /** POSTs whose signature, delivery id or body did not check out. */
  readonly malformed: string[] = [];
  private server?: Server;
  port = 0;

  constructor(readonly secret: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hoso-webhook`;
  }

  get posts(): number {
    let n = 0;
    for (const c of this.received.values()) n += c;
    return n;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const problem = this.check(req.headers, raw);
        if (problem) {
          this.malformed.push(problem);
          res.writeHead(400).end();
          return;
        }
        const id = String(req.headers['x-hoso-delivery-id']);
        this.received.set(id, (this.received.get(id) ?? 0) + 1);
        res.writeHead(204).end();
      });
    });
    // Many short POSTs from a worker that is killed now and then: keep-alive sockets must not pile up.
    this.server.keepAliveTimeout = 2000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  private check(headers: Record<string, string | string[] | undefined>, raw: string): string | undefined {
    const id = headers['x-hoso-delivery-id'];
    const ts = headers['x-hoso-timestamp'];
    const sig = headers['x-hoso-signature'];
    if (typeof id !== 'string' || typeof ts !== 'string' || typeof sig !== 'string') return 'missing X-Hoso-* header';
    const expected = Buffer.from(`sha256=${createHmac('sha256', this.secret).update(`${ts}.${raw}`).digest('hex')}`);
    if (expected.length !== Buffer.byteLength(sig) || !timingSafeEqual(expected, Buffer.from(sig))) return `bad signature (delivery ${id})`;
    try {
      if ((JSON.parse(raw) as { deliveryId?: string }).deliveryId !== id) return `body deliveryId differs from header ${id}`;
    } catch {
      return `body is not JSON (delivery ${id})`;
    }
    return undefined;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
