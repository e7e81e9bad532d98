import type { AddressInfo } from 'node:net';
import { metricsAuthorized } from './metrics';
import { serveMetrics } from './metrics-server';

const TOKEN = 'worker-metrics-token-0123456789abcdef';

describe("the worker's /metrics", () => {
  it('answers the token holder only, and nothing but /metrics', async () => {
    const server = await serveMetrics(0, '127.0.0.1', TOKEN);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
      expect((await fetch(`${base}/other`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
      const ok = await fetch(`${base}/metrics?x=1`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await ok.text()).toContain('# TYPE hoso_deadline_notices_total counter');
    } finally {
      server.close();
    }
  });

  it('compares the whole header, scheme included', () => {
    expect(metricsAuthorized(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(metricsAuthorized(TOKEN, TOKEN)).toBe(false);
    expect(metricsAuthorized(`Bearer ${TOKEN.slice(1)}`, TOKEN)).toBe(false);
    expect(metricsAuthorized(undefined, TOKEN)).toBe(false);
  });
});
