import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The API serves the built application at / (same origin: CORS stays closed). In `npm run dev -w apps/web` the
// dev server forwards every API path to the API on 127.0.0.1:3000.
const api = 'http://127.0.0.1:3000';
const apiPaths = ['/auth', '/me', '/cases', '/inbox', '/procedures', '/rules', '/calendar', '/deadlines', '/discipline',
  '/statistics', '/org-units', '/users', '/people', '/audit', '/health', '/admin', '/legal-instruments', '/reports', '/report-targets'];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: Object.fromEntries(apiPaths.map((p) => [p, { target: api, bypass: (req) => (req.headers['sec-fetch-mode'] === 'navigate' ? '/index.html' : undefined) }])),
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Two files at a time on a two-core machine (Vitest's default there is one): the tests wait on the DOM, not on
    // each other.
    maxWorkers: Math.min(4, Math.max(2, availableParallelism() - 1)),
  },
});
