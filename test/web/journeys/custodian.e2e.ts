// The custodian of reporters' identities: the task force's view shows only that a name was given; the custodian
// reveals it with a reason, under a warning that the reveal is logged, and the name shows only in that dialog;
// the case's access log then names the custodian and the reason.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/api';
import { baseUrl, expectAccessible, launch, login, openSession, screenshot, skipReason } from '../support/browser';

const REPORTER = 'Nguyễn Thị Mai Phương';

describe.skipIf(skipReason() !== '')('custodian: reveal a protected reporter', () => {
  let browser: Browser;
  let caseId = '';
  beforeAll(async () => {
    browser = await launch();
    const me = await call<{ assignments: { unitId: string }[] }>('totocongtac', 'GET', '/me');
    const created = await call<{ case: { id: string } }>('totocongtac', 'POST', '/cases', {
      procedureId: 'quy-dinh-1374',
      orgUnitId: me.assignments[0].unitId,
      input: {
        title: 'Đơn phản ánh việc thu tiền sai quy định tại khu phố 3',
        source: 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION',
        channel: 'LETTER',
        summary: 'Người dân phản ánh việc thu tiền vệ sinh sai quy định.',
        receivedAt: new Date().toISOString(),
      },
      reporter: { name: REPORTER, contact: '0903 123 456' },
    });
    caseId = created.case.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the task force never sees the name; the custodian sees it only after a logged reason', async () => {
    const officer = await openSession(browser);
    await login(officer.page, 'totocongtac');
    await officer.page.goto(`${baseUrl()}/vu-viec/${caseId}?tab=reporter`);
    await officer.page.getByRole('tab', { name: 'Người cung cấp thông tin' }).click();
    await expect.poll(() => officer.page.getByText('•••••• (được bảo vệ)').count()).toBeGreaterThan(0);
    expect(await officer.page.content()).not.toContain(REPORTER);
    expect(await officer.page.getByRole('button', { name: /Xem danh tính$/ }).count()).toBe(0);
    await officer.context.close();

    const { page, problems } = await openSession(browser);
    await login(page, 'baomat');
    await page.goto(`${baseUrl()}/vu-viec/${caseId}`);
    await page.getByRole('tab', { name: 'Người cung cấp thông tin' }).click();
    expect(await page.content()).not.toContain(REPORTER);
    await page.getByRole('button', { name: /Xem danh tính$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Việc xem danh tính được ghi vào nhật ký truy cập').waitFor();
    // No reason, no reveal.
    await dialog.getByRole('button', { name: /Xem danh tính \(ghi nhật ký\)/ }).click();
    expect(await page.content()).not.toContain(REPORTER);
    await dialog.getByLabel('Lý do cần xem danh tính').fill('Cần liên hệ người phản ánh để bổ sung tài liệu theo chỉ đạo của Thường trực');
    await dialog.getByRole('button', { name: /Xem danh tính \(ghi nhật ký\)/ }).click();
    await dialog.getByText(REPORTER).waitFor();
    await expectAccessible(page, 'reveal');
    await screenshot(page, 'custodian-reveal');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await page.content()).includes(REPORTER)).toBe(false);
    // Nothing of it kept in the browser.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(REPORTER);
    expect(problems).toEqual([]);

    const log = await call<{ items: { action: string; reason?: string | null }[] }>('kiemtoan', 'GET', `/cases/${caseId}/access-log`);
    expect(JSON.stringify(log.items)).toContain('Cần liên hệ người phản ánh');
  });
});
