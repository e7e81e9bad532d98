import { createServer, type Server } from 'node:http';
import { metricsAuthorized, metricsRegistry } from './metrics';

/**
 * The worker's own /metrics (its firings and notices are counted in its process), on METRICS_PORT, behind the same
 * bearer token as the API's. Anything else is 404; a wrong or missing token is 401.
 */
export function serveMetrics(port: number, host: string, token: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    if (!metricsAuthorized(req.headers.authorization, token)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metricsRegistry.contentType, 'Cache-Control': 'no-store' }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
