import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import RulesPage from '../RulesPage';
import { CITY, CITY_SECRETARY, mockApi, refusal, renderSignedIn, ruleRow, signOutAfterTest, TOP_ADMIN, type Call } from './testing';

const OLD = ruleRow({
  id: 'press-1', key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 10, startConvention: 'NEXT_DAY', startEvent: 'Ngày báo chí đăng tải',
  effectiveFrom: '2017-12-01', effectiveTo: '2025-07-01', instrument: '1374-QĐ/TU', description: 'Giải trình thông tin báo chí phản ánh',
});
const CURRENT = ruleRow({ ...OLD, id: 'press-2', value: 15, effectiveFrom: '2025-07-01', effectiveTo: null });
const INSTRUMENTS = [
  { id: 'i1', code: '1374-QĐ/TU', title: 'Quy định về tiếp nhận, xử lý thông tin', issuer: 'Thành ủy TP.HCM', issuedOn: '2017-12-01', effectiveFrom: '2017-12-01', replaces: [], confidence: 'STATED', sourceRef: 'S2', notes: null, createdBy: null, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'i2', code: '99-QĐ/TU', title: 'Quy định sửa đổi thời hạn giải trình', issuer: 'Thành ủy TP.HCM', issuedOn: '2026-11-20', effectiveFrom: '2027-01-01', replaces: [], confidence: 'STATED', sourceRef: '[70]', notes: null, createdBy: null, createdAt: '2026-01-01T00:00:00Z' },
];
const CASE_A = '11111111-1111-4111-8111-111111111111';
const CASE_B = '22222222-2222-4222-8222-222222222222';

function report(dryRun: boolean) {
  return {
    dryRun,
    rule: { ...CURRENT, id: 'press-3', value: 20, effectiveFrom: '2027-01-01', instrument: '99-QĐ/TU', legalBasis: 'Quy định 99-QĐ/TU, Điều 2', sourceRef: '[70]', override: null },
    superseded: [{ id: 'press-2', effectiveFrom: '2025-07-01', value: 15, valueData: null }],
    deadlines: {
      examined: 3, moved: 2, unchanged: 0, notRecomputed: 1,
      moves: [
        { deadlineId: 'd1', caseId: CASE_A, key: 'explain', startDate: '2027-01-04', from: { ruleId: 'press-2', dueAt: '2027-01-25T16:59:59.999Z' }, to: { ruleId: 'press-3', dueAt: '2027-02-01T16:59:59.999Z' } },
        { deadlineId: 'd2', caseId: CASE_B, key: 'explain', startDate: '2027-01-05', from: { ruleId: 'press-2', dueAt: '2027-01-26T16:59:59.999Z' }, to: { ruleId: 'press-3', dueAt: '2027-02-02T16:59:59.999Z' } },
      ],
      kept: [{ deadlineId: 'd3', caseId: CASE_B, key: 'explain', startDate: '2027-01-06', reason: 'PAUSED' }],
    },
    cases: { total: 5, procedures: ['quy-dinh-1374@3'], items: [{ caseId: CASE_A, procedureId: 'quy-dinh-1374', machineVersion: 3, state: 'screening', orgUnitId: CITY }] },
  };
}

afterEach(signOutAfterTest);

const versionPosts = (calls: Call[]) => calls.filter((c) => c.method === 'POST' && c.path === '/rules/versions').map((c) => c.body as Record<string, unknown>);

