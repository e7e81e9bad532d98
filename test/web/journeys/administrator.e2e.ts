// Administrator: the organisation tree, a new user with a one-time password, a role at a ward, then the account
// deactivated with a reason — after which that user can no longer log in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, login, openSession, screenshot, skipReason } from '../support/browser';

describe.skipIf(skipReason() !== '')('administrator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads the tree, creates a user, gives a role, deactivates with a reason', async () => {
    const { page, problems } = await openSession(browser);
    await login(page, 'quantri');
    expect(new URL(page.url()).pathname).toBe('/to-chuc');
    await page.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
    // The ward under the city committee, and its people.
    await page.getByRole('tree').getByText('Đảng ủy phường Bến Thành').click();
    await expect.poll(() => page.getByText('Đặng Văn Hải').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'organisation');
    await screenshot(page, 'admin-organisation');

    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    const create = page.getByRole('dialog', { name: 'Tạo người dùng' });
    await create.getByLabel('Tên đăng nhập').fill('canbo.moi');
    await create.getByLabel('Họ và tên').fill('Trương Văn Mới');
    await create.getByRole('button', { name: 'Tạo mật khẩu ngẫu nhiên' }).click();
    await create.getByRole('button', { name: 'Tạo người dùng' }).click();
    await page.getByText('Đã tạo tài khoản canbo.moi').waitFor();
    const initialPassword = await page.getByRole('dialog').locator('code, .ant-typography-copy').first().evaluate((el) => el.closest('.ant-typography, code')?.textContent ?? '');
    expect(initialPassword.length).toBeGreaterThanOrEqual(12);

    // A role at the ward, from the user's row.
    await page.keyboard.press('Escape');
    const row = page.getByRole('row').filter({ hasText: 'canbo.moi' });
    await row.getByRole('button', { name: /Giao vai trò/ }).click();
    const assign = page.getByRole('dialog').filter({ hasText: 'Giao vai trò' });
    await assign.getByLabel('Đơn vị').click();
    await page.getByTitle('Đảng ủy phường Bến Thành').last().click();
    await assign.getByLabel('Vai trò').click();
    await page.getByTitle('Tổ công tác').last().click();
    await assign.getByRole('button', { name: 'Giao vai trò' }).last().click();
    await expect.poll(() => row.innerText()).toContain('Tổ công tác');

    // Deactivation needs a reason; then the account is shown deactivated.
    await row.getByRole('button', { name: /Vô hiệu hóa/ }).click();
    const deactivate = page.getByRole('dialog').filter({ hasText: 'Vô hiệu hóa tài khoản' });
    await deactivate.getByLabel(/Lý do/).fill('Cán bộ chuyển công tác theo Quyết định số 12-QĐ/TU');
    await deactivate.getByRole('button', { name: 'Vô hiệu hóa' }).click();
    await expect.poll(() => row.innerText()).toContain('Đã vô hiệu hóa');
    await expectAccessible(page, 'users');
    await screenshot(page, 'admin-users');

    // The deactivated user cannot log in.
    const res = await fetch(`${baseUrl()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.moi', password: initialPassword }),
    });
    expect(res.status).toBe(401);
    expect(problems).toEqual([]);
  });
});
