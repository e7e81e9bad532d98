import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RulesPage from '../RulesPage';
import { AUDITOR_ME, CITY, CITY_SECRETARY, mockApi, POLICY, refusal, renderSignedIn, rowOf, ruleRow, signOutAfterTest, WARD, WARD_SECRETARY, type Call, type Rule } from './testing';

const PRESS = ruleRow({
  id: 'press', key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 15, startConvention: 'NEXT_DAY', startEvent: 'Ngày báo chí đăng tải',
  extensionValue: null, extensionMaxCount: 0, effectiveFrom: '2025-07-01', instrument: '1374-QĐ/TU', legalBasis: 'Quy định 1374-QĐ/TU, Điều 5',
  description: 'Giải trình thông tin báo chí phản ánh',
});
const SHARE = ruleRow({ id: 'share', key: 'B3.THRESHOLD_STANDARD', unit: 'FRACTION', valueData: { numerator: 1, denominator: 2, strict: true }, description: 'Tỷ lệ biểu quyết khiển trách' });
const LIST = ruleRow({ id: 'list', key: 'B3.PROBATIONARY_FORMS', unit: 'LIST', valueData: { items: ['KHIEN_TRACH', 'CANH_CAO'] }, description: 'Hình thức kỷ luật đảng viên dự bị' });
/** The ward's override made before the general version of 01/07/2025: it lapsed with it. */
const LAPSED = ruleRow({
  ...PRESS, id: 'ward-press', value: 7, effectiveFrom: '2024-01-01', confidence: 'OVERRIDE', orgUnitId: WARD, reason: 'Phường rút ngắn theo chỉ đạo của Thường trực', lapsed: true,
});

afterEach(signOutAfterTest);

const posts = (calls: Call[], path: string) => calls.filter((c) => c.method === 'POST' && c.path === path).map((c) => c.body);

