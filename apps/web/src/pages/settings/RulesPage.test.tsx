import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, vi } from 'vitest';
import { startSession } from '../../api/session';
import { AuthProvider } from '../../app/auth';
import RulesPage from './RulesPage';

vi.setConfig({ testTimeout: 30_000 });

const CITY = '8b230955-2c8b-40ce-b301-546d0cf1fc95';
const WARD = 'e9f58718-39c3-4ea6-b936-6ef3190d6137';
const units = [
  { id: CITY, parentId: null, code: 'TU-HCM', name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL' },
  { id: WARD, parentId: CITY, code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
];

const rule = (over: Record<string, unknown>) => ({
  id: 'r1', key: 'A.PRESS_EXPLAIN', value: 10, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày thông tin được báo chí đăng tải',
  extensionValue: null, extensionMaxCount: 0, effectiveFrom: '2017-12-01', legalBasis: 'Quy định 1374-QĐ/TU ngày 01/12/2017', sourceRef: 'S2',
  confidence: 'STATED', description: 'Người đứng đầu báo cáo giải trình thông tin báo chí phản ánh', orgUnitId: null, reason: null, ...over,
});
const rules = [
  rule({}),
  rule({ id: 'r2', value: 7, effectiveFrom: '2026-06-01', confidence: 'OVERRIDE', orgUnitId: WARD, reason: 'Phường rút ngắn thời hạn theo chỉ đạo của Thường trực' }),
  rule({ id: 'r3', key: 'A.OTHER_SOURCES_HANDLING', value: null, confidence: 'NOT_FOUND', description: 'Thời hạn xử lý thông tin từ nguồn 1–3', sourceRef: 'Q1' }),
];

let posted: unknown[];
let overrideAnswer: (n: number) => Response;

beforeEach(() => {
  posted = [];
  overrideAnswer = () => Response.json({}, { status: 201 });
  vi.stubGlobal('fetch', vi.fn(async (req: Request) => {
    const url = new URL(req.url);
    if (url.pathname === '/auth/refresh') return Response.json({ accessToken: 'a', expiresIn: 900, refreshToken: 'r2', refreshExpiresAt: '2099-01-01T00:00:00Z' });
    if (url.pathname === '/me') {
      return Response.json({ id: 'u1', username: 'bithu', displayName: 'Phạm Thị Dung', assignments: [{ unitId: CITY, role: 'SECRETARY', roleLabel: 'Bí thư' }] });
    }
    if (url.pathname === '/org-units') return Response.json({ items: units, page: 1, pageSize: 500, total: 2 });
    if (url.pathname === '/rules' && req.method === 'GET') return Response.json({ items: rules, page: 1, pageSize: 50, total: rules.length });
    if (url.pathname === '/rules/overrides') {
      posted.push(await req.json());
      return overrideAnswer(posted.length);
    }
    return Response.json({ code: 'ROUTE_NOT_FOUND', message: 'Đường dẫn không tồn tại.' }, { status: 404 });
  }));
  startSession({ accessToken: 'a', expiresIn: 900, refreshToken: 'r', refreshExpiresAt: '2099-01-01T00:00:00Z' });
});

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <App>
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <AuthProvider>
            <RulesPage />
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </App>,
  );
}

describe('the deadline rules page', () => {
  it('shows each rule with its deadline, basis and confidence, and the overrides with unit and reason', async () => {
    renderPage();
    const general = (await screen.findAllByText('Người đứng đầu báo cáo giải trình thông tin báo chí phản ánh', {}, { timeout: 10_000 }))[0].closest('tr')!;
    expect(general.textContent).toMatch('10 ngày làm việc');
    expect(general.textContent).toMatch('Nêu rõ trong văn bản');
    expect(general.textContent).toMatch('Chung');

    const override = screen.getByText(/Phường rút ngắn thời hạn/).closest('tr')!;
    await waitFor(() => expect(override.textContent).toMatch('Điều chỉnh của Đảng ủy phường Bến Thành'));
    expect(override.textContent).toMatch('7 ngày làm việc');
    expect(override.textContent).toMatch('Hiệu lực từ: 01/06/2026');
    expect(override.textContent).toMatch('Cấp ủy điều chỉnh');

    expect(screen.getByText('Thời hạn xử lý thông tin từ nguồn 1–3').closest('tr')!.textContent).toMatch(/Không đặt thời hạn.*Chưa tìm thấy quy định/);
  });

  it('sends an override with its reason and shows the server refusal next to the field it names', async () => {
    const user = userEvent.setup({ delay: null });
    overrideAnswer = (n) =>
      n === 1
        ? Response.json({ code: 'VALIDATION_FAILED', message: 'Dữ liệu gửi lên không hợp lệ.', details: { fields: [{ field: 'reason', message: 'Lý do phải nêu căn cứ văn bản.' }] } }, { status: 400 })
        : Response.json({ id: 'new', key: 'A.PRESS_EXPLAIN', value: 12, unit: 'WORKING_DAYS', orgUnitId: CITY, effectiveFrom: '2026-12-05', reason: 'x' }, { status: 201 });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Điều chỉnh quy tắc A.PRESS_EXPLAIN' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Thời hạn mới/), { target: { value: '12' } });
    fireEvent.change(within(dialog).getByLabelText(/Lý do, căn cứ/), { target: { value: 'Rút ngắn cho toàn thành phố' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));

    const reasonItem = within(dialog).getByLabelText(/Lý do, căn cứ/).closest('.ant-form-item')!;
    await waitFor(() => expect(reasonItem.textContent).toMatch('Lý do phải nêu căn cứ văn bản.'));
    expect(within(dialog).getByRole('alert').textContent).toMatch('Dữ liệu gửi lên không hợp lệ.');
    expect(posted[0]).toEqual({ key: 'A.PRESS_EXPLAIN', value: 12, orgUnitId: CITY, reason: 'Rút ngắn cho toàn thành phố' });

    fireEvent.change(within(dialog).getByLabelText(/Lý do, căn cứ/), { target: { value: 'Rút ngắn cho toàn thành phố theo Công văn 12-CV/TU' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toMatchObject({ value: 12, reason: 'Rút ngắn cho toàn thành phố theo Công văn 12-CV/TU' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does not send an override without a reason of at least 10 characters, and sends null for "no deadline"', async () => {
    const user = userEvent.setup({ delay: null });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Điều chỉnh quy tắc A.PRESS_EXPLAIN' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Không đặt thời hạn' }));
    fireEvent.change(within(dialog).getByLabelText(/Lý do, căn cứ/), { target: { value: 'ngắn' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(dialog).findByText('Lý do cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(posted).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText(/Lý do, căn cứ/), { target: { value: 'ngắn gọn: chưa có văn bản quy định' } });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ key: 'A.PRESS_EXPLAIN', value: null });
  });
});
