// The web application's end-to-end journeys: headless Chromium (Debian's package, driven by playwright-core)
// against the real API on the embedded default, started once by global-setup.ts. One file at a time: they share
// one app and its demo data.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/web/journeys/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/web/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
