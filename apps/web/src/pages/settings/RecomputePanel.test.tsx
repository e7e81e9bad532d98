import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, vi } from 'vitest';
import { RecomputePanel } from './RecomputePanel';

vi.setConfig({ testTimeout: 30_000 });

const moves = [
  {
    deadlineId: 'd1', caseId: 'c1', key: 'A.PRESS_EXPLAIN', from: '2026-04-29T17:00:00Z', to: '2026-05-04T17:00:00Z',
    calendarVersion: { from: 1, to: 2 },
  },
  {
    deadlineId: 'd2', caseId: 'c2', key: 'B1.TOCAO_GRASSROOTS', from: '2026-05-10T17:00:00Z', to: '2026-05-11T17:00:00Z',
    calendarVersion: { from: 1, to: 2 },
  },
];

let bodies: { dryRun: boolean; reason: string }[];

beforeEach(() => {
  bodies = [];
  vi.stubGlobal('fetch', vi.fn(async (req: Request) => {
    if (new URL(req.url).pathname !== '/deadlines/recompute') return Response.json({ code: 'ROUTE_NOT_FOUND', message: '…' }, { status: 404 });
    const body = (await req.json()) as { dryRun: boolean; reason: string };
    bodies.push(body);
    return Response.json({ dryRun: body.dryRun, calendarVersion: 2, examined: 14, moved: 2, moves });
  }));
});

afterEach(() => vi.unstubAllGlobals());

describe('recomputing open deadlines', () => {
  it('lists the deadlines that would move before anything is applied, then applies after confirmation', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <App>
        <QueryClientProvider client={client}>
          <MemoryRouter>
            <RecomputePanel appliedVersion={2} />
          </MemoryRouter>
        </QueryClientProvider>
      </App>,
    );
    expect(screen.getByText(/Lịch vừa được sửa \(phiên bản 2\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Lý do, căn cứ/), { target: { value: 'Áp dụng lịch nghỉ bù 2026' } });
    fireEvent.click(screen.getByText('Xem trước'));

    expect(await screen.findByText('Đã xem 14 thời hạn đang mở, 2 thời hạn sẽ thay đổi (lịch phiên bản 2).')).toBeTruthy();
    const row = screen.getByText('A.PRESS_EXPLAIN').closest('tr')!;
    expect(row.textContent).toMatch('30/04/2026');
    expect(row.textContent).toMatch('05/05/2026');
    expect(row.textContent).toMatch('1 → 2');
    expect(bodies).toEqual([{ dryRun: true, reason: 'Áp dụng lịch nghỉ bù 2026' }]);

    fireEvent.click(screen.getByText('Áp dụng tính lại (2 thời hạn)'));
    expect(await screen.findByText(/Dời 2 thời hạn đang mở theo lịch phiên bản 2\?/)).toBeTruthy();
    expect(bodies).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ dryRun: false, reason: 'Áp dụng lịch nghỉ bù 2026' });
    expect((await screen.findAllByText('Đã tính lại: 2 thời hạn được dời.')).length).toBeGreaterThan(0);
  });

  it('asks for a reason before the dry run', async () => {
    const client = new QueryClient();
    render(
      <App>
        <QueryClientProvider client={client}>
          <MemoryRouter>
            <RecomputePanel />
          </MemoryRouter>
        </QueryClientProvider>
      </App>,
    );
    fireEvent.click(screen.getByText('Xem trước'));
    expect(await screen.findByText('Lý do cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(bodies).toHaveLength(0);
  });
});
