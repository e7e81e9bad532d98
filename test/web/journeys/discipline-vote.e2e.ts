// Discipline: the standing committee's secret ballot is entered by the secretary, the live arithmetic is the
// server's (the subject counted, as VOTE.DENOMINATOR_EXCLUSIONS has it; ≥ 2/3 for khai trừ, cumulative counting down to cảnh cáo), and the
// decision recorded is the one the arithmetic showed. The case is brought to the meeting through the API first.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, daysAgo, step } from '../support/api';
import { baseUrl, expectAccessible, launch, login, openSession, screenshot, skipReason } from '../support/browser';
import { choose, pick, stepCard } from '../support/forms';

describe.skipIf(skipReason() !== '')('secretary: a discipline vote follows the computed threshold', () => {
  let browser: Browser;
  let caseId = '';
  let subjectId = '';
  beforeAll(async () => {
    browser = await launch();
    const me = await call<{ assignments: { unitId: string }[] }>('vanphong', 'GET', '/me');
    const users = await call<{ items: { id: string; username: string }[] }>('quantri', 'GET', '/users?q=thuongvu');
    subjectId = users.items.find((u) => u.username === 'thuongvu')!.id;
    const created = await call<{ case: { id: string } }>('vanphong', 'POST', '/cases', {
      procedureId: 'ky-luat',
      orgUnitId: me.assignments[0].unitId,
      input: {
        subject: { kind: 'FULL_MEMBER', name: 'Lê Văn Cường', userId: subjectId },
        violation: { summary: 'Nhận tiền của doanh nghiệp để bỏ qua sai phạm', occurredFrom: daysAgo(200).slice(0, 10), continuing: false },
        evidenceRefs: ['20-KL/UBKT'],
        source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' },
        concludedAt: daysAgo(10).slice(0, 10),
      },
    });
    caseId = created.case.id;
    await step('ubkt', caseId, 'CHECK_LIMITATION');
    await step('vanphong', caseId, 'SUBMIT_SELF_CRITICISM', { documentRef: 'BKĐ-01', submittedAt: daysAgo(5) });
    await step('ubkt', caseId, 'RECORD_HEARING', { heldAt: daysAgo(3), representative: 'Đồng chí Phó Chủ nhiệm UBKT', minutesRef: '07-BB/UBKT' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const field = (card: Locator, idSuffix: string) => card.locator(`[id$="${idSuffix}"]`).first();

  async function member(page: Page, card: Locator, index: number, id: string): Promise<void> {
    if (index > 0) await field(card, '_roster_members__add').click();
    await field(card, `_roster_members_${index}_id`).fill(id);
    await field(card, `_roster_members_${index}_status`).click();
    await pick(page, 'Đảng viên chính thức');
  }

  it('shows khai trừ one vote short of two thirds, counts it down to cảnh cáo, and records cảnh cáo', async () => {
    const { page, problems } = await openSession(browser);
    await login(page, 'bithu');
    try {
      await page.goto(`${baseUrl()}/vu-viec/${caseId}`);
      const card = stepCard(page, 'Ghi nhận kết quả bỏ phiếu kín');
      await card.locator('.ant-collapse-header').click();
      await choose(page, card, 'Loại tổ chức', 'Ban Thường vụ cấp ủy');
      await choose(page, card, 'Cấp', 'Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương');
      await choose(page, card, 'Loại đối tượng (phải khớp với vụ việc)', 'Đảng viên chính thức');
      // The ballot lists khai trừ, cảnh cáo, khiển trách, heaviest first.
      for (const [i, form] of ['Khai trừ', 'Cảnh cáo', 'Khiển trách'].entries()) {
        if (i > 0) await field(card, '_tally_forms__add').click();
        await field(card, `_tally_forms_${i}`).click();
        await pick(page, form);
      }
      // Five members present, the subject among them (he counts and votes unless a committee confirmed otherwise): the denominator is 5.
      for (const [i, id] of ['uv-1', 'uv-2', 'uv-3', 'uv-4', subjectId].entries()) await member(page, card, i, id);
      await field(card, '_tally_votes_KHAI_TRU').fill('2');
      await field(card, '_tally_votes_CANH_CAO').fill('1');
      await field(card, '_tally_votes_KHIEN_TRACH').fill('0');
      await field(card, '_tally_noDiscipline').fill('1');
      await field(card, '_tally_invalid').fill('0');
      await field(card, '_tally_cast').fill('4');
      await card.getByLabel('Số, ký hiệu biên bản hội nghị').fill('05-BB/TU');

      // The server's arithmetic, as it will decide: khai trừ 2 of 5 short of ≥ 2/3 (4); cảnh cáo 2 + 1 = 3 > 1/2.
      await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('Đủ phiếu thi hành kỷ luật: Cảnh cáo');
      const text = await card.innerText();
      expect(text).toContain('ít nhất hai phần ba');
      expect(text).toMatch(/Chưa đủ/);
      await expectAccessible(page, 'discipline vote');
      await screenshot(page, 'discipline-vote');

      await card.getByRole('button', { name: 'Thực hiện bước' }).click();
      await page.getByText('Đã thực hiện «Ghi nhận kết quả bỏ phiếu kín»').waitFor();
      const after = await call<{ state: string; context: { vote?: { decided?: string; denominator?: number } } }>('bithu', 'GET', `/cases/${caseId}`);
      expect(after.state).toBe('voted');
      expect(after.context.vote).toMatchObject({ decided: 'CANH_CAO', denominator: 5 });
      expect(problems).toEqual([]);
    } catch (e) {
      await screenshot(page, 'failed-discipline-vote');
      console.log((await page.locator('[role=alert], .ant-form-item-explain-error, .ant-alert').allInnerTexts()).join('\n---\n').slice(-3000));
      throw e;
    }
  });
});
