import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import InboxPage from './InboxPage';
import { mockApi, OFFICER, refusal, renderPage, signOutAfterTest, type Call } from './testing';

const ITEMS = [
  {
    id: 'c-late',
    title: 'Báo Tuổi Trẻ phản ánh sai phạm đất đai',
    procedureId: 'quy-dinh-1374',
    state: 'explanationRequested',
    orgUnitId: 'u-city',
    assignedUnitId: null,
    version: 4,
    deadlineKey: 'explanation',
    ruleKey: 'A.EXPLAIN',
    dueAt: '2026-12-01T16:59:59.999Z',
    deadlineStatus: 'MISSED',
    overdue: true,
    dueLabel: null,
  },
  {
    id: 'c-soon',
    title: 'Cử tri phản ánh cán bộ địa chính',
    procedureId: 'quy-dinh-1374',
    state: 'explanationRequested',
    orgUnitId: 'u-city',
    assignedUnitId: null,
    version: 3,
    deadlineKey: 'explanation',
    ruleKey: 'A.EXPLAIN',
    dueAt: '2026-12-16T16:59:59.999Z',
    deadlineStatus: 'PENDING',
    overdue: false,
    dueLabel: null,
  },
  {
    id: 'c-assigned',
    title: 'HĐND phường giám sát việc bồi thường',
    procedureId: 'quy-dinh-1374',
    state: 'assignedToUnit.awaitingReport',
    orgUnitId: 'u-city',
    assignedUnitId: 'u-bt',
    version: 6,
    deadlineKey: null,
    ruleKey: null,
    dueAt: null,
    deadlineStatus: null,
    overdue: false,
    dueLabel: 'Không có thời hạn luật định',
  },
];

function inbox(items: (view: string) => unknown[]): Call[] {
  return mockApi((call) => {
    if (call.path !== '/inbox') return undefined;
    const view = call.query.get('view') ?? 'nearest';
    const list = items(view);
    return [200, { view, asOf: '2026-12-05T01:00:00.000Z', items: list, page: 1, pageSize: 20, total: list.length }];
  });
}

const lastInbox = (calls: Call[]) => calls.filter((c) => c.path === '/inbox').at(-1)!.query;
const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

afterEach(signOutAfterTest);

