// Political-standard verifications concluded (changes-2026.md §5.4: "2,171 dossiers concluded, 1,536 for cadre
// vetting"), by the request's purpose and the conclusion. The files are restricted (only their named officers see them):
// this report shows counts only — never a title, a name or a case — so anyone who may read reports for the unit reads
// it, named on the files or not (statistics-facts.ts, countsRestricted); the unit scope applies as to every report.
import { CONCLUSION_LABELS, PURPOSE_LABELS } from '@hoso/workflows/tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.texts';
import { count, row, sum, type ReportDefinition } from './report-definition';

export const thamTraTieuChuanChinhTriReport: ReportDefinition = {
  key: 'tham-tra-tieu-chuan-chinh-tri',
  title: 'Báo cáo thẩm tra, kết luận tiêu chuẩn chính trị',
  subject: 'kết quả thẩm tra, kết luận tiêu chuẩn chính trị',
  description: 'Hồ sơ thẩm tra tiêu chuẩn chính trị đã kết luận trong kỳ theo mục đích (kết nạp, quy hoạch, bổ nhiệm, giới thiệu ứng cử) và kết luận.',
  fileTitle: 'Báo cáo thẩm tra tiêu chuẩn chính trị',
  async build(ctx) {
    const concluded = await ctx.facts('tham-tra-tieu-chuan-chinh-tri.concluded');
    const values = (purpose?: string) => {
      const mine = concluded.filter((g) => purpose === undefined || g.attributes.purpose === purpose);
      return { ...Object.fromEntries(Object.keys(CONCLUSION_LABELS).map((o) => [o, sum(mine, (g) => g.attributes.outcome === o)])), TOTAL: sum(mine) };
    };
    return {
      tables: [
        {
          key: 'conclusions',
          title: 'Hồ sơ thẩm tra tiêu chuẩn chính trị đã kết luận',
          rowHeader: 'Mục đích thẩm tra',
          columns: [...Object.entries(CONCLUSION_LABELS).map(([k, label]) => count(k, label)), count('TOTAL', 'Cộng')],
          rows: [...Object.entries(PURPOSE_LABELS).map(([k, label]) => row(k, label, values(k))), row('TOTAL', 'Cộng', values(), { total: true })],
          notes: [
            'Mỗi hồ sơ tính một lần theo kết luận cuối cùng có ngày ký trong kỳ báo cáo (hồ sơ xin ý kiến cấp trên rồi kết luận trong cùng kỳ tính theo kết luận sau).',
          ],
        },
      ],
      notes: ['Hồ sơ thẩm tra là hồ sơ mật: báo cáo chỉ nêu số lượng, không nêu tên người, tên hay số hồ sơ; người được xem báo cáo của đơn vị xem được số liệu này.'],
    };
  },
};
