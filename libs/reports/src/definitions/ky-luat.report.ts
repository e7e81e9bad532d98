// Discipline by form and by subject (member or organisation), and by the level of the body that decided
// (changes-2026.md §6: "5 disciplined … 2 khiển trách, 1 cảnh cáo, 2 khai trừ").
import { DISCIPLINE_FORM_LABELS } from '@hoso/workflows';
import { DISCIPLINE_SUBJECT_LABELS, LEVEL_LABELS } from '@hoso/workflows/shared/value-labels';
import { count, row, tally, type FactGroup, type ReportDefinition, type ReportTable } from './report-definition';

type Decided = FactGroup<'ky-luat.decided'>;

/** Rows by form, columns by an attribute's values, with totals both ways. */
function formsBy(key: string, title: string, groups: Decided[], attribute: 'subjectKind' | 'bodyLevel', labels: Readonly<Record<string, string>>): ReportTable {
  const cell = tally(groups, (g) => `${g.attributes.form}|${g.attributes[attribute]}`);
  const values = (form?: string) => {
    const out: Record<string, number> = {};
    let total = 0;
    for (const k of Object.keys(labels)) {
      const n = form ? (cell.get(`${form}|${k}`) ?? 0) : Object.keys(DISCIPLINE_FORM_LABELS).reduce((s, f) => s + (cell.get(`${f}|${k}`) ?? 0), 0);
      out[k] = n;
      total += n;
    }
    return { ...out, TOTAL: total };
  };
  return {
    key,
    title,
    rowHeader: 'Hình thức kỷ luật',
    columns: [...Object.entries(labels).map(([k, label]) => count(k, label)), count('TOTAL', 'Cộng')],
    rows: [...Object.entries(DISCIPLINE_FORM_LABELS).map(([f, label]) => row(f, label, values(f))), row('TOTAL', 'Cộng', values(), { total: true })],
    notes: [],
  };
}

export const kyLuatReport: ReportDefinition = {
  key: 'ky-luat',
  title: 'Báo cáo thi hành kỷ luật đảng theo hình thức và đối tượng',
  subject: 'kết quả thi hành kỷ luật tổ chức đảng, đảng viên',
  description: 'Số tổ chức đảng, đảng viên bị kỷ luật theo hình thức, theo đối tượng và theo cấp quyết định kỷ luật.',
  fileTitle: 'Báo cáo kỷ luật đảng',
  async build(ctx) {
    const decided = await ctx.facts('ky-luat.decided');
    const bySubject = formsBy('by-subject', 'Thi hành kỷ luật theo hình thức và đối tượng', decided, 'subjectKind', DISCIPLINE_SUBJECT_LABELS);
    bySubject.notes.push('Tính theo ngày ghi trong quyết định kỷ luật (hình thức đã quyết định, kể cả khi sau đó được thay đổi do giải quyết khiếu nại).');
    const byLevel = formsBy('by-level', 'Thi hành kỷ luật theo cấp quyết định', decided, 'bodyLevel', LEVEL_LABELS);
    return { tables: [bySubject, byLevel], notes: [] };
  },
};
