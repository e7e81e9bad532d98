// Quy định 1374, from the press to the auditor: the task force registers a press report and classifies it, the
// secretary assigns it to Bến Thành ward, the ward's officer finds it in the inbox and files the handling report
// with a PDF, the secretary concludes, the auditor verifies the chain and exports the timeline as PDF.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launch, login, logout, openSession, screenshot, skipReason } from '../support/browser';
import { choose, fillDate, takeStep } from '../support/forms';

const TITLE = 'Báo Tuổi Trẻ phản ánh cán bộ phường Bến Thành gây khó khăn cho doanh nghiệp';

describe.skipIf(skipReason() !== '')('task force: a 1374 press report from receipt to the auditor', () => {
  let browser: Browser;
  let caseUrl = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function as(user: string, fn: (page: Page) => Promise<void>): Promise<void> {
    const { page, problems, context } = await openSession(browser);
    await login(page, user);
    try {
      await fn(page);
    } catch (e) {
      await screenshot(page, `failed-1374-${user}`);
      throw e;
    }
    expect(problems).toEqual([]);
    await context.close();
  }

  it('the task force registers the press report, with the reporter in the protected block, and classifies it', async () => {
    await as('totocongtac', async (page) => {
      await page.getByRole('link', { name: 'Tiếp nhận thông tin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tiếp nhận thông tin' }).waitFor();
      await expect.poll(() => page.getByText('Danh tính người cung cấp thông tin — được bảo mật').count()).toBe(1);
      await page.getByLabel('Họ và tên', { exact: true }).fill('Phóng viên Trần Minh Khoa');
      await page.getByLabel('Tiêu đề vụ việc').fill(TITLE);
      await choose(page, page, 'Nguồn thông tin', 'Thông tin phản ánh của báo chí');
      await choose(page, page, 'Hình thức tiếp nhận', 'Báo chí, xuất bản phẩm');
      await page.getByLabel('Tóm tắt nội dung').fill('Bài báo phản ánh việc chậm cấp phép kinh doanh kéo dài nhiều tháng.');
      await fillDate(page, 'Ngày nhận', '02/12/2026');
      await fillDate(page, 'Ngày báo chí đăng tải', '01/12/2026');
      await page.getByLabel('Tên báo, tạp chí đăng tải').fill('Báo Tuổi Trẻ');
      await expectAccessible(page, 'register');
      await page.getByRole('button', { name: 'Đăng ký vụ việc' }).click();
      await page.waitForURL(/\/vu-viec\/[0-9a-f-]{36}/);
      caseUrl = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

      await takeStep(page, 'Bắt đầu sàng lọc, phân loại');
      await takeStep(page, 'Phân loại thông tin', async (card) => {
        await choose(page, card, 'Loại thông tin', 'Phản ánh');
        await choose(page, card, 'Cá nhân hay tập thể', 'Cá nhân');
        await card.getByLabel('Tên cá nhân, tập thể').fill('Ông Lê Văn Tám, cán bộ địa chính phường');
        await card.getByRole('radio', { name: 'Có' }).first().check();
        await choose(page, card, 'Diện quản lý', 'Cấp ủy cấp dưới quản lý');
      });
      await expect.poll(() => page.getByText('Sàng lọc – đã phân loại').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'case (task force)');
      await screenshot(page, '1374-classified');
    });
  });

  it('the secretary finds it among the steps awaiting her and assigns it to Bến Thành ward', async () => {
    await as('bithu', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Chờ quyết định' }).waitFor();
      await page.getByRole('link', { name: TITLE }).click();
      await takeStep(page, 'Giao đơn vị, cấp ủy cấp dưới giải quyết', async (card) => {
        await choose(page, card, 'Đơn vị, cấp ủy cấp dưới được giao giải quyết', 'Đảng ủy phường Bến Thành (DU-BEN-THANH)');
        await card.getByLabel('Nội dung giao, yêu cầu').fill('Xác minh, xử lý và báo cáo kết quả về Tổ công tác.');
      });
      await expect.poll(() => page.getByText('Đã giao đơn vị – chờ báo cáo').count()).toBeGreaterThan(0);
    });
  });

  it("the ward's officer sees it awaiting the ward's report, attaches the report as PDF and sends it back", async () => {
    await as('benthanh', async (page) => {
      await page.getByText('Chờ đơn vị báo cáo').first().click();
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByRole('tab', { name: 'Văn bản' }).click();
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
      await page.locator('input[type=file]').last().setInputFiles({ name: 'bao-cao-ket-qua-xu-ly.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByRole('button', { name: /Tải lên|Nộp/ }).first().click();
      await expect.poll(() => page.getByText('bao-cao-ket-qua-xu-ly.pdf').count()).toBeGreaterThan(0);
      await takeStep(page, 'Đơn vị gửi báo cáo kết quả xử lý về Tổ công tác', async (card) => {
        await card.getByLabel('Tóm tắt kết quả xử lý').fill('Đảng ủy phường đã kiểm điểm cán bộ, doanh nghiệp đã được cấp phép.');
        await card.getByLabel('Số, ký hiệu văn bản').fill('15-BC/ĐU');
      });
      await expectAccessible(page, 'case (ward)');
      await screenshot(page, '1374-ward-report');
    });
  });

  it('the secretary concludes', async () => {
    await as('bithu', async (page) => {
      await page.goto(`${baseUrl()}${caseUrl}`);
      await takeStep(page, 'Kết luận', async (card) => {
        await choose(page, card, 'Kết luận về thông tin phản ánh', 'Không có cơ sở');
        await card.getByLabel(/Tóm tắt kết luận/).fill('Nội dung báo chí phản ánh không có cơ sở; việc cấp phép đúng thời hạn luật định.');
      });
      await expect.poll(() => page.getByText('Đã kết luận').count()).toBeGreaterThan(0);
      await screenshot(page, '1374-concluded');
    });
  });

  it('the auditor finds the chain intact and exports the timeline as PDF', async () => {
    await as('kiemtoan', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Kiểm toán' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: TITLE });
      await expect.poll(() => row.innerText(), { timeout: 20_000 }).toContain('Toàn vẹn');
      await row.getByRole('button', { name: /Xuất/ }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /PDF/ }).click()]);
      const file = await download.path();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      await expectAccessible(page, 'audit');
      await screenshot(page, '1374-audit');
      await logout(page);
    });
  });
});
