// Inspections on signs of violation and supervisions (changes-2026.md §6: "677 inspections and supervisions"). The
// supervision plans are procedure `ke-hoach-kiem-tra-giam-sat`: counted when that procedure is registered, else zero.
import { OUTCOME_LABELS } from '@hoso/workflows/kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.procedure';
import { count, row, sum, tally, type ReportDefinition, type ReportRow, type ReportTable } from './report-definition';

export const PLAN_PROCEDURE = 'ke-hoach-kiem-tra-giam-sat';
/** The procedure of a plan's items: its kinds and conclusions are the table's rows and columns even when none is counted. */
export const ITEM_PROCEDURE = 'kiem-tra-giam-sat-chuyen-de';

const ORIGIN_LABELS: Record<string, string> = {
  'quy-dinh-1374': 'Từ thông tin phản ánh (Quy định 1374-QĐ/TU)',
  'to-cao': 'Từ đơn tố cáo',
  DIRECT: 'Cấp ủy, ủy ban kiểm tra chủ động kiểm tra',
};

export const kiemTraGiamSatReport: ReportDefinition = {
  key: 'kiem-tra-giam-sat',
  title: 'Báo cáo công tác kiểm tra, giám sát',
  subject: 'kết quả công tác kiểm tra, giám sát',
  description: 'Kiểm tra khi có dấu hiệu vi phạm theo đối tượng, kết luận và nguồn; kiểm tra, giám sát theo kế hoạch theo loại và kết quả.',
  fileTitle: 'Báo cáo kiểm tra giám sát',
  async build(ctx) {
    const proposed = await ctx.facts('kiem-tra-dau-hieu-vi-pham.proposed');
    const isOrganisation = (g: (typeof proposed)[number]) => g.attributes.subjectKind === 'ORGANISATION';
    const split = (keep: (g: (typeof proposed)[number]) => boolean) => {
      const organisations = sum(proposed, (g) => keep(g) && isOrganisation(g));
      const all = sum(proposed, keep);
      return { organisations, members: all - organisations, TOTAL: all };
    };
    const inspections: ReportTable = {
      key: 'inspections',
      title: 'Kiểm tra khi có dấu hiệu vi phạm',
      rowHeader: 'Nội dung',
      columns: [count('organisations', 'Tổ chức đảng'), count('members', 'Đảng viên'), count('TOTAL', 'Cộng')],
      rows: [
        row('PROPOSED', 'Đề xuất kiểm tra trong kỳ', split(() => true), { total: true }),
        row('OPENED', 'Đã quyết định kiểm tra', split((g) => g.attributes.opened === 'true')),
        row('CONCLUDED', 'Đã kết luận', split((g) => g.attributes.outcome !== null)),
        ...Object.entries(OUTCOME_LABELS).map(([k, label]) => row(k, label, split((g) => g.attributes.outcome === k), { level: 1 })),
      ],
      notes: ['Tính các cuộc kiểm tra đề xuất trong kỳ; quyết định và kết luận tính khi đã ghi nhận đến hết kỳ báo cáo.'],
    };
    const origins = tally(proposed, (g) => (g.attributes.origin && g.attributes.origin in ORIGIN_LABELS ? g.attributes.origin : 'DIRECT'));
    const byOrigin: ReportTable = {
      key: 'inspections-by-origin',
      title: 'Kiểm tra khi có dấu hiệu vi phạm theo nguồn',
      rowHeader: 'Nguồn',
      columns: [count('inspections', 'Số cuộc kiểm tra')],
      rows: [
        ...Object.entries(ORIGIN_LABELS).map(([k, label]) => row(k, label, { inspections: origins.get(k) ?? 0 })),
        row('TOTAL', 'Cộng', { inspections: sum(proposed) }, { total: true }),
      ],
      notes: [],
    };
    return { tables: [inspections, byOrigin, await plans(ctx), ...(await planDetails(ctx))], notes: [] };
  },
};

