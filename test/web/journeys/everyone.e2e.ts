// Everyone: log in, the short-lived token renewed silently, the bell, the global search, the first screen's
// weight, log out. The app runs with 60-second access tokens, renewed 5 s after login (a minute before expiry).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, login, logout, openSession, password, screenshot, skipReason } from '../support/browser';

describe.skipIf(skipReason() !== '')('everyone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a wrong password in Vietnamese and is accessible', async () => {
    const { page, problems } = await openSession(browser);
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/dang-nhap/);
    await expectAccessible(page, 'login');
    await page.getByLabel('Tên đăng nhập').fill('totocongtac');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/mật khẩu/i);
    await screenshot(page, 'login-refused');
    expect(problems).toEqual([]);
  });

  it('logs in, stays signed in across the token renewal and a reload, then logs out', async () => {
    const { page, problems } = await openSession(browser);
    const refreshes: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/auth/refresh')) refreshes.push(r.status());
    });
    await login(page, 'totocongtac');
    expect(new URL(page.url()).pathname).toBe('/hop-viec');
    // Renewed silently (60 s tokens are renewed 5 s after login), without the user doing anything.
    await expect.poll(() => refreshes[0], { timeout: 15_000 }).toBe(200);
    await page.getByRole('link', { name: 'Vụ việc', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vụ việc', exact: true }).waitFor();
    // A reload keeps the session (the refresh token is in this tab's sessionStorage).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vụ việc', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/vu-viec');
    await logout(page);
    // After logging out, the pages ask for a login again.
    await page.goto(`${baseUrl()}/hop-viec`);
    await page.waitForURL(/\/dang-nhap/);
    expect(problems).toEqual([]);
  });

  it('loads less than 300 KB of compressed JavaScript up to the first screen after login', async () => {
    const { page } = await openSession(browser);
    const scripts = new Map<string, number>();
    page.on('response', async (r) => {
      if (!r.url().includes('/assets/') || !r.url().endsWith('.js')) return;
      const size = Number((await r.allHeaders())['content-length'] ?? (await r.body()).length);
      scripts.set(r.url(), size);
    });
    await login(page, 'totocongtac');
    await page.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    console.log(`first screen after login: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB compressed`);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThan(300 * 1024);
  });
});
