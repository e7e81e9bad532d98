import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import writeXlsxFile from 'write-excel-file/browser';
import { answer1374, answerDiscipline, UNITS } from './fixtures.test-util';
import { mockApi, renderSignedIn, signOutAfterTest, type Call } from './harness.test-util';
import StatisticsPage from './StatisticsPage';

// The real workbook writer needs a browser download; the test reads what the page hands it.
vi.mock('write-excel-file/browser', () => {
  const toFile = vi.fn(async () => undefined);
  return { default: vi.fn(() => ({ toFile, toBlob: vi.fn() })) };
});

const PROCEDURES = [
  { id: 'ky-luat', version: 1, title: 'Thi hành kỷ luật đảng viên, tổ chức đảng' },
  { id: 'quy-dinh-1374', version: 1, title: 'Giải quyết thông tin phản ánh (cũ)' },
  { id: 'quy-dinh-1374', version: 2, title: 'Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU' },
].map((p) => ({ ...p, legalBasis: '', createRoles: [], events: [], states: {}, definition: {}, schemaUrl: '' }));

function api(): Call[] {
  return mockApi((call) => {
    if (call.path === '/procedures') return [200, PROCEDURES];
    if (call.path === '/org-units') return [200, { items: UNITS, page: 1, pageSize: 500, total: UNITS.length }];
    const from = call.query.get('from') ?? '';
    const to = call.query.get('to') ?? '';
    if (call.path === '/statistics/quy-dinh-1374') {
      // Bến Thành merged into Sài Gòn after the period: today its cases count for Sài Gòn.
      const view = call.query.get('view');
      const byUnit =
        view === 'CURRENT_UNITS'
          ? [{ unitId: 'u-sg', code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', total: 61 }]
          : [
              { unitId: 'u-bt', code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', total: 40 },
              { unitId: 'u-sg', code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', total: 21 },
            ];
      return [200, { ...answer1374(from, to, call.query.get('unitId')), view, byUnit }];
    }
    if (call.path === '/statistics/ky-luat') return [200, answerDiscipline(from, to)];
    return undefined;
  });
}

/** The rows of the table under a section heading, as [item, count, percent] texts (DOM queries: role queries over
 * a whole dashboard are slow in jsdom). */
function tableOf(heading: string): string[][] {
  const title = [...document.querySelectorAll('h2')].find((h) => h.textContent === heading);
  const card = title?.closest('.ant-card') as HTMLElement;
  return [...card.querySelectorAll('tbody tr, tfoot tr')]
    .filter((row) => !row.classList.contains('ant-table-measure-row'))
    .map((row) => [...row.querySelectorAll('td')].slice(1).map((c) => c.textContent ?? ''));
}

afterEach(signOutAfterTest);

describe('StatisticsPage', () => {
  it("asks for the quarter as [from, to) and shows the API's 1374 categories, their labels and the totals", async () => {
    const calls = api();
    renderSignedIn(<StatisticsPage />, '/thong-ke?ky=quy&nam=2026&quy=4');
    await screen.findByRole('heading', { level: 2, name: 'Tình hình giải quyết' }, { timeout: 15_000 });

    const asked = calls.find((c) => c.path === '/statistics/quy-dinh-1374')!;
    expect([asked.query.get('from'), asked.query.get('to'), asked.query.get('unitId')]).toEqual(['2026-10-01', '2027-01-01', null]);
    expect(screen.getByText('Quý IV/2026 (01/10/2026 – 31/12/2026) · Tất cả đơn vị trong phạm vi')).toBeTruthy();

    expect(tableOf('Tình hình giải quyết')).toEqual([
      ['Đã giải quyết', '28', '45,9'],
      ['Đang giải quyết', '11', '18,0'],
      ['Chưa giải quyết', '0', '0,0'],
      ['Không giải quyết do không có cơ sở', '6', '9,8'],
      ['Chuyển cơ quan có thẩm quyền', '0', '0,0'],
      ['Chuyển kiểm tra khi có dấu hiệu vi phạm', '0', '0,0'],
      ['Chưa nhận được báo cáo từ đơn vị', '16', '26,2'],
      ['Cộng', '61', '100'],
    ]);
    expect(tableOf('Tiếp nhận theo nguồn').at(-1)).toEqual(['Cộng', '61', '100']);
    expect(tableOf('Tiếp nhận theo nguồn')[3]).toEqual(['Thông tin phản ánh của báo chí', '17', '27,9']);
    // The chart says the same numbers to a screen reader.
    const chart = await waitFor(() => {
      const found = [...document.querySelectorAll('[role="img"]')].find((e) => e.getAttribute('aria-label')?.startsWith('Tình hình giải quyết'));
      expect(found).toBeTruthy();
      return found!;
    });
    expect(chart.getAttribute('aria-label')).toMatch(/^Tình hình giải quyết \(biểu đồ cột\): Đã giải quyết: 28; Đang giải quyết: 11;.*Cộng 61 vụ việc\.$/);
  });

  it("draws another procedure's breakdowns from the answer, whatever they are, under the API's labels", async () => {
    api();
    renderSignedIn(<StatisticsPage />, '/thong-ke?ky=nam&nam=2025&quy-trinh=ky-luat');
    await screen.findByRole('heading', { level: 2, name: 'Hình thức kỷ luật' }, { timeout: 15_000 });
    expect(screen.getByRole('heading', { level: 2, name: 'Thi hành kỷ luật đảng viên, tổ chức đảng' })).toBeTruthy();
    expect(tableOf('Hình thức kỷ luật')).toEqual([
      ['Khiển trách', '2', '28,6'],
      ['Cảnh cáo', '1', '14,3'],
      ['Khai trừ', '1', '14,3'],
      ['Không (chưa có hoặc không thi hành)', '3', '42,9'],
      ['Cộng', '7', '100'],
    ]);
  });

  it('exports a workbook named after the period, with the period and the unit in the first rows of each sheet', async () => {
    const calls = api();
    renderSignedIn(<StatisticsPage />, '/thong-ke?ky=quy&nam=2026&quy=3&don-vi=u-bt');
    await screen.findByRole('heading', { level: 2, name: 'Tình hình giải quyết' }, { timeout: 15_000 });
    expect(calls.find((c) => c.path === '/statistics/quy-dinh-1374')!.query.get('unitId')).toBe('u-bt');

    await userEvent.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    await waitFor(() => expect(writeXlsxFile).toHaveBeenCalled());
    const [sheets] = vi.mocked(writeXlsxFile).mock.calls[0] as unknown as [{ sheet: string; data: unknown[][] }[]];
    const text = (cell: unknown) => (cell && typeof cell === 'object' && 'value' in cell ? (cell as { value: unknown }).value : cell);
    expect(sheets.map((s) => s.sheet)).toEqual(['Tiếp nhận theo nguồn', 'Tình hình giải quyết']);
    const rows = sheets[1].data.map((r) => r.map(text));
    expect(rows[0]).toEqual(['Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU']);
    expect(rows[2]).toEqual(['Kỳ báo cáo', 'Quý III/2026 (01/07/2026 – 30/09/2026)']);
    expect(rows[3]).toEqual(['Đơn vị', 'Đảng ủy phường Bến Thành']);
    expect(rows[4]).toEqual(['Tổng số vụ việc tiếp nhận', 61]);
    expect(rows[7]).toEqual(['STT', 'Nội dung', 'Số vụ việc', 'Tỷ lệ (%)']);
    expect(rows[8]).toEqual([1, 'Đã giải quyết', 28, 45.9]);
    expect(rows.at(-1)).toEqual([null, 'Cộng', 61, 100]);
    const toFile = vi.mocked(writeXlsxFile).mock.results[0].value.toFile;
    expect(toFile).toHaveBeenCalledWith('thong-ke-quy-dinh-1374-2026-Q3-DU-BEN-THANH.xlsx');
    expect(await screen.findByText('Đã tạo tệp thong-ke-quy-dinh-1374-2026-Q3-DU-BEN-THANH.xlsx')).toBeTruthy();
  });

  it('counts by the units as they were unless asked to roll up to today\'s units, and shows the count of each unit', async () => {
    const calls = api();
    renderSignedIn(<StatisticsPage />, '/thong-ke?ky=quy&nam=2025&quy=2');
    await screen.findByRole('heading', { level: 2, name: 'Số vụ việc theo đơn vị' }, { timeout: 15_000 });
    const asked = () => calls.filter((c) => c.path === '/statistics/quy-dinh-1374').map((c) => c.query.get('view'));
    expect(asked()).toEqual(['AS_THEY_WERE']);
    expect(tableOf('Số vụ việc theo đơn vị')).toEqual([
      ['Đảng ủy phường Bến Thành', '40'],
      ['Đảng ủy phường Sài Gòn', '21'],
      ['61'],
    ]);
    const switcher = screen.getByRole('radiogroup', { name: 'Cách tính theo đơn vị' });
    expect(screen.getByText('Mỗi vụ việc tính cho tổ chức giữ vụ việc vào cuối kỳ, kể cả tổ chức đã hợp nhất, chia tách hoặc giải thể sau đó.')).toBeTruthy();

    await userEvent.click(within(switcher).getByText('Quy về đơn vị hiện nay'));
    await waitFor(() => expect(asked()).toEqual(['AS_THEY_WERE', 'CURRENT_UNITS']));
    await waitFor(() => expect(tableOf('Số vụ việc theo đơn vị')).toEqual([['Đảng ủy phường Sài Gòn', '61'], ['61']]));
    // The same period and unit, only the view differs.
    const [before, after] = calls.filter((c) => c.path === '/statistics/quy-dinh-1374');
    expect([after.query.get('from'), after.query.get('to'), after.query.get('unitId')]).toEqual([before.query.get('from'), before.query.get('to'), null]);
    expect(screen.getByText('Vụ việc của tổ chức đã kết thúc hoạt động được tính cho tổ chức kế tục hiện nay.')).toBeTruthy();
  });
});
