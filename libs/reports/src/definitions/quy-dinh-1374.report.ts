// The 1374 report as committees publish it (changes-2026.md §6, seed 000: 88 received from the four sources, 31 resolved
// or forwarded, 4 moved to inspection, 62 received by grassroots committees, 5 members disciplined as a result).
import { DISCIPLINE_FORM_LABELS } from '@hoso/workflows';
import { SOURCE_LABELS } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { count, labelledRows, row, sum, tally, type ReportDefinition } from './report-definition';

const MEMBER_FORMS = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'] as const;
const MEMBERS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER'];

export const quyDinh1374Report: ReportDefinition = {
  key: 'quy-dinh-1374',
  title: 'Báo cáo kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU',
  subject: 'kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU',
  description:
    'Thông tin tiếp nhận theo bốn nguồn; đã giải quyết hoặc chuyển cơ quan có thẩm quyền; chuyển kiểm tra khi có dấu hiệu vi phạm; ' +
    'cấp ủy cơ sở tiếp nhận (kể cả chuyển xuống); đảng viên bị kỷ luật qua thông tin phản ánh, theo hình thức.',
  fileTitle: 'Báo cáo 1374',
  async build(ctx) {
    const received = await ctx.facts('quy-dinh-1374.received');
    const decided = await ctx.facts('ky-luat.decided');
    const by = (keep: (g: (typeof received)[number]) => boolean) => tally(received.filter(keep), (g) => g.attributes.source ?? undefined);
    const columns = {
      received: by(() => true),
      resolvedOrForwarded: by((g) => g.attributes.outcome === 'RESOLVED' || g.attributes.outcome === 'FORWARDED'),
      movedToInspection: by((g) => g.attributes.outcome === 'MOVED_TO_INSPECTION'),
      grassroots: by((g) => g.attributes.grassroots === 'true'),
    };
    const values = (source?: string) =>
      Object.fromEntries(
        Object.entries(columns).map(([k, m]) => [k, source ? (m.get(source) ?? 0) : [...m.values()].reduce((a, b) => a + b, 0)]),
      );
    const bySource = {
      key: 'by-source',
      title: 'Tiếp nhận và kết quả xử lý thông tin theo nguồn',
      rowHeader: 'Nguồn thông tin',
      columns: [
        count('received', 'Số thông tin tiếp nhận'),
        count('resolvedOrForwarded', 'Đã giải quyết hoặc chuyển cơ quan có thẩm quyền'),
        count('movedToInspection', 'Chuyển kiểm tra khi có dấu hiệu vi phạm'),
        count('grassroots', 'Cấp ủy cơ sở tiếp nhận (kể cả chuyển xuống)'),
      ],
      rows: [...Object.entries(SOURCE_LABELS).map(([k, label]) => row(k, label, values(k))), row('TOTAL', 'Cộng', values(), { total: true })],
      notes: [
        'Thông tin tính theo ngày tiếp nhận trong kỳ; kết quả xử lý tính theo các bước đã ghi nhận đến hết kỳ báo cáo.',
        '"Đã giải quyết hoặc chuyển cơ quan có thẩm quyền" không tính các trường hợp đã kết luận rồi chuyển xem xét kỷ luật.',
        '"Cấp ủy cơ sở tiếp nhận": thông tin do đảng ủy cơ sở, đảng ủy bộ phận, chi bộ tiếp nhận, hoặc được giao, chuyển xuống các cấp ủy đó.',
      ],
    };
    const members = decided.filter((g) => g.attributes.from1374 === 'true' && MEMBERS.includes(g.attributes.subjectKind ?? ''));
    const forms = Object.fromEntries(MEMBER_FORMS.map((f) => [f, DISCIPLINE_FORM_LABELS[f]]));
    const discipline = {
      key: 'discipline',
      title: 'Đảng viên bị kỷ luật qua thông tin phản ánh, theo hình thức',
      rowHeader: 'Hình thức kỷ luật',
      columns: [count('members', 'Số đảng viên')],
      rows: labelledRows(forms, tally(members, (g) => g.attributes.form ?? undefined), 'members'),
      notes: [
        'Tính theo ngày ghi trong quyết định kỷ luật, các vụ việc kỷ luật phát sinh từ thông tin phản ánh (trực tiếp hoặc qua kiểm tra khi có dấu hiệu vi phạm).',
      ],
    };
    const notes = sum(received) === 0 ? ['Không có thông tin phản ánh nào được tiếp nhận trong kỳ.'] : [];
    return { tables: [bySource, discipline], notes };
  },
};
