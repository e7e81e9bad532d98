// Chromium for one journey file: a page in Vietnamese at 1366×768 in Vietnam time, signed in as a demo user,
// checked with axe-core, photographed for a person to look at.
import axe from 'axe-core';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', 'screenshots');

export const skipReason = (): string => inject('skipReason');
export const baseUrl = (): string => inject('baseUrl');
export const password = (user: string): string => {
  const p = inject('logins')[user];
  if (!p) throw new Error(`no demo login for ${user}`);
  return p;
};

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Browser console errors and failed API answers (5xx) seen so far: a journey ends with none. */
  problems: string[];
}

export async function openSession(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.setDefaultTimeout(20_000);
  return { context, page, problems };
}

export async function login(page: Page, user: string): Promise<void> {
  await page.goto(`${baseUrl()}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(password(user));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Nguyễn|Trần|Lê|Phạm|Hoàng|Quản trị|Võ|Ngô|Đặng|Bùi/ }).first().click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/dang-nhap'));
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2 A/AA rules). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // The page at rest: a popup still closing (a date picker after Enter) is not part of what the user now sees.
  await page.waitForFunction(() => document.querySelector('[class*="-leave"], [class*="-appear"], [class*="-enter"]') === null, undefined, { timeout: 5_000 }).catch(() => undefined);
  // Evaluated through the browser's debugging protocol, not as an inline <script>: the page's policy forbids those.
  await page.evaluate(axe.source);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )) as axe.AxeResults;
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect({ page: name, violations: bad }).toEqual({ page: name, violations: [] });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
