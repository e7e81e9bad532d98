import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, vi } from 'vitest';
import { formatDate } from '../../lib/format';
import DecisionsPage from './DecisionsPage';
import type { AwaitingItem } from './awaitingApi';

const CITY = '8b230955-2c8b-40ce-b301-546d0cf1fc95';
const WARD = 'e9f58718-39c3-4ea6-b936-6ef3190d6137';
const DAY = 86_400_000;

const units = [
  { id: CITY, parentId: null, code: 'TU-HCM', name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL' },
  { id: WARD, parentId: CITY, code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
];

const overdueAt = new Date(Date.now() - 2 * DAY).toISOString();
const soonAt = new Date(Date.now() + 5 * DAY).toISOString();

const items: AwaitingItem[] = [
  {
    id: 'c1', title: 'Báo Tuổi Trẻ phản ánh sai phạm đất đai', procedureId: 'quy-dinh-1374', procedureTitle: 'Xử lý thông tin theo Quy định 1374',
    state: 'assignedToUnit.reviewingReport', stateLabel: 'Đang xem xét báo cáo', orgUnitId: CITY, assignedUnitId: WARD, version: 4,
    receivedAt: '2026-11-02T03:00:00Z', dueAt: overdueAt,
    events: [{ type: 'CONCLUDE', label: 'Kết luận', requiresSeparationReason: true }, { type: 'RETURN_REPORT', label: 'Trả lại báo cáo' }],
  },
  {
    id: 'c2', title: 'Kỷ luật đồng chí Nguyễn Văn B', procedureId: 'ky-luat', procedureTitle: 'Thi hành kỷ luật',
    state: 'proceedings.meeting', stateLabel: 'Họp xét kỷ luật', orgUnitId: WARD, assignedUnitId: null, version: 7,
    receivedAt: '2026-11-20T03:00:00Z', dueAt: soonAt, events: [{ type: 'RECORD_VOTE', label: 'Ghi kết quả biểu quyết' }],
  },
  {
    id: 'c3', title: 'Đơn tố cáo không có hạn', procedureId: 'to-cao', procedureTitle: 'Giải quyết tố cáo',
    state: 'received', stateLabel: 'Đã tiếp nhận', orgUnitId: WARD, assignedUnitId: null, version: 1,
    receivedAt: '2026-11-21T03:00:00Z', dueAt: null, events: [{ type: 'ACCEPT', label: 'Thụ lý' }],
  },
];

let queueRequests: URL[];
let answer: () => AwaitingItem[];
/** The count the server answers, when not the items' own (exact). */
let counted: { total: number; totalExact: boolean } | undefined;

// Ant Design in jsdom is slow on a busy machine; these wait for real debounce and queries.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  queueRequests = [];
  answer = () => items;
  counted = undefined;
  vi.stubGlobal('fetch', vi.fn(async (req: Request) => {
    const url = new URL(req.url);
    if (url.pathname === '/org-units') return Response.json({ items: units, page: 1, pageSize: 500, total: units.length });
    if (url.pathname === '/procedures') {
      return Response.json([
        { id: 'ky-luat', version: 1, title: 'Thi hành kỷ luật' },
        { id: 'quy-dinh-1374', version: 1, title: 'Xử lý thông tin theo Quy định 1374' },
        { id: 'quy-dinh-1374', version: 2, title: 'Xử lý thông tin theo Quy định 1374' },
      ]);
    }
    if (url.pathname === '/inbox/awaiting-me') {
      queueRequests.push(url);
      const all = answer().filter((i) => !url.searchParams.get('procedureId') || i.procedureId === url.searchParams.get('procedureId'));
      return Response.json({ items: all, page: 1, pageSize: 20, ...(counted ?? { total: all.length, totalExact: true }) });
    }
    return Response.json({ code: 'ROUTE_NOT_FOUND', message: 'Đường dẫn không tồn tại.' }, { status: 404 });
  }));
});

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/cho-quyet-dinh']}>
        <DecisionsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const rowOf = (title: string) => screen.getByText(title).closest('tr')!;

describe('the decisions queue', () => {
  it('lists each case with its link, state, the steps awaiting, the due date with days left or overdue, and unit names', async () => {
    renderPage();
    const link = await screen.findByRole('link', { name: 'Báo Tuổi Trẻ phản ánh sai phạm đất đai' });
    expect(link.getAttribute('href')).toBe('/vu-viec/c1');

    const first = rowOf('Báo Tuổi Trẻ phản ánh sai phạm đất đai');
    expect(first.textContent).toMatch('Đang xem xét báo cáo');
    expect(first.textContent).toMatch('Kết luận · cần lý do');
    expect(first.textContent).toMatch('Trả lại báo cáo');
    expect(first.textContent).toMatch(formatDate(overdueAt));
    expect(first.textContent).toMatch('quá hạn 2 ngày');
    await waitFor(() => expect(first.textContent).toMatch('Thành ủy Thành phố Hồ Chí Minh'));
    expect(first.textContent).toMatch('Giao: Đảng ủy phường Bến Thành');

    const second = rowOf('Kỷ luật đồng chí Nguyễn Văn B');
    expect(second.textContent).toMatch('Ghi kết quả biểu quyết');
    expect(second.textContent).not.toMatch('cần lý do');
    expect(second.textContent).toMatch(`${formatDate(soonAt)}còn 5 ngày`);
    expect(second.textContent).toMatch('Đảng ủy phường Bến Thành');

    expect(rowOf('Đơn tố cáo không có hạn').textContent).toMatch('Không có hạn');
  });

  it('asks the server for one procedure when filtered', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('link', { name: 'Kỷ luật đồng chí Nguyễn Văn B' });
    await user.click(screen.getByRole('combobox', { name: 'Lọc theo thủ tục' }));
    const options = await screen.findAllByText('Thi hành kỷ luật');
    await user.click(options.find((o) => o.closest('.ant-select-item-option'))!);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Báo Tuổi Trẻ phản ánh sai phạm đất đai' })).toBeNull());
    expect(queueRequests.at(-1)!.searchParams.get('procedureId')).toBe('ky-luat');
    expect(screen.getByRole('link', { name: 'Kỷ luật đồng chí Nguyễn Văn B' })).toBeTruthy();
    // Each procedure is offered once, whatever the number of its versions.
    await user.click(screen.getByRole('combobox', { name: 'Lọc theo thủ tục' }));
    expect(document.querySelectorAll('.ant-select-item-option[title="Xử lý thông tin theo Quy định 1374"]').length).toBe(1);
  });

  it('shows the exact count, and "more than" the bound when the server stopped counting there', async () => {
    renderPage();
    expect(await screen.findByText('1–3 trên 3')).toBeTruthy();
    cleanup();
    counted = { total: 10000, totalExact: false };
    renderPage();
    // The pager counts on the total: 20 rows a page, of more than 10,000.
    expect(await screen.findByText('1–20 trên hơn 10.000')).toBeTruthy();
  });

  it('says so when nothing waits for a decision', async () => {
    answer = () => [];
    renderPage();
    expect(await screen.findByText('Không có vụ việc nào đang chờ đồng chí quyết định.')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Danh sách vụ việc chờ quyết định' })).queryAllByRole('link')).toHaveLength(0);
  });
});
