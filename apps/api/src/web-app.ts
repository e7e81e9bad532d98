import { Logger, type INestApplication } from '@nestjs/common';
import express from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The application page's own Content-Security-Policy (the API's other answers keep helmet's): scripts only from this
 * origin, never inline; 'unsafe-eval' because the step forms validate against JSON Schemas published at run time,
 * which ajv compiles to functions; inline styles for Ant Design's CSS-in-JS; no frames, plugins or other origins.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths the web application never takes over, even when a browser navigates to them. */
const SERVER_PAGES = /^\/(docs|health|metrics)(\/|$)/;

/**
 * Serves the built web application (apps/web/dist) from the API's own origin, so CORS stays closed: its files
 * under /assets (content-hashed, cached for a year) and index.html for `/` and for any page a browser navigates
 * to (Sec-Fetch-Mode: navigate, or Accept: text/html), so /vu-viec/… survives a reload. A program's requests to the
 * same paths (fetch, curl with JSON) still reach the API. Pre-compressed .br / .gz files are sent when accepted.
 */
export function serveWebApp(app: INestApplication, webDir: string): boolean {
  const dir = resolve(webDir);
  const indexFile = join(dir, 'index.html');
  if (webDir === '' || !existsSync(indexFile)) {
    new Logger('web').warn(`web application not built (${indexFile} missing): run npm run build`);
    return false;
  }
  const index = readFileSync(indexFile);
  app.use('/assets', precompressed(join(dir, 'assets')));
  app.use('/assets', express.static(join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
  app.use('/favicon.svg', express.static(join(dir, 'favicon.svg'), { maxAge: '1d' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (SERVER_PAGES.test(req.path)) return next();
    if (req.path !== '/' && !isNavigation(req)) return next();
    res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': WEB_APP_CSP }).type('html').send(index);
  });
  return true;
}

function isNavigation(req: express.Request): boolean {
  const mode = req.headers['sec-fetch-mode'];
  if (mode !== undefined) return mode === 'navigate';
  return (req.headers.accept ?? '').split(',')[0]?.trim() === 'text/html';
}

/** Sends `x.js.br` (or `.gz`) for `x.js` when the client accepts it and the build produced it. */
function precompressed(dir: string) {
  const encodings: [string, string][] = [['br', '.br'], ['gzip', '.gz']];
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/\.(js|css|svg|json)$/.test(req.path)) return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    for (const [encoding, ext] of encodings) {
      const file = join(dir, req.path + ext);
      if (accepted.includes(encoding) && !req.path.includes('..') && existsSync(file)) {
        res.set({ 'Content-Encoding': encoding, Vary: 'Accept-Encoding', 'Cache-Control': 'public, max-age=31536000, immutable' });
        res.type(req.path.split('.').pop()!);
        return res.sendFile(file);
      }
    }
    next();
  };
}
