import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RulesPage from '../RulesPage';
import { CITY_SECRETARY, mockApi, refusal, renderSignedIn, ruleRow, signOutAfterTest, WARD, type Call } from './testing';

const PRESS = ruleRow({
  id: 'press', key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 15, startConvention: 'NEXT_DAY', startEvent: 'Ngày báo chí đăng tải',
  effectiveFrom: '2025-07-01', instrument: '1374-QĐ/TU', legalBasis: 'Quy định 1374-QĐ/TU, Điều 5', description: 'Giải trình thông tin báo chí phản ánh',
});
const SHARE = ruleRow({ id: 'share', key: 'B3.THRESHOLD_STANDARD', unit: 'FRACTION', valueData: { numerator: 1, denominator: 2, strict: true }, description: 'Tỷ lệ biểu quyết khiển trách' });

/** What GET /rules/resolve answers for the ward on 30/06/2025: its override, made for the general row then in force. */
const RESOLVED = {
  id: 'ward-press', key: 'A.PRESS_EXPLAIN', value: 7, valueData: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày báo chí đăng tải',
  extensionValue: null, extensionMaxCount: 0, effectiveFrom: '2024-01-01', effectiveTo: null, legalBasis: 'Quy định 1374-QĐ/TU, Điều 5', sourceRef: 'S2',
  confidence: 'OVERRIDE', description: 'Giải trình thông tin báo chí phản ánh', instrument: '1374-QĐ/TU',
  override: { orgUnitId: WARD, reason: 'Phường rút ngắn theo chỉ đạo của Thường trực', confirmedAt: null },
  why: 'Áp dụng điều chỉnh của cấp ủy (hiệu lực từ 01/01/2024; lý do: Phường rút ngắn theo chỉ đạo của Thường trực) — điều chỉnh quy tắc chung hiệu lực từ 01/12/2017 đến hết ngày trước 01/07/2025 (Quy định 1374-QĐ/TU, Điều 5).',
  resolvedOn: '2025-06-30', unitId: WARD,
};

afterEach(signOutAfterTest);

async function ask(user: ReturnType<typeof userEvent.setup>, key: string, date?: string) {
  fireEvent.mouseDown(await screen.findByLabelText('Quy tắc'));
  fireEvent.click(await screen.findByTitle(new RegExp(`^${key.replace('.', '\\.')} – `)));
  fireEvent.mouseDown(screen.getByLabelText('Đơn vị'));
  fireEvent.click(await screen.findByTitle('Đảng ủy phường Bến Thành'));
  if (date) {
    const input = screen.getByLabelText('Ngày');
    await user.clear(input);
    await user.type(input, date);
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  }
  await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
}

describe('"Quy tắc áp dụng"', () => {
  it('asks the server which row applies to a unit on a date and shows it with its why', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi({ me: CITY_SECRETARY, rows: [PRESS, SHARE], handler: (c) => (c.path === '/rules/resolve' ? [200, RESOLVED] : undefined) });
    renderSignedIn(<RulesPage />, '/quy-tac?tab=ap-dung');
    await ask(user, 'A.PRESS_EXPLAIN', '30/06/2025');

    await waitFor(() => expect(calls.filter((c: Call) => c.path === '/rules/resolve')).toHaveLength(1));
    const q = calls.find((c) => c.path === '/rules/resolve')!.query;
    expect(Object.fromEntries(q)).toEqual({ key: 'A.PRESS_EXPLAIN', unitId: WARD, date: '2025-06-30' });

    const card = await screen.findByLabelText('Kết quả tra cứu');
    expect(card.textContent).toContain('A.PRESS_EXPLAIN — Đảng ủy phường Bến Thành, ngày 30/06/2025');
    expect(within(card).getByText(RESOLVED.why)).toBeTruthy();
    expect(card.textContent).toContain('7 ngày làm việc');
    expect(card.textContent).toContain('01/01/2024 – nay');
    expect(card.textContent).toContain('Điều chỉnh của Đảng ủy phường Bến Thành');
    expect(card.textContent).toContain('Lý do: Phường rút ngắn theo chỉ đạo của Thường trực');
    expect(card.textContent).toContain('1374-QĐ/TU');
  });

  it('shows the server refusal when no row applies on that date', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi({
      me: CITY_SECRETARY,
      rows: [PRESS, SHARE],
      handler: (c) => (c.path === '/rules/resolve' ? refusal(404, 'RULE_NOT_FOUND', 'Không tìm thấy quy tắc thời hạn.') : undefined),
    });
    renderSignedIn(<RulesPage />, '/quy-tac?tab=ap-dung');
    await ask(user, 'B3.THRESHOLD_STANDARD', '01/01/2020');
    expect((await screen.findByRole('alert')).textContent).toContain('Không tìm thấy quy tắc thời hạn.');
    expect(screen.queryByLabelText('Kết quả tra cứu')).toBeNull();
  });
});
