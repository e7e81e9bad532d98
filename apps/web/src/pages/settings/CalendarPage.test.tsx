import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, vi } from 'vitest';
import { startSession } from '../../api/session';
import { AuthProvider } from '../../app/auth';
import { todayInVietnam } from '../../lib/format';
import { toChangeBody } from './CalendarChangeForm';
import CalendarPage from './CalendarPage';

vi.setConfig({ testTimeout: 30_000 });

const year = Number(todayInVietnam().slice(0, 4));
let role = 'SECRETARY';
let schedule: Record<string, unknown> = {};

beforeEach(() => {
  role = 'SECRETARY';
  schedule = { confirmed: true, status: 'CONFIRMED' };
  vi.stubGlobal('fetch', vi.fn(async (req: Request) => {
    const url = new URL(req.url);
    if (url.pathname === '/auth/refresh') return Response.json({ accessToken: 'a', expiresIn: 900, refreshToken: 'r2', refreshExpiresAt: '2099-01-01T00:00:00Z' });
    if (url.pathname === '/me') return Response.json({ id: 'u', username: 'x', displayName: 'X', assignments: [{ unitId: 'u1', role, roleLabel: role }] });
    if (url.pathname === '/calendar') {
      const y = url.searchParams.get('year');
      return Response.json({
        year: Number(y), version: 3, ...schedule,
        days: [
          { date: `${y}-09-02`, kind: 'HOLIDAY', name: 'Quốc khánh', source: 'LIBRARY' },
          { date: `${y}-04-25`, kind: 'WORKING_DAY', name: 'Làm bù cho ngày 30/4', source: 'OFFICIAL_SCHEDULE' },
        ],
      });
    }
    return Response.json({ code: 'ROUTE_NOT_FOUND', message: '…' }, { status: 404 });
  }));
  startSession({ accessToken: 'a', expiresIn: 900, refreshToken: 'r', refreshExpiresAt: '2099-01-01T00:00:00Z' });
});

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  render(
    <App>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <AuthProvider>
            <CalendarPage />
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </App>,
  );
}

describe('the holiday calendar', () => {
  it('lists the year’s days off and swapped working days with date, weekday, kind and name', async () => {
    renderPage();
    const list = await screen.findByRole('table', { name: 'Danh sách ngày nghỉ và ngày làm bù' }, { timeout: 10_000 });
    const national = (await within(list).findByText('Quốc khánh')).closest('tr')!;
    expect(national.textContent).toMatch(`02/09/${year}`);
    expect(national.textContent).toMatch('Ngày nghỉ');
    const swapped = within(list).getByText('Làm bù cho ngày 30/4').closest('tr')!;
    expect(swapped.textContent).toMatch(`25/04/${year}`);
    expect(swapped.textContent).toMatch('Ngày làm bù');
    expect(screen.getByText('Phiên bản lịch 3')).toBeTruthy();
    expect(screen.queryByTestId('calendar-not-confirmed')).toBeNull(); // a confirmed year
    expect(screen.getByRole('table', { name: 'Tháng 9' })).toBeTruthy();
    // A secretary reads the calendar; the change form is for the top-level administrator.
    expect(screen.getByText('Chỉ quản trị viên cấp cao nhất được sửa lịch ngày nghỉ.')).toBeTruthy();
    expect(screen.queryByText('Áp dụng thay đổi lịch')).toBeNull();
  });

  it('says when the year has no official schedule yet (its days computed from the law)', async () => {
    schedule = { confirmed: false, status: 'PROVISIONAL' };
    renderPage();
    const warning = await screen.findByTestId('calendar-not-confirmed', {}, { timeout: 10_000 });
    expect(warning.textContent).toContain(`Năm ${year} chưa có lịch nghỉ lễ, Tết chính thức`);
  });

  it('says when the year is not in the calendar at all', async () => {
    schedule = { confirmed: false, status: 'MISSING' };
    renderPage();
    const warning = await screen.findByTestId('calendar-not-confirmed', {}, { timeout: 10_000 });
    expect(warning.textContent).toContain(`Năm ${year} chưa có trong lịch ngày nghỉ`);
  });

  it('offers the change form and recompute to an administrator', async () => {
    role = 'ADMIN';
    renderPage();
    expect(await screen.findByText('Áp dụng thay đổi lịch', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Xem trước')).toBeTruthy();
  });
});

describe('a calendar change', () => {
  it('sends days off and swapped working days as `set`, days back to the normal week as `clear`', () => {
    expect(
      toChangeBody({
        kind: 'SCHEDULE',
        reason: '  Thông báo lịch nghỉ Tết 2027  ',
        rows: [
          { date: dayjs('2027-02-05'), action: 'HOLIDAY', name: ' Nghỉ Tết ' },
          { date: dayjs('2027-02-13'), action: 'WORKING_DAY', name: 'Làm bù' },
          { date: dayjs('2027-01-01'), action: 'CLEAR', name: 'ignored' },
          { action: 'HOLIDAY' },
        ],
      }),
    ).toEqual({
      kind: 'SCHEDULE',
      reason: 'Thông báo lịch nghỉ Tết 2027',
      set: [
        { date: '2027-02-05', kind: 'HOLIDAY', name: 'Nghỉ Tết' },
        { date: '2027-02-13', kind: 'WORKING_DAY', name: 'Làm bù' },
      ],
      clear: ['2027-01-01'],
    });
  });
});