async function fillVersion() {
  await screen.findByLabelText('Quy tắc');
  const form = within(document.getElementById('ruleVersion')!);
  fireEvent.mouseDown(form.getByLabelText('Quy tắc'));
  fireEvent.click(await screen.findByTitle('Giải trình thông tin báo chí phản ánh (A.PRESS_EXPLAIN)'));
  const history = await form.findByRole('list', { name: 'Các phiên bản chung hiện có' });
  expect(history.textContent).toContain('01/12/2017 – 30/06/2025: 10 ngày làm việc (1374-QĐ/TU)');
  expect(history.textContent).toContain('01/07/2025 – nay: 15 ngày làm việc (1374-QĐ/TU)');
  const amount = await form.findByLabelText(/^Thời hạn \(ngày làm việc\)/);
  await waitFor(() => expect((amount as HTMLInputElement).value).toBe('15'));
  fireEvent.change(amount, { target: { value: '20' } });
  const date = form.getByLabelText('Có hiệu lực từ ngày');
  fireEvent.mouseDown(date);
  fireEvent.change(date, { target: { value: '01/01/2027' } });
  fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
  await waitFor(() => expect((date as HTMLInputElement).value).toBe('01/01/2027'));
  fireEvent.mouseDown(form.getByLabelText('Văn bản căn cứ'));
  fireEvent.click(await screen.findByTitle('99-QĐ/TU – Quy định sửa đổi thời hạn giải trình'));
  fireEvent.change(form.getByLabelText('Căn cứ (điều, khoản)'), { target: { value: 'Quy định 99-QĐ/TU, Điều 2' } });
  fireEvent.change(form.getByLabelText('Nguồn (số hiệu tài liệu)'), { target: { value: '[70]' } });
  fireEvent.mouseDown(form.getByLabelText('Độ tin cậy'));
  fireEvent.click(await screen.findByTitle('Nêu rõ trong văn bản'));
  fireEvent.change(form.getByLabelText(/Lý do, căn cứ/), { target: { value: 'Thành ủy sửa thời hạn giải trình từ 2027' } });
}

