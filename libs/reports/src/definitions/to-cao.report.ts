// Denunciations by admissibility (accepted; not accepted and why; kept as information; transferred) and by outcome.
import { ADMISSIBILITY_REASONS } from '@hoso/workflows/to-cao/to-cao.events';
import { OUTCOME_LABELS } from '@hoso/workflows/to-cao/to-cao.procedure';
import { count, labelledRows, row, sum, tally, type ReportDefinition } from './report-definition';

export const toCaoReport: ReportDefinition = {
  key: 'to-cao',
  title: 'Báo cáo tiếp nhận, giải quyết tố cáo đối với tổ chức đảng, đảng viên',
  subject: 'kết quả tiếp nhận, giải quyết tố cáo đối với tổ chức đảng, đảng viên',
  description: 'Đơn tố cáo tiếp nhận theo điều kiện thụ lý (thụ lý; không thụ lý và lý do; giữ làm thông tin; chuyển) và theo kết quả giải quyết.',
  fileTitle: 'Báo cáo giải quyết tố cáo',
  async build(ctx) {
    const received = await ctx.facts('to-cao.received');
    const of = (admissibility: string | null) => sum(received, (g) => g.attributes.admissibility === admissibility);
    const refused = received.filter((g) => g.attributes.admissibility === 'NOT_ACCEPTED' || g.attributes.admissibility === 'USED_AS_INFORMATION');
    const reasons = tally(refused, (g) => g.attributes.reason ?? undefined);
    const c = (n: number) => ({ letters: n });
    const admissibility = {
      key: 'admissibility',
      title: 'Tiếp nhận đơn tố cáo và điều kiện thụ lý',
      rowHeader: 'Nội dung',
      columns: [count('letters', 'Số đơn')],
      rows: [
        row('RECEIVED', 'Tổng số đơn tố cáo tiếp nhận', c(sum(received)), { total: true }),
        row('ACCEPTED', 'Đủ điều kiện, đã thụ lý giải quyết', c(of('ACCEPTED'))),
        row('NOT_ACCEPTED', 'Không đủ điều kiện thụ lý', c(sum(refused))),
        ...Object.entries(ADMISSIBILITY_REASONS).map(([k, r]) => row(k, r.label, c(reasons.get(k) ?? 0), { level: 1 })),
        row('USED_AS_INFORMATION', 'Trong đó: giữ làm thông tin phục vụ công tác kiểm tra', c(of('USED_AS_INFORMATION')), { level: 1 }),
        row('TRANSFERRED', 'Chuyển cơ quan, tổ chức có thẩm quyền', c(of('TRANSFERRED'))),
        row('PENDING', 'Chưa xem xét xong điều kiện thụ lý', c(of(null))),
      ],
      notes: ['Đơn tính theo ngày tổ chức đảng có thẩm quyền nhận đơn trong kỳ; điều kiện thụ lý theo các bước đã ghi nhận đến hết kỳ.'],
    };
    const accepted = received.filter((g) => g.attributes.admissibility === 'ACCEPTED');
    const outcomes = tally(accepted, (g) => g.attributes.outcome ?? (g.attributes.withdrawn === 'true' ? 'WITHDRAWN' : 'IN_PROGRESS'));
    const outcome = {
      key: 'outcome',
      title: 'Kết quả giải quyết đơn tố cáo đã thụ lý',
      rowHeader: 'Kết quả',
      columns: [count('letters', 'Số đơn')],
      rows: labelledRows({ ...OUTCOME_LABELS, WITHDRAWN: 'Người tố cáo rút tố cáo', IN_PROGRESS: 'Đang giải quyết' }, outcomes, 'letters'),
      notes: ['Kết luận tính khi đã được ghi nhận đến hết kỳ báo cáo.'],
    };
    return { tables: [admissibility, outcome], notes: [] };
  },
};
