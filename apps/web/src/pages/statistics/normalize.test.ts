import { buildWorkbook, sheetName, workbookFileName } from './excel';
import { answerDiscipline } from './fixtures.test-util';
import { isStageSequence, normalize, type SectionRow } from './normalize';

const rows = (...counts: number[]): SectionRow[] => counts.map((count, i) => ({ key: `S${i}`, label: `Giai đoạn ${i}`, count }));

describe('chart kind from the shape of the data', () => {
  it('a funnel when every case is counted at the first stage and fewer at each later one', () => {
    expect(isStageSequence(rows(40, 31, 31, 12, 5), 40)).toBe(true);
  });

  it('bars for groups that split the cases, even in decreasing order', () => {
    expect(isStageSequence(rows(1, 1, 0), 2)).toBe(false);
    expect(isStageSequence(rows(20, 12, 8), 40)).toBe(false);
  });

  it('bars when a stage is larger than the one before, the first is not everyone, too few stages, or nothing', () => {
    expect(isStageSequence(rows(40, 41, 3), 40)).toBe(false);
    expect(isStageSequence(rows(30, 20, 10), 40)).toBe(false);
    expect(isStageSequence(rows(40, 30), 40)).toBe(false);
    expect(isStageSequence(rows(0, 0, 0), 0)).toBe(false);
  });

  it("keeps the API's order and labels, one section per breakdown, the outcome first", () => {
    const view = normalize(answerDiscipline('2026-01-01', '2027-01-01'), { bySource: 'Nguồn', byCategory: 'Tình hình giải quyết' });
    expect(view.sections.map((s) => [s.title, s.sum, s.funnel])).toEqual([
      ['Tình hình giải quyết', 7, false],
      ['Hình thức kỷ luật', 7, false],
    ]);
    expect(view.sections[1].rows.map((r) => r.label)).toEqual(['Khiển trách', 'Cảnh cáo', 'Khai trừ', 'Không (chưa có hoặc không thi hành)']);
  });
});

describe('workbook', () => {
  it('names sheets as Excel allows: ≤ 31 characters, no : / ? * [ ], unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Quyết định chậm không có lý do (phải kiểm điểm trước cấp ủy cấp trên)', taken)).toBe('Quyết định chậm không có lý do');
    expect(sheetName('Quyết định chậm không có lý do [2]', taken)).toBe('Quyết định chậm không có lý d 2');
    expect(sheetName('Tố cáo: đúng/sai?', taken)).toBe('Tố cáo đúng sai');
  });

  it('adds the by-unit sheet when the comparison is loaded', () => {
    const view = normalize(answerDiscipline('2026-01-01', '2027-01-01'), { bySource: 'Nguồn', byCategory: 'Kết quả giải quyết' });
    const sheets = buildWorkbook({
      title: 'Thi hành kỷ luật',
      periodLabel: 'Năm 2026',
      unitLabel: 'Thành ủy TP.HCM',
      generatedAt: '05/12/2026 08:00',
      view,
      byUnit: { columns: view.sections[0].rows, rows: [{ unit: 'Đảng ủy phường Bến Thành', total: 3, counts: { DISCIPLINED: 2, IN_PROGRESS: 1 } }] },
      labels: { period: 'Kỳ báo cáo', unit: 'Đơn vị', received: 'Tổng số', index: 'STT', item: 'Nội dung', count: 'Số vụ việc', percent: 'Tỷ lệ (%)', sum: 'Cộng', unitColumn: 'Đơn vị', byUnitSheet: 'Theo đơn vị', generatedAt: 'Thời điểm xuất' },
    });
    const last = sheets.at(-1)!;
    expect(last.sheet).toBe('Theo đơn vị');
    const value = (c: unknown) => (c && typeof c === 'object' && 'value' in c ? (c as { value: unknown }).value : c);
    expect(last.data.slice(-2).map((r) => r.map(value))).toEqual([
      ['Đơn vị', 'Tổng số', 'Đang xem xét', 'Đã thi hành kỷ luật', 'Không kỷ luật'],
      ['Đảng ủy phường Bến Thành', 3, 1, 2, 0],
    ]);
  });

  it('file names: procedure, period, unit code', () => {
    expect(workbookFileName('quy-dinh-1374', '2026-Q3')).toBe('thong-ke-quy-dinh-1374-2026-Q3.xlsx');
    expect(workbookFileName('ky-luat', '2026', 'DU-BEN-THANH')).toBe('thong-ke-ky-luat-2026-DU-BEN-THANH.xlsx');
  });
});