// The version form and its report are the heaviest Ant Design screens of the page for jsdom.
describe('a new general rule version', { timeout: 120_000 }, () => {
  it('is offered to the administrator of the top-level unit only', async () => {
    mockApi({ me: CITY_SECRETARY, rows: [OLD, CURRENT] });
    const { unmount } = renderSignedIn(<RulesPage />, '/quy-tac?tab=phien-ban');
    expect(await screen.findByRole('tab', { name: 'Văn bản pháp lý' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Phiên bản quy tắc mới' })).toBeNull();
    // The link to the admin's tab falls back to the rules table.
    expect(await screen.findByRole('table', { name: 'Bảng quy tắc' })).toBeTruthy();
    unmount();
    signOutAfterTest();
    mockApi({ me: TOP_ADMIN, rows: [OLD, CURRENT] });
    renderSignedIn(<RulesPage />);
    expect(await screen.findByRole('tab', { name: 'Phiên bản quy tắc mới' })).toBeTruthy();
  });

  it('runs a dry run first, shows what it would change, and applies exactly what was previewed', async () => {
    const calls = mockApi({
      me: TOP_ADMIN,
      rows: [OLD, CURRENT],
      handler: (c) => {
        if (c.path === '/legal-instruments') return [200, { items: INSTRUMENTS, page: 1, pageSize: 100, total: 2 }];
        if (c.path === '/rules/versions') return [201, report((c.body as { dryRun: boolean }).dryRun)];
        return undefined;
      },
    });
    renderSignedIn(<RulesPage />, '/quy-tac?tab=phien-ban');
    await fillVersion();
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));
    await waitFor(() => expect(versionPosts(calls)).toHaveLength(1));
    expect(versionPosts(calls)[0]).toEqual({
      key: 'A.PRESS_EXPLAIN', unit: 'WORKING_DAYS', value: 20, valueData: null, extensionValue: null, extensionMaxCount: 0, effectiveFrom: '2027-01-01',
      instrumentCode: '99-QĐ/TU', legalBasis: 'Quy định 99-QĐ/TU, Điều 2', sourceRef: '[70]', confidence: 'STATED',
      reason: 'Thành ủy sửa thời hạn giải trình từ 2027', startEvent: 'Ngày báo chí đăng tải', startConvention: 'NEXT_DAY', dryRun: true,
    });

    const result = await screen.findByRole('region', { name: 'Kết quả phiên bản quy tắc mới' });
    expect(result.textContent).toContain('Kết quả chạy thử — chưa ghi gì');
    expect(result.textContent).toContain('Dòng mới của A.PRESS_EXPLAIN, hiệu lực từ 01/01/2027 (văn bản 99-QĐ/TU)');
    expect(result.textContent).toContain('20 ngày làm việc');
    expect(result.textContent).toContain('Thay thế 1 dòng chung (bắt đầu từ 01/07/2025).');
    expect(screen.getByTestId('version-deadlines').textContent).toBe(
      'Đã xem 3 thời hạn đang mở bắt đầu từ ngày hiệu lực: 2 đổi hạn, 0 không đổi, 1 không tự tính lại.',
    );
    const moves = within(result).getByRole('table', { name: 'Các thời hạn đổi hạn' });
    const lines = [...moves.querySelectorAll('tbody tr.ant-table-row')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent));
    expect(lines).toEqual([
      ['explain', '04/01/2027', '25/01/2027', '01/02/2027'],
      ['explain', '05/01/2027', '26/01/2027', '02/02/2027'],
    ]);
    expect(within(moves).getByRole('link', { name: 'Mở vụ việc (explain, 25/01/2027)' }).getAttribute('href')).toBe(`/vu-viec/${CASE_A}`);
    expect(within(result).getByRole('table', { name: 'Các thời hạn không tự tính lại' }).textContent).toContain('Đang tạm dừng');
    expect(screen.getByTestId('version-cases').textContent).toBe('5 vụ việc đang mở của các quy trình dùng quy tắc này. Quy trình: quy-dinh-1374@3.');
    expect(result.textContent).toContain('Còn 4 mục không hiện ở đây.');

    fireEvent.click(await screen.findByRole('button', { name: 'Áp dụng' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(versionPosts(calls)).toHaveLength(2));
    expect(versionPosts(calls)[1]).toEqual({ ...versionPosts(calls)[0], dryRun: false });
    expect((await screen.findByRole('region', { name: 'Kết quả phiên bản quy tắc mới' })).textContent).toContain('Đã áp dụng');
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();
  });

  it('discards the preview when a field changes: what is applied is always what was last previewed', async () => {
    const calls = mockApi({
      me: TOP_ADMIN,
      rows: [OLD, CURRENT],
      handler: (c) => {
        if (c.path === '/legal-instruments') return [200, { items: INSTRUMENTS, page: 1, pageSize: 100, total: 2 }];
        if (c.path === '/rules/versions') return [201, report((c.body as { dryRun: boolean }).dryRun)];
        return undefined;
      },
    });
    renderSignedIn(<RulesPage />, '/quy-tac?tab=phien-ban');
    await fillVersion();
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));
    expect(await screen.findByRole('button', { name: 'Áp dụng' })).toBeTruthy();

    fireEvent.change(within(document.getElementById('ruleVersion')!).getByLabelText('Nguồn (số hiệu tài liệu)'), { target: { value: '[70][71]' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull());
    expect(screen.queryByRole('region', { name: 'Kết quả phiên bản quy tắc mới' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));
    await waitFor(() => expect(versionPosts(calls)).toHaveLength(2));
    fireEvent.click(await screen.findByRole('button', { name: 'Áp dụng' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(versionPosts(calls)).toHaveLength(3));
    expect(versionPosts(calls)[2]).toEqual({ ...versionPosts(calls)[1], dryRun: false });
    expect(versionPosts(calls)[2].sourceRef).toBe('[70][71]');
  });

  it('shows the server refusal of an overlapping version and offers nothing to apply', async () => {
    const message = 'Đã có phiên bản quy tắc chung bắt đầu từ ngày này hoặc muộn hơn: phiên bản mới phải có hiệu lực sau phiên bản mới nhất.';
    const calls = mockApi({
      me: TOP_ADMIN,
      rows: [OLD, CURRENT],
      handler: (c) => {
        if (c.path === '/legal-instruments') return [200, { items: INSTRUMENTS, page: 1, pageSize: 100, total: 2 }];
        if (c.path === '/rules/versions') return refusal(409, 'RULE_VERSION_OVERLAP', message);
        return undefined;
      },
    });
    renderSignedIn(<RulesPage />, '/quy-tac?tab=phien-ban');
    await fillVersion();
    fireEvent.click(screen.getByRole('button', { name: 'Chạy thử' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(versionPosts(calls)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).toBeNull();
  });
});
