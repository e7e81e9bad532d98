import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import RulesPage from '../RulesPage';
import { AUDITOR_ME, CITY_SECRETARY, mockApi, renderSignedIn, rowOf, ruleRow, signOutAfterTest, WARD_SECRETARY, type Rule } from './testing';

// One row of each kind, as the seeded rules hold them (changes-2026.md §4), and a time rule in two versions.
const ROWS: Rule[] = [
  ruleRow({
    id: 'press-1', key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 10, startConvention: 'NEXT_DAY', startEvent: 'Ngày báo chí đăng tải',
    effectiveFrom: '2017-12-01', effectiveTo: '2025-07-01', instrument: '1374-QĐ/TU', legalBasis: 'Quy định 1374-QĐ/TU, Điều 5', sourceRef: 'S2',
    description: 'Giải trình thông tin báo chí phản ánh (trước 01/7/2025)',
  }),
  ruleRow({
    id: 'press-2', key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 15, startConvention: 'NEXT_DAY', startEvent: 'Ngày báo chí đăng tải',
    effectiveFrom: '2025-07-01', instrument: '1374-QĐ/TU', legalBasis: 'Quy định 1374-QĐ/TU, Điều 5', sourceRef: 'S2',
    description: 'Giải trình thông tin báo chí phản ánh',
  }),
  ruleRow({ id: 'std', key: 'B3.THRESHOLD_STANDARD', unit: 'FRACTION', valueData: { numerator: 1, denominator: 2, strict: true }, description: 'Tỷ lệ biểu quyết khiển trách, cảnh cáo' }),
  ruleRow({ id: 'exp', key: 'B3.THRESHOLD_EXPULSION_PROPOSE', unit: 'FRACTION', valueData: { numerator: 2, denominator: 3, strict: false }, description: 'Tỷ lệ đề nghị khai trừ' }),
  ruleRow({
    id: 'giai-tan', key: 'B3.THRESHOLD_GIAI_TAN', unit: 'FRACTION', confidence: 'NOT_FOUND', description: 'Tỷ lệ biểu quyết giải tán tổ chức đảng',
    legalBasis: 'Quy định 69-QĐ/TW: không tìm thấy tỷ lệ biểu quyết giải tán',
  }),
  ruleRow({ id: 'forms', key: 'B3.PROBATIONARY_FORMS', unit: 'LIST', valueData: { items: ['KHIEN_TRACH', 'CANH_CAO', 'TRANSFERRED'] }, description: 'Hình thức kỷ luật đảng viên dự bị' }),
  ruleRow({
    id: 'table', key: 'B3.FORMS_BY_SUBJECT', unit: 'TABLE', description: 'Hình thức kỷ luật theo đối tượng',
    valueData: { rows: [{ subject: 'FULL_MEMBER', forms: ['KHIEN_TRACH', 'KHAI_TRU'], onlyWithPost: true }, { subject: 'ORGANISATION', forms: ['GIAI_TAN'] }] },
  }),
  ruleRow({ id: 'count', key: 'C.INTRODUCERS', unit: 'COUNT', value: 2, description: 'Số đảng viên giới thiệu', instrument: 'Điều lệ Đảng', confidence: 'UNVERIFIED' }),
  ruleRow({ id: 'months', key: 'C.PROBATION', unit: 'MONTHS', value: 12, startConvention: 'SAME_DAY', startEvent: 'Ngày kết nạp', description: 'Thời gian dự bị', effectiveFrom: '2099-01-01' }),
];

afterEach(signOutAfterTest);

const rowNamed = async (description: string) => rowOf(await screen.findByText(description));

