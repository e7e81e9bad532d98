// Once per run: build (API + web application), start the application on the embedded default, hand its address
// and demo logins to the journeys. Journeys run in embedded mode only: with DATABASE_URL set (the suite's second
// pass on real PostgreSQL, whose Jest half covers the database), they are skipped with a line saying so.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp, type RunningApp } from './app-process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    logins: Record<string, string>;
    skipReason: string;
  }
}

let app: RunningApp | undefined;

export default async function setup(project: TestProject) {
  const root = project.config.root;
  if (process.env.DATABASE_URL) {
    project.provide('skipReason', 'web journeys run on the embedded default (DATABASE_URL is set: skipped in this pass)');
    project.provide('baseUrl', '');
    project.provide('logins', {});
    return;
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(join(root, 'test/web/screenshots'), { recursive: true });
  if (process.env.HOSO_WEB_SKIP_BUILD !== '1') execSync('npm run build', { cwd: root, stdio: 'inherit' });
  app = await startApp(root, { ACCESS_TOKEN_TTL_SECONDS: '60' });
  project.provide('skipReason', '');
  project.provide('baseUrl', app.baseUrl);
  project.provide('logins', app.logins);
  return async () => {
    await app?.stop();
  };
}
