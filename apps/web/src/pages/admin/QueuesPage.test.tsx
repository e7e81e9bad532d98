import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import QueuesPage from './QueuesPage';
import { mockApi, refusal, renderSignedIn, signOutAfterTest, type Call } from './testing';

const DELIVERY = '0b6f7d4e-9c1a-4c1e-8f00-5d2b7a9e4c11';
const JOB = {
  id: 'notify-0b6f7d4e',
  name: 'send-notification',
  attemptsMade: 8,
  maxAttempts: 8,
  failedReason: 'SMTP 421 máy chủ thư tạm ngừng',
  createdAt: '2026-11-02T01:00:00.000Z',
  processedAt: '2026-11-02T01:00:01.000Z',
  failedAt: '2026-11-02T03:30:00.000Z',
  data: { deliveryId: DELIVERY },
};
const counts = (name: string, failed: number) => ({ name, waiting: 2, active: 0, delayed: 5, failed, completed: 40 });

/** The API with one failed notification job; `onRetry` decides the answer to retrying it. */
function queuesApi(onRetry: (call: Call) => [number, unknown]) {
  let failed = [JOB];
  return mockApi((call) => {
    if (call.path === '/admin/queues' && call.method === 'GET') {
      return [200, { backend: 'postgres', queues: [counts('outbox', 0), counts('deadlines', 0), counts('notifications', failed.length), counts('audit', 0)] }];
    }
    if (call.path === '/admin/queues/notifications/failed' && call.method === 'GET') {
      return [200, { queue: 'notifications', items: failed, page: Number(call.query.get('page')), pageSize: Number(call.query.get('pageSize')), total: failed.length }];
    }
    if (call.path === `/admin/queues/notifications/failed/${JOB.id}/retry` && call.method === 'POST') {
      const answer = onRetry(call);
      if (answer[0] === 200) failed = [];
      return answer;
    }
    if (call.path === '/admin/queues/notifications/failed/retry-all' && call.method === 'POST') {
      const retried = failed.length;
      failed = [];
      return [200, { queue: 'notifications', retried }];
    }
    return undefined;
  });
}

const retries = (calls: Call[]) => calls.filter((c) => c.method === 'POST' && c.path.endsWith('/retry'));

async function openFailed() {
  fireEvent.click(await screen.findByLabelText('Xem công việc lỗi của hàng đợi Gửi thông báo (thư điện tử, webhook)'));
  return screen.findByText('Công việc lỗi – Gửi thông báo (thư điện tử, webhook)');
}

afterEach(signOutAfterTest);

describe('QueuesPage', () => {
  it('shows each queue with its counts and the store, then the failed jobs of the queue picked', async () => {
    queuesApi(() => [500, {}]);
    renderSignedIn(<QueuesPage />);
    expect(await screen.findByText('Nơi lưu hàng đợi: PostgreSQL')).toBeTruthy();
    const row = (await screen.findByText('Gửi thông báo (thư điện tử, webhook)')).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Gửi thông báo (thư điện tử, webhook)notifications', '2', '0', '5', '1', '40', 'Xem công việc lỗi',
    ]);

    await openFailed();
    const jobRow = (await screen.findByText(JOB.id)).closest('tr') as HTMLElement;
    expect(within(jobRow).getByText('8 / 8')).toBeTruthy();
    expect(within(jobRow).getByText('SMTP 421 máy chủ thư tạm ngừng')).toBeTruthy();
    expect(within(jobRow).getByText('02/11/2026 10:30')).toBeTruthy();
    expect(within(jobRow).getByText(`deliveryId: ${DELIVERY}`)).toBeTruthy();
  });

  it('retries a job only with a reason of at least 10 characters, then shows it gone', async () => {
    const calls = queuesApi(() => [200, { queue: 'notifications', jobId: JOB.id }]);
    renderSignedIn(<QueuesPage />);
    await openFailed();
    fireEvent.click(await screen.findByLabelText(`Chạy lại công việc ${JOB.id}`));
    const dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByLabelText('Lý do (ghi vào nhật ký kiểm toán)');
    const confirm = within(dialog).getByRole('button', { name: 'Chạy lại' });

    fireEvent.change(reason, { target: { value: 'chưa đủ!' } });
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Lý do cần ít nhất 10 ký tự (hiện có 8).')).toBeTruthy();
    expect(retries(calls)).toHaveLength(0);

    fireEvent.change(reason, { target: { value: '  Máy chủ thư đã hoạt động lại  ' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(retries(calls)).toHaveLength(1));
    expect(retries(calls)[0].body).toEqual({ reason: 'Máy chủ thư đã hoạt động lại' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(`Đã đưa công việc ${JOB.id} lại vào hàng chờ.`)).toBeTruthy();
    expect(await screen.findByText('Hàng đợi này không có công việc lỗi.')).toBeTruthy();
  });

  it("keeps the dialog open with the server's refusal in Vietnamese", async () => {
    queuesApi(() => refusal(409, 'QUEUE_JOB_NOT_FAILED', 'Công việc này không ở trạng thái lỗi nên không chạy lại được (có thể đã được chạy lại).'));
    renderSignedIn(<QueuesPage />);
    await openFailed();
    fireEvent.click(await screen.findByLabelText(`Chạy lại công việc ${JOB.id}`));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Lý do (ghi vào nhật ký kiểm toán)'), { target: { value: 'Máy chủ thư đã hoạt động lại' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chạy lại' }));
    expect(await within(dialog).findByText('Công việc này không ở trạng thái lỗi nên không chạy lại được (có thể đã được chạy lại).')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('retries every failed job of the queue with one reason', async () => {
    const calls = queuesApi(() => [500, {}]);
    renderSignedIn(<QueuesPage />);
    await openFailed();
    fireEvent.click(await screen.findByText('Chạy lại tất cả', { selector: 'button span' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Mọi công việc lỗi của hàng đợi này \(1\)/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Lý do (ghi vào nhật ký kiểm toán)'), { target: { value: 'Máy chủ thư đã hoạt động lại' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chạy lại tất cả' }));
    expect(await screen.findByText('Đã đưa 1 công việc lại vào hàng chờ.')).toBeTruthy();
    const sent = calls.filter((c) => c.method === 'POST' && c.path === '/admin/queues/notifications/failed/retry-all');
    expect(sent.map((c) => c.body)).toEqual([{ reason: 'Máy chủ thư đã hoạt động lại' }]);
    expect(retries(calls)).toHaveLength(0);
    // Nothing left: the button is off until a job fails again.
    await waitFor(() => expect((screen.getByText('Chạy lại tất cả', { selector: 'button span' }).closest('button') as HTMLButtonElement).disabled).toBe(true));
  });

  it("shows the server's refusal to an administrator below the top unit", async () => {
    mockApi((call) => (call.path === '/admin/queues' ? refusal(403, 'FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.') : undefined));
    renderSignedIn(<QueuesPage />);
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeTruthy();
  });
});
