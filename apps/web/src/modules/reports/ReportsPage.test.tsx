import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Schemas } from '../../api/client';
import { UNITS } from '../../pages/statistics/fixtures.test-util';
import { mockApi, renderSignedIn, signOutAfterTest, type Call } from '../../pages/statistics/harness.test-util';
import ReportsPage from './ReportsPage';

const LIST: Schemas['ReportSummaryResponse'][] = [
  { key: 'quy-dinh-1374', title: 'Báo cáo kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU', description: '' },
  { key: 'ket-nap-dang-vien', title: 'Báo cáo kết quả kết nạp đảng viên so với chỉ tiêu', description: '' },
];

const row = (key: string, label: string, values: Record<string, number | null>, total = false, level: 0 | 1 = 0) => ({ key, label, values, total, level });

function report1374(q: URLSearchParams): Schemas['ReportResponse'] {
  return {
    key: 'quy-dinh-1374', title: LIST[0].title, subject: 'kết quả tiếp nhận, xử lý thông tin phản ánh', fileTitle: 'Báo cáo 1374',
    unit: { id: q.get('unitId') ?? 'u-city', code: 'TU-HCM', name: q.get('unitId') === 'u-bt' ? 'Đảng ủy phường Bến Thành' : 'Thành ủy TP.HCM', level: 'PROVINCIAL', parentName: null },
    period: { code: q.get('period'), label: q.get('period') ? 'Quý I năm 2026' : 'Từ ngày 05/01/2026 đến ngày 20/02/2026', from: '2026-01-01', to: '2026-04-01', lastDay: '2026-03-31', startsAt: '', endsBefore: '' },
    view: (q.get('view') ?? 'AS_THEY_WERE') as 'AS_THEY_WERE',
    generatedAt: '2026-04-05T02:00:00.000Z',
    tables: [
      {
        key: 'by-source', title: 'Tiếp nhận và kết quả xử lý thông tin theo nguồn', rowHeader: 'Nguồn thông tin',
        columns: [{ key: 'received', label: 'Số thông tin tiếp nhận', kind: 'count' }, { key: 'grassroots', label: 'Cấp ủy cơ sở tiếp nhận', kind: 'count' }],
        rows: [
          row('VOTER', 'Ý kiến của cử tri', { received: 10, grassroots: 8 }),
          row('PRESS', 'Thông tin phản ánh của báo chí', { received: 78, grassroots: 54 }),
          row('TOTAL', 'Cộng', { received: 88, grassroots: 62 }, true),
        ],
        notes: ['Tính theo ngày tiếp nhận.'],
      },
      {
        key: 'discipline', title: 'Đảng viên bị kỷ luật qua thông tin phản ánh, theo hình thức', rowHeader: 'Hình thức kỷ luật',
        columns: [{ key: 'members', label: 'Số đảng viên', kind: 'count' }],
        rows: [row('KHIEN_TRACH', 'Khiển trách', { members: 2 }), row('CANH_CAO', 'Cảnh cáo', { members: 1 }), row('KHAI_TRU', 'Khai trừ', { members: 2 }), row('TOTAL', 'Cộng', { members: 5 }, true)],
        notes: [],
      },
    ],
    notes: [],
  };
}

function admissions(): Schemas['ReportResponse'] {
  const base = report1374(new URLSearchParams('period=2026'));
  return {
    ...base, key: 'ket-nap-dang-vien', title: LIST[1].title,
    tables: [{
      key: 'admissions', title: 'Kết nạp đảng viên so với chỉ tiêu năm 2026', rowHeader: 'Đơn vị',
      columns: [{ key: 'target', label: 'Chỉ tiêu năm 2026', kind: 'count' }, { key: 'admitted', label: 'Số đảng viên kết nạp trong kỳ', kind: 'count' }, { key: 'percent', label: 'Tỷ lệ so với chỉ tiêu (%)', kind: 'percent' }],
      rows: [row('u-bt', 'Đảng ủy phường Bến Thành', { target: null, admitted: 250, percent: null }), row('TOTAL', 'Toàn Thành ủy TP.HCM', { target: 2000, admitted: 2231, percent: 111.55 }, true)],
      notes: [],
    }],
  };
}

function api(): Call[] {
  return mockApi((call) => {
    if (call.path === '/reports') return [200, LIST];
    if (call.path === '/org-units') return [200, { items: UNITS, page: 1, pageSize: 500, total: UNITS.length }];
    if (call.path === '/reports/quy-dinh-1374') return [200, report1374(call.query)];
    if (call.path === '/reports/ket-nap-dang-vien') return [200, admissions()];
    return undefined;
  });
}

/** The body rows of the table under a card's heading, as cell texts. */
function tableOf(heading: string): string[][] {
  const title = screen.getByRole('heading', { level: 2, name: heading });
  const card = title.closest('.ant-card') as HTMLElement;
  return [...card.querySelectorAll('tbody tr')]
    .filter((r) => !r.classList.contains('ant-table-measure-row'))
    .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? ''));
}

afterEach(signOutAfterTest);

