// Committee fillings (bo-sung-cap-uy): designations and elections of committee members by post, and the proposals the
// upper committee refused or that were withdrawn, counted on the date each ended (statistics-facts.ts).
import { OUTCOME_LABELS, POST_LABELS } from '@hoso/workflows/bo-sung-cap-uy/bo-sung-cap-uy.texts';
import { count, labelledRows, row, sum, tally, type ReportDefinition } from './report-definition';

export const boSungCapUyReport: ReportDefinition = {
  key: 'bo-sung-cap-uy',
  title: 'Báo cáo bổ sung cấp ủy',
  subject: 'kết quả bổ sung cấp ủy',
  description: 'Chỉ định, bầu bổ sung cấp ủy viên, ủy viên ban thường vụ, phó bí thư, bí thư theo chức danh và kết quả (kể cả cấp trên không đồng ý, dừng đề nghị).',
  fileTitle: 'Báo cáo bổ sung cấp ủy',
  async build(ctx) {
    const completed = await ctx.facts('bo-sung-cap-uy.completed');
    const outcomes = Object.keys(OUTCOME_LABELS);
    const people = (post: keyof typeof POST_LABELS, outcome?: string) =>
      completed.reduce((s, g) => (outcome === undefined || g.attributes.outcome === outcome ? s + g.n * Number(g.attributes[post] ?? 0) : s), 0);
    const values = (posts: readonly (keyof typeof POST_LABELS)[]) => {
      const v = Object.fromEntries(outcomes.map((o) => [o, posts.reduce((s, p) => s + people(p, o), 0)]));
      return { ...v, TOTAL: outcomes.reduce((s, o) => s + v[o], 0) };
    };
    const posts = Object.keys(POST_LABELS) as (keyof typeof POST_LABELS)[];
    const byPost = {
      key: 'by-post',
      title: 'Bổ sung cấp ủy theo chức danh',
      rowHeader: 'Chức danh',
      columns: [...outcomes.map((o) => count(o, OUTCOME_LABELS[o])), count('TOTAL', 'Cộng')],
      rows: [...posts.map((p) => row(p, POST_LABELS[p], values([p]))), row('TOTAL', 'Cộng', values(posts), { total: true })],
      notes: [
        'Số người: đã chỉ định, đã bầu bổ sung tính theo người nhận nhiệm vụ; cấp trên không đồng ý, dừng đề nghị tính theo số lượng đề nghị bổ sung.',
        'Tính theo ngày kết thúc: ngày người được bổ sung nhận nhiệm vụ, ngày cấp trên quyết định không đồng ý, ngày dừng đề nghị.',
      ],
    };
    const proposals = {
      key: 'by-outcome',
      title: 'Đề nghị bổ sung cấp ủy đã kết thúc',
      rowHeader: 'Kết quả',
      columns: [count('proposals', 'Số đề nghị')],
      rows: labelledRows(OUTCOME_LABELS, tally(completed, (g) => g.attributes.outcome ?? undefined), 'proposals'),
      notes: [],
    };
    return { tables: [byPost, proposals], notes: sum(completed) === 0 ? ['Không có đề nghị bổ sung cấp ủy kết thúc trong kỳ.'] : [] };
  },
};