describe('the rules table', () => {
  it('shows each value by its kind, with its period, instrument and confidence', async () => {
    mockApi({ me: AUDITOR_ME, rows: ROWS });
    renderSignedIn(<RulesPage />);

    const current = await rowNamed('Giải trình thông tin báo chí phản ánh');
    expect(current.textContent).toContain('15 ngày làm việc');
    expect(current.textContent).toContain('01/07/2025 – nay');
    expect(current.textContent).toContain('1374-QĐ/TU');
    expect(current.textContent).toContain('Nêu rõ trong văn bản');
    expect(current.textContent).not.toContain('Đã được thay thế');

    // The version it superseded: ended the day before the new one, greyed and marked.
    const old = await rowNamed('Giải trình thông tin báo chí phản ánh (trước 01/7/2025)');
    expect(old.textContent).toContain('10 ngày làm việc');
    expect(old.textContent).toContain('01/12/2017 – 30/06/2025');
    expect(old.textContent).toContain('Đã được thay thế');
    expect(old.getAttribute('data-status')).toBe('superseded');
    expect(old.style.filter).toBe('grayscale(1)');
    expect(current.getAttribute('data-status')).toBe('general');

    expect((await rowNamed('Tỷ lệ biểu quyết khiển trách, cảnh cáo')).textContent).toContain('Quá 1/2');
    expect((await rowNamed('Tỷ lệ đề nghị khai trừ')).textContent).toContain('Ít nhất 2/3');
    expect((await rowNamed('Số đảng viên giới thiệu')).querySelectorAll('td')[1].textContent).toBe('2');
    const months = await rowNamed('Thời gian dự bị');
    expect(months.textContent).toContain('12 tháng');
    expect(months.textContent).toContain('Chưa có hiệu lực');

    // No legal value: said so, with the confidence tag, never a number.
    const missing = await rowNamed('Tỷ lệ biểu quyết giải tán tổ chức đảng');
    const valueCell = missing.querySelectorAll('td')[1];
    expect(valueCell.textContent).toBe('Chưa có giá trị pháp lýChưa tìm thấy quy định');

    // A list: the app's labels where it has them, else the code.
    const list = await rowNamed('Hình thức kỷ luật đảng viên dự bị');
    const tags = [...list.querySelectorAll('td')[1].querySelectorAll('.ant-tag')].map((t) => t.textContent);
    expect(tags).toEqual(['Khiển trách', 'Cảnh cáo', 'TRANSFERRED']);
  });

  it('opens a table value as a compact sub-table, and closes it', async () => {
    mockApi({ me: AUDITOR_ME, rows: ROWS });
    renderSignedIn(<RulesPage />);
    const row = await rowNamed('Hình thức kỷ luật theo đối tượng');
    expect(row.textContent).toContain('Bảng 2 dòng');
    expect(screen.queryByRole('table', { name: 'Bảng giá trị của B3.FORMS_BY_SUBJECT' })).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'Xem bảng giá trị của B3.FORMS_BY_SUBJECT' }));
    const sub = await screen.findByRole('table', { name: 'Bảng giá trị của B3.FORMS_BY_SUBJECT' });
    const headers = [...sub.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['Đối tượng', 'Hình thức', 'Chỉ khi có chức vụ']);
    const lines = [...sub.querySelectorAll('tbody tr.ant-table-row')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(lines).toEqual([
      ['Đảng viên chính thức', 'Khiển tráchKhai trừ', 'Có'],
      ['Tổ chức đảng', 'Giải tán', '—'],
    ]);

    fireEvent.click(within(row).getByRole('button', { name: 'Ẩn bảng giá trị của B3.FORMS_BY_SUBJECT' }));
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Bảng giá trị của B3.FORMS_BY_SUBJECT' })).toBeNull());
  });

  it('asks the server for the key prefix, the date in force and the confidence it is filtered by', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockApi({ me: AUDITOR_ME, rows: ROWS });
    renderSignedIn(<RulesPage />);
    await screen.findByText('Giải trình thông tin báo chí phản ánh');
    const lists = () => calls.filter((c) => c.path === '/rules' && c.query.get('key') !== 'RULE_OVERRIDE.ROLES');

    await user.type(screen.getByLabelText('Mã quy tắc bắt đầu bằng'), 'b3.{Enter}');
    await waitFor(() => expect(lists().at(-1)?.query.get('key')).toBe('B3.'));
    await waitFor(() => expect(screen.queryByText('Giải trình thông tin báo chí phản ánh')).toBeNull());
    expect(screen.getByText('Tỷ lệ đề nghị khai trừ')).toBeTruthy();

    // On 30/06/2025 the first version of the press rule was still in force; on 01/07/2025 the second one.
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    const date = screen.getByLabelText('Có hiệu lực vào ngày');
    await user.click(date);
    await user.type(date, '30/06/2025');
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(lists().at(-1)?.query.get('asOf')).toBe('2025-06-30'));
    expect(lists().at(-1)?.query.get('key')).toBeNull();
    expect(await screen.findByText('Giải trình thông tin báo chí phản ánh (trước 01/7/2025)')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Giải trình thông tin báo chí phản ánh')).toBeNull());

    fireEvent.mouseDown(screen.getByLabelText('Độ tin cậy'));
    fireEvent.click(await screen.findByTitle('Chưa đối chiếu văn bản'));
    await waitFor(() => expect(lists().at(-1)?.query.get('confidence')).toBe('UNVERIFIED'));
    expect(lists().at(-1)?.query.get('asOf')).toBe('2025-06-30');
    expect(await screen.findByText('Số đảng viên giới thiệu')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Tỷ lệ đề nghị khai trừ')).toBeNull());
  });

  it('offers an override only to whom RULE_OVERRIDE.ROLES allows, and never on a superseded row', async () => {
    mockApi({ me: CITY_SECRETARY, rows: ROWS });
    const { unmount } = renderSignedIn(<RulesPage />);
    const current = await rowNamed('Giải trình thông tin báo chí phản ánh');
    expect(await within(current).findByRole('button', { name: 'Điều chỉnh quy tắc A.PRESS_EXPLAIN' })).toBeTruthy();
    expect(within(await rowNamed('Giải trình thông tin báo chí phản ánh (trước 01/7/2025)')).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: 'Điều chỉnh một quy tắc' })).toBeTruthy();
    unmount();
    signOutAfterTest();

    // A ward's secretary: a grassroots unit is not a level the rule lists.
    const calls = mockApi({ me: WARD_SECRETARY, rows: ROWS });
    renderSignedIn(<RulesPage />);
    await rowNamed('Giải trình thông tin báo chí phản ánh');
    await waitFor(() => expect(calls.some((c) => c.query.get('key') === 'RULE_OVERRIDE.ROLES')).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: /Điều chỉnh/ })).toBeNull();
  });
});
