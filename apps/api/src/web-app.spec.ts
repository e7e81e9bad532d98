import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { brotliCompressSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import { serveWebApp, WEB_APP_CSP } from './web-app';

// The API serves the built web application from its own origin: the page for a browser's navigation, the API for
// a program's request to the same path.
describe('serving the web application', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hoso-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'app-abc.js'), 'console.log("hoso")');
  writeFileSync(join(dir, 'assets', 'app-abc.js.br'), brotliCompressSync('console.log("hoso")'));
  const app = express();
  const served = serveWebApp(app as unknown as INestApplication, dir);
  app.get('/cases/:id', (_req, res) => res.json({ api: true }));
  app.get('/docs', (_req, res) => res.send('swagger'));

  it('serves the page at / with its own content security policy', async () => {
    expect(served).toBe(true);
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain('<div id="root">');
    expect(res.headers['content-security-policy']).toBe(WEB_APP_CSP);
    expect(WEB_APP_CSP).toContain("script-src 'self' 'unsafe-eval'");
  });

  it('answers a browser navigating to a page of the application with the page, a program with the API', async () => {
    const page = await request(app).get('/cases/123').set('sec-fetch-mode', 'navigate').expect(200);
    expect(page.text).toContain('<div id="root">');
    const api = await request(app).get('/cases/123').set('sec-fetch-mode', 'cors').expect(200);
    expect(api.body).toEqual({ api: true });
    const curl = await request(app).get('/cases/123').set('accept', 'application/json').expect(200);
    expect(curl.body).toEqual({ api: true });
  });

  it('never takes over Swagger, health or metrics', async () => {
    const res = await request(app).get('/docs').set('sec-fetch-mode', 'navigate').expect(200);
    expect(res.text).toBe('swagger');
  });

  it('sends the pre-compressed script to a browser that accepts brotli, cached for a year', async () => {
    const res = await request(app).get('/assets/app-abc.js').set('accept-encoding', 'gzip, br').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    const plain = await request(app).get('/assets/app-abc.js').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    await request(app).get('/assets/missing.js').set('sec-fetch-mode', 'no-cors').expect(404);
  });

  it('serves nothing when the application is not built', () => {
    expect(serveWebApp(express() as unknown as INestApplication, join(dir, 'nope'))).toBe(false);
  });
});
