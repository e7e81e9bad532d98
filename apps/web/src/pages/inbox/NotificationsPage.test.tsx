import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import NotificationsPage from './NotificationsPage';
import { mockApi, renderPage, signOutAfterTest, type Call } from './testing';

const UNREAD = {
  id: 'n1',
  caseId: 'c1',
  kind: 'DEADLINE_REMINDER',
  title: 'Sắp đến hạn báo cáo giải trình',
  body: 'Vụ việc “Báo Tuổi Trẻ phản ánh” đến hạn ngày 16/12/2026.',
  createdAt: '2026-12-05T02:00:00.000Z',
  readAt: null,
  deliveries: [{ channel: 'EMAIL', status: 'FAILED', attempts: 3, lastError: 'SMTP 550' }],
};
const READ = {
  ...UNREAD,
  id: 'n2',
  title: 'Vụ việc quá hạn',
  readAt: '2026-12-04T02:00:00.000Z',
  createdAt: '2026-12-04T01:00:00.000Z',
  deliveries: [{ channel: 'EMAIL', status: 'SENT', attempts: 1, lastError: null }],
};

function api(): Call[] {
  let read = false;
  return mockApi((call) => {
    if (call.path === '/me/notifications') {
      const first = read ? { ...UNREAD, readAt: '2026-12-05T03:00:00.000Z' } : UNREAD;
      return [200, { items: [first, READ], page: 1, pageSize: 20, total: 2, unread: read ? 0 : 1 }];
    }
    if (call.path === '/me/notifications/n1/read') {
      read = true;
      return [200, { id: 'n1', readAt: '2026-12-05T03:00:00.000Z' }];
    }
    if (call.path === '/me/notifications/n1/retry') return [200, { notificationId: 'n1', retried: ['EMAIL'] }];
    return undefined;
  });
}

afterEach(signOutAfterTest);

describe('NotificationsPage', () => {
  it('marks unread ones in words and bold, links to the case, and marks as read', async () => {
    const calls = api();
    renderPage(<NotificationsPage />, '/thong-bao');
    const row = (await screen.findByText(UNREAD.title)).closest('tr')!;
    expect(within(row).getByText('Mới')).toBeTruthy();
    expect(within(row).getByText(UNREAD.title).closest('strong')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Mở vụ việc' }).getAttribute('href')).toBe('/vu-viec/c1');
    const readRow = screen.getByText(READ.title).closest('tr')!;
    expect(within(readRow).queryByText('Mới')).toBeNull();
    expect(within(readRow).queryByRole('button', { name: /Đánh dấu đã đọc/ })).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: `Đánh dấu đã đọc: ${UNREAD.title}` }));
    await waitFor(() => expect(within(screen.getByText(UNREAD.title).closest('tr')!).queryByText('Mới')).toBeNull());
    expect(calls.some((c) => c.method === 'POST' && c.path === '/me/notifications/n1/read')).toBe(true);
  });

  it('offers to send again only where a delivery failed', async () => {
    const calls = api();
    renderPage(<NotificationsPage />, '/thong-bao');
    const row = (await screen.findByText(UNREAD.title)).closest('tr')!;
    expect(within(row).getByText('Thư điện tử: gửi lỗi')).toBeTruthy();
    expect(within(screen.getByText(READ.title).closest('tr')!).queryByRole('button', { name: /Gửi lại/ })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: `Gửi lại: ${UNREAD.title}` }));
    expect(await screen.findByText('Đã gửi lại qua: Thư điện tử.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/me/notifications/n1/retry')).toBe(true);
  });
});
