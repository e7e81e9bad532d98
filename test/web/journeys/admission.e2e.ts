// Admission: the ward's committee moves an outstanding young person's dossier from the source list through the
// awareness course and certificate to the application — each document filed into the dossier (drag-and-drop
// form), each step from its published form; the checklist shows what the dossier holds.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/api';
import { baseUrl, expectAccessible, launch, login, openSession, screenshot, skipReason } from '../support/browser';
import { choose, fillDate, submitUpload, takeStep } from '../support/forms';

describe.skipIf(skipReason() !== '')('ward committee: an admission case moves through its dossier', () => {
  let browser: Browser;
  let caseId = '';
  beforeAll(async () => {
    browser = await launch();
    const units = await call<{ items: { id: string; level: string }[] }>('benthanh', 'GET', '/org-units');
    const cell = units.items.find((u) => u.level === 'CELL')!.id;
    const person = await call<{ id: string }>('benthanh', 'POST', '/people', { fullName: 'Võ Minh Tuấn', dateOfBirth: '1998-05-12', orgUnitId: cell });
    const created = await call<{ case: { id: string } }>('benthanh', 'POST', '/cases', {
      procedureId: 'ket-nap-dang-vien',
      orgUnitId: cell,
      input: {
        personId: person.id, fullName: 'Võ Minh Tuấn', dateOfBirth: '1998-05-12', educationLevel: 'UNIVERSITY',
        youthUnionInUnit: false, youthUnionMember: false, tradeUnionInUnit: false, tradeUnionMember: false,
        cellName: 'Chi bộ Khu phố 1', hasSectionCommittee: false,
        grassrootsCommittee: { name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' }, grassrootsAuthorisedToAdmit: true,
        route: 'NORMAL', listedOn: '2026-09-01',
      },
    });
    caseId = created.case.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('files the certificate and the application, and takes the steps they support', async () => {
    const { page, problems } = await openSession(browser);
    await login(page, 'benthanh');
    try {
      await page.goto(`${baseUrl()}/vu-viec/${caseId}`);
      await page.getByRole('heading', { level: 1, name: 'Kết nạp đảng viên: Võ Minh Tuấn' }).waitFor();
      await takeStep(page, 'Cử đi học lớp bồi dưỡng nhận thức về Đảng', async (card) => {
        await fillDate(card, 'Ngày học lớp bồi dưỡng nhận thức về Đảng', '05/10/2026');
        await card.getByLabel('Tên lớp bồi dưỡng').fill('Lớp bồi dưỡng nhận thức về Đảng khóa 3/2026');
      });

      // The certificate goes into the dossier, then the step that records it.
      await page.getByRole('tab', { name: 'Văn bản' }).click();
      const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });
      await choose(page, page, 'Biểu mẫu, loại văn bản', 'CN-NTVĐ — Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng');
      await fillDate(page, 'Ngày văn bản', '20/10/2026');
      await page.getByLabel('Người, cơ quan lập văn bản').fill('Trung tâm Chính trị phường Bến Thành');
      await page.locator('input[type=file]').last().setInputFiles(pdf('giay-chung-nhan.pdf'));
      await submitUpload(page, 'giay-chung-nhan.pdf');
      await takeStep(page, 'Ghi nhận giấy chứng nhận bồi dưỡng nhận thức về Đảng', async (card) => {
        await fillDate(card, 'Ngày cấp giấy chứng nhận', '20/10/2026');
        await card.getByLabel('Số giấy chứng nhận').fill('CN-2026-118');
      });

      // The application (form 1-KNĐ) filed, then received.
      await choose(page, page, 'Biểu mẫu, loại văn bản', '1-KNĐ — Đơn xin vào Đảng');
      await fillDate(page, 'Ngày văn bản', '02/11/2026');
      await page.getByLabel('Người, cơ quan lập văn bản').fill('Võ Minh Tuấn');
      await page.locator('input[type=file]').last().setInputFiles(pdf('don-xin-vao-dang.pdf'));
      await submitUpload(page, 'don-xin-vao-dang.pdf');
      await takeStep(page, 'Nhận đơn xin vào Đảng (1-KNĐ)', async (card) => {
        await fillDate(card, 'Ngày nộp đơn xin vào Đảng (mẫu 1-KNĐ)', '02/11/2026');
      });

      const view = await call<{ state: string; stateLabel: string }>('benthanh', 'GET', `/cases/${caseId}`);
      expect(view.state).not.toBe('sourceList');
      await expect.poll(() => page.getByText(view.stateLabel).count()).toBeGreaterThan(0);
      const dossier = await call<{ items?: { formCode: string }[]; documents?: { formCode: string }[] }>('benthanh', 'GET', `/cases/${caseId}/dossier`);
      expect(JSON.stringify(dossier)).toContain('1-KNĐ');
      await expectAccessible(page, 'admission');
      await screenshot(page, 'admission-dossier');
      expect(problems).toEqual([]);
    } catch (e) {
      await screenshot(page, 'failed-admission');
      console.log((await page.locator('[role=alert], .ant-form-item-explain-error, .ant-alert').allInnerTexts()).join('\n---\n').slice(-2000));
      throw e;
    }
  });
});