async function openOverride(key: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Điều chỉnh quy tắc ${key}` }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog.textContent).toContain('Điều chỉnh quy tắc');
  return dialog;
}

const reasonOf = (dialog: HTMLElement) => within(dialog).getByLabelText(/Lý do, căn cứ/);

describe('overriding a rule', () => {
  it('starts from the rule in force, sends days with the extension, and puts the server refusal under the reason', async () => {
    const user = userEvent.setup({ delay: null });
    let answers = 0;
    const calls = mockApi({
      me: CITY_SECRETARY,
      rows: [PRESS],
      handler: (c) => {
        if (c.path !== '/rules/overrides') return undefined;
        answers++;
        return answers === 1
          ? refusal(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', { fields: [{ field: 'reason', message: 'lý do phải nêu căn cứ văn bản' }] })
          : [201, { id: 'new' }];
      },
    });
    renderSignedIn(<RulesPage />);
    const dialog = await openOverride('A.PRESS_EXPLAIN');
    const amount = await within(dialog).findByLabelText(/^Thời hạn \(ngày làm việc\)/);
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('15'));

    fireEvent.change(amount, { target: { value: '12' } });
    fireEvent.change(within(dialog).getByLabelText('Mỗi lần'), { target: { value: '5' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    // An extension needs its count before anything is sent.
    expect(await within(dialog).findByText('Hãy nhập số lần gia hạn tối đa.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Số lần tối đa'), { target: { value: '2' } });
    fireEvent.change(reasonOf(dialog), { target: { value: 'Rút ngắn cho toàn thành phố' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));

    const reasonItem = reasonOf(dialog).closest('.ant-form-item')!;
    await waitFor(() => expect(reasonItem.textContent).toContain('Lý do phải nêu căn cứ văn bản'));
    expect(within(dialog).getByRole('alert').textContent).toContain('Dữ liệu gửi lên không hợp lệ.');
    expect(posts(calls, '/rules/overrides')[0]).toEqual({
      key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 12, valueData: null, extensionValue: 5, extensionMaxCount: 2, orgUnitId: CITY, reason: 'Rút ngắn cho toàn thành phố',
    });

    fireEvent.change(reasonOf(dialog), { target: { value: 'Rút ngắn theo Công văn 12-CV/TU' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(posts(calls, '/rules/overrides')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does not send a reason under 10 characters, and sends null for "no deadline"', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi({ me: CITY_SECRETARY, rows: [PRESS], handler: (c) => (c.path === '/rules/overrides' ? [201, { id: 'new' }] : undefined) });
    renderSignedIn(<RulesPage />);
    const dialog = await openOverride('A.PRESS_EXPLAIN');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Không đặt thời hạn' }));
    expect(within(dialog).queryByLabelText(/^Thời hạn \(/)).toBeNull();
    fireEvent.change(reasonOf(dialog), { target: { value: 'ngắn gọn.' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(dialog).findByText('Lý do cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(posts(calls, '/rules/overrides')).toHaveLength(0);

    fireEvent.change(reasonOf(dialog), { target: { value: 'ngắn gọn: a' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(posts(calls, '/rules/overrides')).toHaveLength(1));
    expect(posts(calls, '/rules/overrides')[0]).toMatchObject({ key: 'A.PRESS_EXPLAIN', value: null, valueData: null });
  });

  it('sends a share as its structured value: "ít nhất 2/3", and refuses one that can never be reached', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi({ me: CITY_SECRETARY, rows: [SHARE], handler: (c) => (c.path === '/rules/overrides' ? [201, { id: 'new' }] : undefined) });
    renderSignedIn(<RulesPage />);
    const dialog = await openOverride('B3.THRESHOLD_STANDARD');
    const numerator = await within(dialog).findByLabelText('Tử số');
    await waitFor(() => expect((numerator as HTMLInputElement).value).toBe('1'));
    expect(within(dialog).getByText('Quá 1/2')).toBeTruthy();
    expect(within(dialog).queryByLabelText('Mỗi lần')).toBeNull();

    // "Quá 2/2" is never reached: one below the boundary is.
    fireEvent.change(numerator, { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('Mẫu số'), { target: { value: '2' } });
    fireEvent.change(reasonOf(dialog), { target: { value: 'Theo hướng dẫn mới của Ủy ban Kiểm tra' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(dialog).findByText(/Tỷ lệ này không bao giờ đạt được/)).toBeTruthy();
    expect(posts(calls, '/rules/overrides')).toHaveLength(0);

    await user.click(within(dialog).getByText('Ít nhất'));
    fireEvent.change(within(dialog).getByLabelText('Mẫu số'), { target: { value: '3' } });
    expect(await within(dialog).findByText('Ít nhất 2/3')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(posts(calls, '/rules/overrides')).toHaveLength(1));
    expect(posts(calls, '/rules/overrides')[0]).toEqual({
      key: 'B3.THRESHOLD_STANDARD', unit: 'FRACTION', value: null, valueData: { numerator: 2, denominator: 3, strict: false }, orgUnitId: CITY,
      reason: 'Theo hướng dẫn mới của Ủy ban Kiểm tra',
    });
  });

  it('sends a list as its items', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi({ me: CITY_SECRETARY, rows: [LIST], handler: (c) => (c.path === '/rules/overrides' ? [201, { id: 'new' }] : undefined) });
    renderSignedIn(<RulesPage />);
    const dialog = await openOverride('B3.PROBATIONARY_FORMS');
    const items = await within(dialog).findByRole('combobox', { name: 'Các mục (mã)' });
    await waitFor(() => expect(within(dialog).getByText('Khiển trách (KHIEN_TRACH)')).toBeTruthy());
    await user.type(items, 'KHAI_TRU{Enter}');
    fireEvent.change(reasonOf(dialog), { target: { value: 'Thêm hình thức theo văn bản mới' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(posts(calls, '/rules/overrides')).toHaveLength(1));
    expect(posts(calls, '/rules/overrides')[0]).toMatchObject({ unit: 'LIST', value: null, valueData: { items: ['KHIEN_TRACH', 'CANH_CAO', 'KHAI_TRU'] } });
  });

  it('keeps the button when the rule on who may override has no value, and shows the server refusal cleanly', async () => {
    const user = userEvent.setup({ delay: null });
    const message = 'Chưa có giá trị pháp lý cho RULE_OVERRIDE.ROLES (ai được điều chỉnh quy tắc); cấp ủy cần xác nhận quy tắc này trước.';
    const calls = mockApi({
      me: WARD_SECRETARY,
      rows: [PRESS],
      handler: (c) => {
        if (c.path === '/rules' && c.query.get('key') === 'RULE_OVERRIDE.ROLES') {
          return [200, { items: [{ ...POLICY, valueData: null, confidence: 'NOT_FOUND' }], page: 1, pageSize: 20, total: 1 }];
        }
        return c.path === '/rules/overrides' ? refusal(403, 'FORBIDDEN', message, { rule: 'RULE_OVERRIDE.ROLES' }) : undefined;
      },
    });
    renderSignedIn(<RulesPage />);
    const dialog = await openOverride('A.PRESS_EXPLAIN');
    await within(dialog).findByLabelText(/^Thời hạn \(ngày làm việc\)/);
    fireEvent.change(reasonOf(dialog), { target: { value: 'Phường đề nghị rút ngắn thời hạn' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(posts(calls, '/rules/overrides')[0]).toMatchObject({ orgUnitId: WARD });
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});

describe('a lapsed override', () => {
  it('says it lapsed, and the committee confirms it again with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    let row: Rule = LAPSED;
    const calls = mockApi({
      me: CITY_SECRETARY,
      rows: [PRESS],
      handler: (c) => {
        if (c.path === '/rules' && c.method === 'GET' && c.query.get('key') !== 'RULE_OVERRIDE.ROLES') return [200, { items: [PRESS, row], page: 1, pageSize: 50, total: 2 }];
        if (c.path === '/rules/ward-press/confirm') {
          row = { ...LAPSED, lapsed: false, confirmedAt: '2026-03-02T03:00:00.000Z', confirmedBy: 'u' };
          return [201, { id: 'ward-press', key: 'A.PRESS_EXPLAIN', orgUnitId: WARD, confirmedBy: 'u', confirmedAt: row.confirmedAt, reason: 'x' }];
        }
        return undefined;
      },
    });
    renderSignedIn(<RulesPage />);
    const override = rowOf(await screen.findByText(/Phường rút ngắn theo chỉ đạo/));
    expect(override.textContent).toContain('Hết hiệu lực do quy tắc chung mới — cần xác nhận lại');
    expect(override.getAttribute('data-status')).toBe('lapsed');

    await user.click(await within(override).findByRole('button', { name: 'Xác nhận lại điều chỉnh A.PRESS_EXPLAIN của Đảng ủy phường Bến Thành' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Xác nhận lại điều chỉnh');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận lại' }));
    expect(await within(dialog).findByText('Lý do cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(posts(calls, '/rules/ward-press/confirm')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/Lý do, căn cứ/), { target: { value: 'Thường trực giữ thời hạn 7 ngày cho phường' } });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận lại' }));
    await waitFor(() => expect(posts(calls, '/rules/ward-press/confirm')).toEqual([{ reason: 'Thường trực giữ thời hạn 7 ngày cho phường' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const after = rowOf(await screen.findByText('Xác nhận lại ngày 02/03/2026'));
    expect(after.textContent).not.toContain('cần xác nhận lại');
    expect(after.getAttribute('data-status')).toBe('override');
  });

  it('offers the confirmation only for a lapse in force today, not for one seen on a later date', async () => {
    const user = userEvent.setup({ delay: null });
    mockApi({ me: CITY_SECRETARY, rows: [PRESS, LAPSED] });
    renderSignedIn(<RulesPage />);
    const confirm = { name: /^Xác nhận lại điều chỉnh A\.PRESS_EXPLAIN/ };
    expect(await screen.findByRole('button', confirm)).toBeTruthy();

    const date = screen.getByLabelText('Có hiệu lực vào ngày');
    await user.click(date);
    await user.type(date, '01/01/2099');
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect((date as HTMLInputElement).value).toBe('01/01/2099'));
    await waitFor(() => expect(screen.queryByRole('button', confirm)).toBeNull());
    expect(rowOf(screen.getByText(/Phường rút ngắn theo chỉ đạo/)).textContent).toContain('Hết hiệu lực do quy tắc chung mới — cần xác nhận lại');
  });

  it('shows the lapse to a reader who may not confirm it, without the action', async () => {
    mockApi({ me: AUDITOR_ME, rows: [PRESS, LAPSED] });
    renderSignedIn(<RulesPage />);
    const override = rowOf(await screen.findByText(/Phường rút ngắn theo chỉ đạo/));
    expect(override.textContent).toContain('Hết hiệu lực do quy tắc chung mới — cần xác nhận lại');
    await new Promise((r) => setTimeout(r, 50));
    expect(within(override).queryByRole('button', { name: /Xác nhận lại/ })).toBeNull();
  });
});
