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

    fireEvent.mouseDown(screen.getByLabelText('Quy trình'));
    fireEvent.click(await screen.findByTitle('Giải quyết thông tin phản ánh theo Quy định 1374'));
    await waitFor(() => expect(lastInbox(calls).get('procedureId')).toBe('quy-dinh-1374'));
    fireEvent.mouseDown(screen.getByLabelText('Trạng thái'));
    fireEvent.click(await screen.findByTitle('Chờ báo cáo giải trình'));
    await waitFor(() => expect(lastInbox(calls).get('state')).toBe('explanationRequested'));

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
    fireEvent.click(screen.getByRole('button', { name: 'Chờ giải trình' }));
    await waitFor(() => expect(lastInbox(calls).get('state')).toBe('explanationRequested'));
    expect(screen.getByTestId('location').textContent).toBe('/hop-viec?procedureId=quy-dinh-1374&state=explanationRequested');
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
