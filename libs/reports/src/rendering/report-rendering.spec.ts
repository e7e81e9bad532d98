import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { GeneratedReport } from '../services/reports.service';
import { reportDocument, subtitle, tableXml, vietnameseNumber } from './report-document';
import { sheetName } from './report-workbook';

const REPORT: GeneratedReport = {
  key: 'ket-nap-dang-vien', title: 'Báo cáo kết quả kết nạp đảng viên so với chỉ tiêu', subject: 'kết quả kết nạp đảng viên', fileTitle: 'Báo cáo kết nạp đảng viên',
  unit: { id: 'u', code: 'DU-A', name: 'Đảng ủy phường A & B', level: 'GRASSROOTS', parentName: 'Đảng bộ Thành phố Hồ Chí Minh' },
  period: { code: '2026', label: 'Năm 2026', from: '2026-01-01', to: '2027-01-01', lastDay: '2026-12-31', startsAt: '', endsBefore: '' },
  view: 'AS_THEY_WERE', generatedAt: '2027-01-04T20:30:00.000Z',
  tables: [{
    key: 'admissions', title: 'Kết nạp <đảng viên>', rowHeader: 'Đơn vị',
    columns: [{ key: 'admitted', label: 'Số kết nạp', kind: 'count' }, { key: 'percent', label: 'Tỷ lệ (%)', kind: 'percent' }],
    rows: [{ key: 'TOTAL', label: 'Toàn đảng bộ', level: 0, total: true, values: { admitted: 2231, percent: 111.55 } }],
    notes: ['Theo ngày quyết định'],
  }],
  notes: [],
};

describe('report rendering', () => {
  it('writes figures as Vietnamese documents do', () => {
    expect([vietnameseNumber(2231, false), vietnameseNumber(111.55, true), vietnameseNumber(101.5, true), vietnameseNumber(null, true), vietnameseNumber(0, false)])
      .toEqual(['2.231', '111,55', '101,50', '–', '0']);
  });

  it('escapes text in the tables it inserts', () => {
    const xml = tableXml(REPORT.tables[0]);
    expect(xml).toContain('Toàn đảng bộ');
    expect(() => new PizZip().file('t.xml', `<r xmlns:w="w">${xml}</r>`)).not.toThrow();
    expect(tableXml({ ...REPORT.tables[0], rowHeader: 'A & <B>' })).toContain('A &amp; &lt;B&gt;');
  });

  it('fills the template: upper committee, issuing body, the date in Vietnam, the subtitle, no tag left', () => {
    const zip = new PizZip(reportDocument(REPORT, { place: 'TP. Hồ Chí Minh' }));
    const xml = zip.file('word/document.xml')!.asText();
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH|ĐẢNG ỦY PHƯỜNG A &amp; B|*');
    // 20:30 UTC on 4 January is 03:30 on 5 January in Vietnam.
    expect(text).toContain('TP. Hồ Chí Minh, ngày 05 tháng 1 năm 2027');
    expect(text).toContain('Kết quả kết nạp đảng viên năm 2026');
    expect(text).toContain('1. Kết nạp &lt;đảng viên&gt;');
    expect(text).toContain('2.231|111,55');
    expect(text).toContain('Ghi chú: Theo ngày quyết định');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    expect(text).not.toMatch(/[{}]/);
    // What Word opens: the filled document parses again as a template.
    expect(() => new Docxtemplater(new PizZip(zip.generate({ type: 'nodebuffer' })), { paragraphLoop: true })).not.toThrow();
  });

  it('names the subtitle of a period given by dates', () => {
    expect(subtitle({ ...REPORT, period: { ...REPORT.period, code: null, from: '2026-01-01', lastDay: '2026-02-15' } })).toBe(
      'Kết quả kết nạp đảng viên từ ngày 01/01/2026 đến ngày 15/02/2026',
    );
  });

  it('names sheets within Excel’s rules: 31 characters, no : \\ / ? * [ ], unique', () => {
    const taken = new Set<string>();
    const a = sheetName('Tiếp nhận [theo] nguồn: báo chí / cử tri? và các nguồn khác', 0, taken);
    expect(a.length).toBeLessThanOrEqual(31);
    expect(a).not.toMatch(/[:\\/?*[\]]/);
    const b = sheetName('Tiếp nhận [theo] nguồn: báo chí / cử tri? và các nguồn khác', 0, taken);
    expect(b).not.toBe(a);
    expect(b.length).toBeLessThanOrEqual(31);
  });
});