describe('ReportsPage', () => {
  it('asks for the quarter by name and shows each table as the document prints it, with a chart saying the same numbers', async () => {
    const calls = api();
    renderSignedIn(<ReportsPage />, '/bao-cao?ky=quy&nam=2026&quy=1');
    await screen.findByRole('heading', { level: 2, name: '1. Tiếp nhận và kết quả xử lý thông tin theo nguồn' }, { timeout: 15_000 });
    const asked = calls.find((c) => c.path === '/reports/quy-dinh-1374')!;
    expect([asked.query.get('period'), asked.query.get('from'), asked.query.get('unitId'), asked.query.get('view')]).toEqual(['2026-Q1', null, null, 'AS_THEY_WERE']);
    expect(screen.getByText(/Thành ủy TP\.HCM · Quý I năm 2026 \(từ 01\/01\/2026 đến 31\/03\/2026\)/)).toBeTruthy();
    expect(tableOf('1. Tiếp nhận và kết quả xử lý thông tin theo nguồn')).toEqual([
      ['1', 'Ý kiến của cử tri', '10', '8'],
      ['2', 'Thông tin phản ánh của báo chí', '78', '54'],
      ['', 'Cộng', '88', '62'],
    ]);
    expect(screen.getByText('Ghi chú: Tính theo ngày tiếp nhận.')).toBeTruthy();
    const chart = await waitFor(() => {
      const found = [...document.querySelectorAll('[role="img"]')].find((e) => e.getAttribute('aria-label')?.startsWith('Đảng viên bị kỷ luật'));
      expect(found).toBeTruthy();
      return found!;
    });
    expect(chart.getAttribute('aria-label')).toBe('Đảng viên bị kỷ luật qua thông tin phản ánh, theo hình thức (biểu đồ tròn): Khiển trách: 2; Cảnh cáo: 1; Khai trừ: 2.');
    const bars = [...document.querySelectorAll('[role="img"]')].find((e) => e.getAttribute('aria-label')?.startsWith('Tiếp nhận'))!;
    expect(bars.getAttribute('aria-label')).toContain('(biểu đồ cột): Ý kiến của cử tri: Số thông tin tiếp nhận 10, Cấp ủy cơ sở tiếp nhận 8;');
  });

  it('asks a range by its dates, the unit chosen, and another report; percentages in Vietnamese style', async () => {
    const calls = api();
    renderSignedIn(<ReportsPage />, '/bao-cao?ky=khoang&tu=2026-01-05&den=2026-02-20&don-vi=u-bt&tinh-theo=hien-nay');
    await screen.findByRole('heading', { level: 2, name: '1. Tiếp nhận và kết quả xử lý thông tin theo nguồn' }, { timeout: 15_000 });
    const asked = calls.find((c) => c.path === '/reports/quy-dinh-1374')!;
    expect(Object.fromEntries(asked.query)).toEqual({ from: '2026-01-05', to: '2026-02-21', unitId: 'u-bt', view: 'CURRENT_UNITS' });

    await userEvent.click(screen.getByRole('combobox', { name: 'Báo cáo' }));
    await userEvent.click(await screen.findByTitle(LIST[1].title));
    await screen.findByRole('heading', { level: 2, name: '1. Kết nạp đảng viên so với chỉ tiêu năm 2026' });
    expect(tableOf('1. Kết nạp đảng viên so với chỉ tiêu năm 2026')).toEqual([
      ['1', 'Đảng ủy phường Bến Thành', '–', '250', '–'],
      ['', 'Toàn Thành ủy TP.HCM', '2.000', '2.231', '111,55'],
    ]);
  });

  it('downloads the Excel and Word files under the server’s Vietnamese names, and says why when refused', async () => {
    api();
    const json = globalThis.fetch;
    const downloads: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
      const url = new URL(request.url);
      if (!url.searchParams.has('format')) return json(input, init);
      downloads.push(`${url.pathname}?${url.searchParams}`);
      if (url.searchParams.get('format') === 'docx') {
        return new Response(JSON.stringify({ statusCode: 403, code: 'FORBIDDEN', message: 'Đơn vị này nằm ngoài phạm vi của bạn: không xem được báo cáo.', correlationId: 'x' }), { status: 403, headers: { 'content-type': 'application/json' } });
      }
      const name = 'Báo cáo 1374 - Quý I năm 2026 - Thành ủy TP.HCM.xlsx';
      return new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}` } });
    });
    const saved: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:report', revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderSignedIn(<ReportsPage />, '/bao-cao?ky=quy&nam=2026&quy=1&don-vi=u-city');
    await screen.findByRole('heading', { level: 2, name: '1. Tiếp nhận và kết quả xử lý thông tin theo nguồn' }, { timeout: 15_000 });

    await userEvent.click(screen.getByRole('button', { name: /Tải Excel/ }));
    await waitFor(() => expect(saved).toEqual(['Báo cáo 1374 - Quý I năm 2026 - Thành ủy TP.HCM.xlsx']));
    expect(downloads[0]).toBe('/reports/quy-dinh-1374?period=2026-Q1&unitId=u-city&view=AS_THEY_WERE&format=xlsx');

    await userEvent.click(screen.getByRole('button', { name: /Tải Word/ }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Đơn vị này nằm ngoài phạm vi của bạn: không xem được báo cáo.')).toBeTruthy();
    expect(downloads[1]).toContain('format=docx');
    click.mockRestore();
  });
});
