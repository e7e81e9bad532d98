import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, renderPage, signOutAfterTest, type Call } from '../inbox/testing';
import CasesPage from './CasesPage';

const CASE = {
  id: 'c1',
  procedureId: 'quy-dinh-1374',
  machineVersion: 2,
  title: 'Báo Tuổi Trẻ phản ánh sai phạm đất đai',
  state: 'received',
  stateLabel: 'Tiếp nhận',
  status: 'OPEN',
  reportCategory: 'NOT_YET_HANDLED',
  tags: [],
  version: 1,
  orgUnitId: 'u-city',
  assignedUnitId: 'u-bt',
  receivedAt: '2026-11-30T17:00:00.000Z',
  createdAt: '2026-12-01T01:00:00.000Z',
  updatedAt: '2026-12-01T01:00:00.000Z',
};

function api(): Call[] {
  return mockApi((call) => {
    if (call.path !== '/cases') return undefined;
    const items = call.query.get('q') === 'khong co' ? [] : [CASE];
    if (call.query.get('q') === 'nhieu') {
      // Above the server's counting bound: "more than 10,000", and pages still reach the bound.
      const page = Number(call.query.get('page') ?? 1);
      return [200, { items: [CASE], page, pageSize: 20, total: 10000, totalExact: false, nextCursor: 'abc' }];
    }
    return [200, { items, page: 1, pageSize: 20, total: items.length, totalExact: true, nextCursor: null }];
  });
}

const lastCases = (calls: Call[]) => calls.filter((c) => c.path === '/cases').at(-1)!.query;

afterEach(signOutAfterTest);

describe('CasesPage', () => {
  it('searches with the query from the header and says how many cases were found', async () => {
    const calls = api();
    renderPage(<CasesPage />, '/vu-viec?q=dat%20dai');
    const row = (await screen.findByText(CASE.title)).closest('tr')!;
    expect(lastCases(calls).get('q')).toBe('dat dai');
    expect(screen.getByRole('status').textContent).toBe('Kết quả tìm kiếm “dat dai”: 1 vụ việc');
    expect(within(row).getByText('Tiếp nhận')).toBeTruthy();
    expect(within(row).getByText(/Đảng ủy phường Bến Thành/)).toBeTruthy();
    // Received on 01/12 in Vietnam (17:00 UTC the day before).
    expect(within(row).getByText('01/12/2026')).toBeTruthy();
    expect(within(row).getByText('Đang mở')).toBeTruthy();
    expect((screen.getByLabelText('Tìm vụ việc') as HTMLInputElement).value).toBe('dat dai');
  });

  it('says when nothing matches, and filters by status', async () => {
    const calls = api();
    renderPage(<CasesPage />, '/vu-viec?q=khong%20co');
    expect(await screen.findByText('Không tìm thấy vụ việc nào khớp với “khong co”.')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('Tình trạng'));
    fireEvent.click(await screen.findByTitle('Đã đóng'));
    await waitFor(() => expect(lastCases(calls).get('status')).toBe('CLOSED'));
    expect(lastCases(calls).get('q')).toBe('khong co');
  });

  it('says "more than 10.000" when the server stopped counting, and still pages up to that bound', async () => {
    const calls = api();
    renderPage(<CasesPage />, '/vu-viec?q=nhieu');
    await screen.findByText(CASE.title);
    expect(screen.getByRole('status').textContent).toBe('Kết quả tìm kiếm “nhieu”: Hơn 10.000 vụ việc');
    expect(screen.getByText('1–20 trên hơn 10.000 vụ việc')).toBeTruthy();
    fireEvent.click(screen.getByTitle('500'));
    await waitFor(() => expect(lastCases(calls).get('page')).toBe('500'));
  });
});