/** The inspection and supervision plans, and the items they opened by kind (rows) and conclusion (columns). */
async function plans(ctx: Parameters<ReportDefinition['build']>[0]): Promise<ReportTable> {
  const table: ReportTable = { key: 'plans', title: 'Kiểm tra, giám sát theo kế hoạch', rowHeader: 'Nội dung', columns: [], rows: [], notes: [] };
  if (!ctx.hasProcedure(PLAN_PROCEDURE)) {
    table.columns = [count('count', 'Số lượng')];
    table.rows = [
      row('PLANS', 'Kế hoạch kiểm tra, giám sát', { count: 0 }),
      row('CHILDREN', 'Cuộc kiểm tra, giám sát theo kế hoạch', { count: 0 }, { total: true }),
    ];
    table.notes.push(`Hệ thống chưa có quy trình kế hoạch kiểm tra, giám sát (${PLAN_PROCEDURE}): số liệu bằng 0.`);
    return table;
  }
  const planCases = await ctx.facts('ke-hoach-kiem-tra-giam-sat.received');
  const items = await ctx.facts('ke-hoach-kiem-tra-giam-sat.children');
  // Kinds and conclusions under the items' own labels (the item procedure's report), then any other child procedure.
  const kindLabels: Record<string, string> = {};
  const outcomeLabels: Record<string, string> = {};
  const procedures = new Set(items.map((g) => g.attributes.procedureId ?? ''));
  for (const procedureId of [...(ctx.hasProcedure(ITEM_PROCEDURE) ? [ITEM_PROCEDURE] : []), ...[...procedures].filter((p) => p !== ITEM_PROCEDURE).sort()]) {
    const texts = ctx.procedureTexts(procedureId);
    Object.assign(outcomeLabels, texts?.dimensions.outcome ?? {});
    Object.assign(kindLabels, texts?.dimensions.kind ?? {});
    for (const g of items) if (g.attributes.procedureId === procedureId && !g.attributes.kind) kindLabels[procedureId] = texts?.title ?? procedureId;
  }
  for (const g of items) if (g.attributes.kind && !(g.attributes.kind in kindLabels)) kindLabels[g.attributes.kind] = g.attributes.kind;
  for (const g of items) if (g.attributes.outcome && !(g.attributes.outcome in outcomeLabels)) outcomeLabels[g.attributes.outcome] = g.attributes.outcome;
  const kindOf = (g: (typeof items)[number]) => g.attributes.kind ?? g.attributes.procedureId ?? '';
  const values = (keep: (g: (typeof items)[number]) => boolean) => {
    const mine = items.filter(keep);
    return {
      ...Object.fromEntries(Object.keys(outcomeLabels).map((o) => [o, sum(mine, (g) => g.attributes.outcome === o)])),
      PENDING: sum(mine, (g) => g.attributes.outcome === null),
      count: sum(mine),
    };
  };
  table.columns = [...Object.entries(outcomeLabels).map(([k, label]) => count(k, label)), count('PENDING', 'Chưa kết luận'), count('count', 'Cộng')];
  table.rows = [
    row('PLANS', 'Kế hoạch kiểm tra, giám sát', { ...Object.fromEntries(Object.keys(outcomeLabels).map((o) => [o, null])), PENDING: null, count: sum(planCases) }),
    ...Object.entries(kindLabels).map(([k, label]) => row(k, label, values((g) => kindOf(g) === k))),
    row('CHILDREN', 'Cuộc kiểm tra, giám sát theo kế hoạch', values(() => true), { total: true }),
  ];
  table.notes.push('Kế hoạch tính theo ngày tiếp nhận trong kỳ; cuộc kiểm tra, giám sát tính theo ngày mở, kết luận tính khi có đến hết kỳ báo cáo.');
  return table;
}

const SUBJECT_LABELS: Record<string, string> = { MEMBER: 'Đảng viên', ORGANISATION: 'Tổ chức đảng' };

/**
 * With the plan procedure registered: the plans' items by kind and subject (member or organisation), and the plans
 * adopted in the period by the year they plan for.
 */
async function planDetails(ctx: Parameters<ReportDefinition['build']>[0]): Promise<ReportTable[]> {
  if (!ctx.hasProcedure(PLAN_PROCEDURE)) return [];
  const items = await ctx.facts('ke-hoach-kiem-tra-giam-sat.children');
  const subjectLabels = { ...SUBJECT_LABELS, ...(ctx.procedureTexts(ITEM_PROCEDURE)?.dimensions.subject ?? {}) };
  const kindLabels = { ...(ctx.procedureTexts(ITEM_PROCEDURE)?.dimensions.kind ?? {}) };
  for (const g of items) {
    const k = g.attributes.kind ?? g.attributes.procedureId ?? '';
    if (!(k in kindLabels)) kindLabels[k] = ctx.procedureTexts(k)?.title ?? k;
  }
  const values = (keep: (g: (typeof items)[number]) => boolean) => {
    const mine = items.filter(keep);
    const known = Object.fromEntries(Object.keys(subjectLabels).map((s) => [s, sum(mine, (g) => g.attributes.subject === s)]));
    return { ...known, TOTAL: sum(mine) };
  };
  const bySubject: ReportTable = {
    key: 'plan-items-by-subject',
    title: 'Kiểm tra, giám sát theo kế hoạch theo đối tượng',
    rowHeader: 'Loại kiểm tra, giám sát',
    columns: [...Object.entries(subjectLabels).map(([k, label]) => count(k, label)), count('TOTAL', 'Cộng')],
    rows: [
      ...Object.entries(kindLabels).map(([k, label]) => row(k, label, values((g) => (g.attributes.kind ?? g.attributes.procedureId) === k))),
      row('TOTAL', 'Cộng', values(() => true), { total: true }),
    ],
    notes: ['Tính các cuộc kiểm tra, giám sát theo kế hoạch mở trong kỳ.'],
  };
  const adopted = await ctx.facts('ke-hoach-kiem-tra-giam-sat.adopted');
  const byYear = tally(adopted, (g) => g.attributes.year ?? '');
  const years = [...byYear.keys()].sort();
  const adoptedTable: ReportTable = {
    key: 'plans-adopted',
    title: 'Kế hoạch kiểm tra, giám sát được thông qua',
    rowHeader: 'Kế hoạch năm',
    columns: [count('plans', 'Số kế hoạch')],
    rows: [
      ...years.map((y) => row(y || 'UNKNOWN', y ? `Kế hoạch năm ${y}` : 'Chưa ghi năm', { plans: byYear.get(y) ?? 0 })),
      row('TOTAL', 'Cộng', { plans: sum(adopted) }, { total: true }),
    ],
    notes: ['Kế hoạch tính theo ngày họp thông qua trong kỳ báo cáo.'],
  };
  return [bySubject, adoptedTable];
}
