// Admissions against the committees' targets (changes-2026.md §6: 406 admitted against a target of 400 in 2022, 102 %;
// 2,231 against 2,000, 111.55 %): counted by the date of the admission decision, per unit, against each unit's target
// for the year (a target is a committee's setting, `report_target`).
import { count, percent, row, type ReportColumn, type ReportDefinition, type ReportRow } from './report-definition';
import { yearOf } from '../services/report-period';

export const ADMISSIONS = 'ADMISSIONS';

export const ketNapReport: ReportDefinition = {
  key: 'ket-nap-dang-vien',
  title: 'Báo cáo kết quả kết nạp đảng viên so với chỉ tiêu',
  subject: 'kết quả kết nạp đảng viên',
  description: 'Số đảng viên được kết nạp (theo ngày ghi trong quyết định kết nạp) của từng đơn vị, so với chỉ tiêu năm do cấp ủy giao.',
  fileTitle: 'Báo cáo kết nạp đảng viên',
  async build(ctx) {
    const decided = await ctx.facts('ket-nap-dang-vien.decided');
    const year = yearOf(ctx.period);
    const children = await ctx.children([...new Set(decided.map((g) => g.unitId))]);
    const targets = year === null ? new Map() : await ctx.targets(ADMISSIONS, year, [ctx.unit.id, ...children.map((c) => c.id)]);
    const under = (path: string, admitted: boolean) =>
      decided.reduce((s, g) => (g.attributes.admitted === String(admitted) && (ctx.pathOf(g.unitId) ?? '').startsWith(path) ? s + g.n : s), 0);
    const figures = (unitId: string, path: string) => {
      const admitted = under(path, true);
      const target = targets.get(unitId)?.value ?? null;
      return { target, admitted, percent: percent(admitted, target), notAdmitted: under(path, false) };
    };
    const rows: ReportRow[] = children.map((c) => row(c.id, c.name, figures(c.id, c.path)));
    // Admissions decided for the unit itself (not under one of its children), so the rows add up to the total.
    const own = decided.filter((g) => !children.some((c) => (ctx.pathOf(g.unitId) ?? '').startsWith(c.path)));
    const ownAdmitted = own.reduce((s, g) => (g.attributes.admitted === 'true' ? s + g.n : s), 0);
    const ownRefused = own.reduce((s, g) => (g.attributes.admitted === 'false' ? s + g.n : s), 0);
    if (children.length > 0 && ownAdmitted + ownRefused > 0) {
      rows.push(row('OWN', `Trực thuộc trực tiếp ${ctx.unit.name}`, { target: null, admitted: ownAdmitted, percent: null, notAdmitted: ownRefused }));
    }
    rows.push(row('TOTAL', `Toàn ${ctx.unit.name}`, figures(ctx.unit.id, ctx.unit.path), { total: true }));
    const columns: ReportColumn[] = [
      count('target', year === null ? 'Chỉ tiêu năm' : `Chỉ tiêu năm ${year}`),
      count('admitted', 'Số đảng viên kết nạp trong kỳ'),
      { key: 'percent', label: 'Tỷ lệ so với chỉ tiêu (%)', kind: 'percent' },
      count('notAdmitted', 'Không kết nạp'),
    ];
    const notes = ['Tính theo ngày ghi trong quyết định kết nạp đảng viên (mẫu 9-KNĐ), không theo ngày lập hồ sơ.'];
    if (year === null) notes.push('Kỳ báo cáo gồm nhiều năm: không so sánh với chỉ tiêu năm.');
    for (const [unitId, t] of targets) {
      const name = unitId === ctx.unit.id ? ctx.unit.name : (children.find((c) => c.id === unitId)?.name ?? unitId);
      notes.push(`Chỉ tiêu của ${name}: ${t.value} đảng viên (căn cứ: ${t.basis}; người giao: ${t.setBy}, phiên bản ${t.version}).`);
    }
    return {
      tables: [{ key: 'admissions', title: year === null ? 'Kết nạp đảng viên' : `Kết nạp đảng viên so với chỉ tiêu năm ${year}`, rowHeader: 'Đơn vị', columns, rows, notes }],
      notes: [],
    };
  },
};
