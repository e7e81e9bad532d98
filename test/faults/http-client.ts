// A small keep-alive JSON client for the API process. A network error (refused, reset, timeout) rejects; every
// HTTP answer resolves, whatever its status.
import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  // The API's JSON answers, read by the load and the set-up.
  body: any;
}

export class HttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  constructor(private readonly port: () => number) {}

  call(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const data = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port(),
          path,
          method,
          agent: this.agent,
          timeout: opts.timeoutMs ?? 20_000,
          headers: {
            ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}),
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
            ...opts.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              /* not JSON: kept as text */
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  }

  destroy(): void {
    this.agent.destroy();
  }
}