describe('InboxPage', () => {
  it('lists cases with their procedure, state and units by name, and the due date with days left or late', async () => {
    inbox(() => ITEMS);
    renderPage(<InboxPage />, '/hop-viec');
    await screen.findByText(ITEMS[0].title);
    const late = rowOf(ITEMS[0].title);
    expect(within(late).getByRole('link').getAttribute('href')).toBe('/vu-viec/c-late');
    expect(within(late).getByText('Giải quyết thông tin phản ánh theo Quy định 1374')).toBeTruthy();
    // The newest version's label, not the raw state path.
    expect(within(late).getByText('Chờ báo cáo giải trình')).toBeTruthy();
    expect(within(late).getByText('Thành ủy TP.HCM')).toBeTruthy();
    expect(within(late).getByText('01/12/2026')).toBeTruthy();
    expect(within(late).getByText('Quá hạn 4 ngày')).toBeTruthy();

    const soon = rowOf(ITEMS[1].title);
    expect(within(soon).getByText('16/12/2026')).toBeTruthy();
    expect(within(soon).getByText('Còn 11 ngày')).toBeTruthy();

    const assigned = rowOf(ITEMS[2].title);
    expect(within(assigned).getByText('Đã giao đơn vị – chờ báo cáo')).toBeTruthy();
    expect(within(assigned).getByText(/Đảng ủy phường Bến Thành/)).toBeTruthy();
    expect(within(assigned).getByText('Không có thời hạn luật định')).toBeTruthy();
  });

  it('asks the server for one view at a time and says plainly when a view is empty', async () => {
    const calls = inbox((view) => (view === 'nearest' ? ITEMS : []));
    renderPage(<InboxPage />, '/hop-viec');
    await screen.findByText(ITEMS[0].title);

    fireEvent.click(screen.getByText('Quá hạn'));
    expect(await screen.findByText('Không có vụ việc quá hạn.')).toBeTruthy();
    expect(lastInbox(calls).get('view')).toBe('overdue');

    fireEvent.click(screen.getByText('Đến hạn trong N ngày'));
    expect(await screen.findByText('Không có vụ việc đến hạn trong 3 ngày làm việc tới.')).toBeTruthy();
    expect(lastInbox(calls).get('days')).toBe('3');

    fireEvent.click(screen.getByText('Chờ đơn vị báo cáo'));
    expect(await screen.findByText('Không có vụ việc nào đang chờ đơn vị được giao báo cáo.')).toBeTruthy();
    expect(lastInbox(calls).get('view')).toBe('awaitingReport');
    expect(lastInbox(calls).get('days')).toBeNull();
  });

  it('filters by procedure and state, saves the filter under a name and applies it again later', async () => {
    const calls = inbox(() => ITEMS);
    renderPage(<InboxPage />, '/hop-viec');
    await screen.findByText(ITEMS[0].title);

    // The detailed filters wait behind "Bộ lọc" (loaded when opened); the view stays in sight.
    const toggle = screen.getByRole('button', { name: /^Bộ lọc/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Quy trình')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.mouseDown(await screen.findByLabelText('Quy trình'));
    fireEvent.click(await screen.findByTitle('Giải quyết thông tin phản ánh theo Quy định 1374'));
    await waitFor(() => expect(lastInbox(calls).get('procedureId')).toBe('quy-dinh-1374'));
    fireEvent.mouseDown(screen.getByLabelText('Trạng thái'));
    fireEvent.click(await screen.findByTitle('Chờ báo cáo giải trình'));
    await waitFor(() => expect(lastInbox(calls).get('state')).toBe('explanationRequested'));
    // The toggle says how many detailed filters are in force, even when closed.
    expect(screen.getByRole('button', { name: 'Bộ lọc (2)' })).toBeTruthy();

    fireEvent.click(screen.getByText('Lưu bộ lọc này'));
    fireEvent.change(await screen.findByLabelText('Tên bộ lọc'), { target: { value: 'Chờ giải trình' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const saved = await screen.findByRole('button', { name: 'Chờ giải trình' });
    expect(saved.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(localStorage.getItem(`hoso.inbox.savedFilters.${OFFICER.id}`)!)).toEqual([
      { name: 'Chờ giải trình', params: { procedureId: 'quy-dinh-1374', state: 'explanationRequested' } },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(lastInbox(calls).get('procedureId')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Bộ lọc' }));
    await waitFor(() => expect(screen.queryByLabelText('Quy trình')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Chờ giải trình' }));
    await waitFor(() => expect(lastInbox(calls).get('state')).toBe('explanationRequested'));
    expect(screen.getByTestId('location').textContent).toBe('/hop-viec?procedureId=quy-dinh-1374&state=explanationRequested');
    // A saved filter with detailed filters opens them, showing what is chosen.
    expect(screen.getByRole('button', { name: 'Bộ lọc (2)' }).getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByTitle('Chờ báo cáo giải trình')).toBeTruthy();
  });

  it('opens the detailed filters by itself when the link already has one, and asks for the days of "due within"', async () => {
    const calls = inbox(() => ITEMS);
    renderPage(<InboxPage />, '/hop-viec?view=dueWithin&days=5&unitId=u-bt');
    await screen.findByText(ITEMS[0].title);
    expect(screen.getByRole('button', { name: 'Bộ lọc (1)' }).getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByTitle('Đảng ủy phường Bến Thành')).toBeTruthy();
    expect(lastInbox(calls).get('unitId')).toBe('u-bt');

    const days = (await screen.findByLabelText('Số ngày làm việc')) as HTMLInputElement;
    expect(days.value).toBe('5');
    fireEvent.change(days, { target: { value: '10' } });
    await waitFor(() => expect(lastInbox(calls).get('days')).toBe('10'));
    expect(lastInbox(calls).get('view')).toBe('dueWithin');
  });

  it("pages through the server's results: the total in words, a page, the page size", async () => {
    const many = Array.from({ length: 57 }, (_, i) => ({ ...ITEMS[1], id: `c-${i + 1}`, title: `Vụ việc số ${i + 1}` }));
    const calls = mockApi((call) => {
      if (call.path !== '/inbox') return undefined;
      const page = Number(call.query.get('page'));
      const pageSize = Number(call.query.get('pageSize'));
      const items = many.slice((page - 1) * pageSize, page * pageSize);
      return [200, { view: 'nearest', asOf: '2026-12-05T01:00:00.000Z', items, page, pageSize, total: many.length }];
    });
    renderPage(<InboxPage />, '/hop-viec');
    await screen.findByText('Vụ việc số 1');
    const pager = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(within(pager).getByText('1–20 trên 57 vụ việc')).toBeTruthy();
    expect(within(pager).getByRole('button', { name: 'Trang 1' }).getAttribute('aria-current')).toBe('page');
    expect((within(pager).getByRole('button', { name: 'Trang Trước' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(pager).getByRole('button', { name: 'Trang 3' }));
    expect(await screen.findByText('Vụ việc số 41')).toBeTruthy();
    expect(lastInbox(calls).get('page')).toBe('3');
    expect(within(pager).getByText('41–57 trên 57 vụ việc')).toBeTruthy();
    expect((within(pager).getByRole('button', { name: 'Trang Kế' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(within(pager).getByLabelText('kích thước trang'), { target: { value: '50' } });
    await waitFor(() => expect(lastInbox(calls).get('pageSize')).toBe('50'));
    // Page 3 does not exist at 50 a page: the last page instead, as Ant Design's Pagination does.
    expect(lastInbox(calls).get('page')).toBe('2');
    expect(await within(pager).findByText('51–57 trên 57 vụ việc')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/hop-viec?page=2&pageSize=50');
  });

  it('says "more than 10.000" when the server stopped counting, and pages that far', async () => {
    mockApi((call) => {
      if (call.path !== '/inbox') return undefined;
      const page = Number(call.query.get('page'));
      const items = [{ ...ITEMS[1], id: `c-${page}`, title: `Vụ việc trang ${page}` }];
      return [200, { view: 'nearest', asOf: '2026-12-05T01:00:00.000Z', items, page, pageSize: 20, total: 10000, totalExact: false }];
    });
    renderPage(<InboxPage />, '/hop-viec');
    await screen.findByText('Vụ việc trang 1');
    const pager = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(within(pager).getByText('1–20 trên hơn 10.000 vụ việc')).toBeTruthy();
    expect(within(pager).getByRole('button', { name: 'Trang 500' })).toBeTruthy();
  });

  it("shows the server's refusal in Vietnamese, naming the filter it refused", async () => {
    mockApi((call) =>
      call.path === '/inbox'
        ? refusal(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', {
            fields: [{ field: 'view', constraint: 'isIn', message: 'giá trị không nằm trong danh sách cho phép' }],
          })
        : undefined,
    );
    renderPage(<InboxPage />, '/hop-viec?view=awaitingReport');
    expect(await screen.findByText('Dữ liệu gửi lên không hợp lệ.')).toBeTruthy();
    expect(screen.getByText('Xem theo: giá trị không nằm trong danh sách cho phép')).toBeTruthy();
  });
});
