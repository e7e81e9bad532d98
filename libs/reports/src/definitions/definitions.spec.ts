// The report definitions over hand-written facts (the statistics' SQL is exercised by test/e2e/reports.e2e.spec.ts).
import type { StatisticsFactName } from '@hoso/cases/services/statistics-facts';
import { reportPeriod } from '../services/report-period';
import { ketNapReport } from './ket-nap.report';
import { kiemTraGiamSatReport } from './kiem-tra-giam-sat.report';
import { quyDinh1374Report } from './quy-dinh-1374.report';
import type { FactGroup, ReportContext, ReportDefinition, ReportUnit, TargetInForce } from './report-definition';
import { REPORTS } from './catalogue';
import { boSungCapUyReport } from './bo-sung-cap-uy.report';
import { thamTraTieuChuanChinhTriReport } from './tham-tra-tieu-chuan-chinh-tri.report';
import { VIETNAMESE } from '@hoso/workflows/shared/vietnamese';

const CITY: ReportUnit = { id: 'city', code: 'TU', name: 'Thành ủy', path: '/city/' };
const WARD: ReportUnit = { id: 'ward', code: 'DU-A', name: 'Đảng ủy phường A', path: '/city/ward/' };
const PATHS: Record<string, string> = { city: '/city/', ward: '/city/ward/', cell: '/city/ward/cell/' };

function context(facts: Partial<Record<StatisticsFactName, FactGroup<never>[]>>, over: Partial<ReportContext> = {}): ReportContext {
  return {
    period: reportPeriod({ period: '2026' }),
    unit: CITY,
    facts: async (name) => (facts[name] ?? []) as never,
    pathOf: (id) => PATHS[id],
    children: async () => [WARD],
    targets: async () => new Map<string, TargetInForce>(),
    hasProcedure: () => false,
    procedureTexts: () => undefined,
    ...over,
  };
}
const g = (unitId: string, n: number, attributes: Record<string, string | null>) => ({ unitId, n, attributes }) as FactGroup<never>;
const table = async (def: ReportDefinition, ctx: ReportContext, key: string) => {
  const t = (await def.build(ctx)).tables.find((x) => x.key === key)!;
  return Object.fromEntries(t.rows.map((r) => [r.key, r.values]));
};

describe('report definitions', () => {
  it('have Vietnamese titles and unique keys', () => {
    expect(new Set(REPORTS.map((r) => r.key)).size).toBe(REPORTS.length);
    for (const r of REPORTS) for (const s of [r.title, r.subject, r.description, r.fileTitle]) expect(s).toMatch(VIETNAMESE);
  });

  it('1374: a conclusion referred to discipline is not "resolved"; an organisation disciplined is not a member', async () => {
    const ctx = context({
      'quy-dinh-1374.received': [
        g('city', 3, { source: 'PRESS', outcome: 'RESOLVED', grassroots: 'false' }),
        g('city', 2, { source: 'PRESS', outcome: 'DISCIPLINE_REFERRED', grassroots: 'false' }),
        g('ward', 4, { source: 'VOTER', outcome: 'FORWARDED', grassroots: 'true' }),
        g('ward', 1, { source: 'VOTER', outcome: null, grassroots: 'true' }),
      ],
      'ky-luat.decided': [
        g('city', 1, { form: 'KHAI_TRU', subjectKind: 'FULL_MEMBER', bodyLevel: 'PROVINCIAL', from1374: 'true' }),
        g('city', 1, { form: 'CANH_CAO', subjectKind: 'ORGANISATION', bodyLevel: 'PROVINCIAL', from1374: 'true' }),
        g('city', 1, { form: 'KHIEN_TRACH', subjectKind: 'PROBATIONARY_MEMBER', bodyLevel: 'CELL', from1374: 'false' }),
      ],
    });
    expect((await table(quyDinh1374Report, ctx, 'by-source')).TOTAL).toEqual({ received: 10, resolvedOrForwarded: 7, movedToInspection: 0, grassroots: 5 });
    expect(await table(quyDinh1374Report, ctx, 'discipline')).toEqual({
      KHIEN_TRACH: { members: 0 }, CANH_CAO: { members: 0 }, CACH_CHUC: { members: 0 }, KHAI_TRU: { members: 1 }, TOTAL: { members: 1 },
    });
  });

  it('admission: rows add up (the unit’s own admissions on a row of their own) and percentages use each unit’s target', async () => {
    const targets = new Map([['city', { unitId: 'city', value: 400, version: 1, basis: 'Nghị quyết', setBy: 'Văn phòng', setAt: '' }]]);
    const ctx = context(
      { 'ket-nap-dang-vien.decided': [g('cell', 300, { admitted: 'true' }), g('city', 106, { admitted: 'true' }), g('ward', 2, { admitted: 'false' })] },
      { targets: async () => targets },
    );
    expect(await table(ketNapReport, ctx, 'admissions')).toEqual({
      ward: { target: null, admitted: 300, percent: null, notAdmitted: 2 },
      OWN: { target: null, admitted: 106, percent: null, notAdmitted: 0 },
      TOTAL: { target: 400, admitted: 406, percent: 101.5, notAdmitted: 2 },
    });
  });

  it('admission over two years compares with no yearly target, and says so', async () => {
    const asked: number[] = [];
    const ctx = context({}, { period: reportPeriod({ from: '2026-07-01', to: '2027-07-01' }), targets: async (_i, y) => (asked.push(y), new Map()) });
    const built = await ketNapReport.build(ctx);
    expect(asked).toEqual([]);
    expect(built.tables[0].notes.join(' ')).toContain('nhiều năm');
  });

  it('plans: zero, with a note, until the plan procedure is registered; then items by kind and conclusion', async () => {
    expect(await table(kiemTraGiamSatReport, context({}), 'plans')).toEqual({ PLANS: { count: 0 }, CHILDREN: { count: 0 } });
    const ctx = context(
      {
        'ke-hoach-kiem-tra-giam-sat.received': [g('city', 2, {})],
        'ke-hoach-kiem-tra-giam-sat.children': [
          g('city', 3, { procedureId: 'giam-sat', kind: 'THEMATIC', outcome: 'NO_VIOLATION' }),
          g('ward', 1, { procedureId: 'giam-sat', kind: 'THEMATIC', outcome: null }),
          g('ward', 2, { procedureId: 'giam-sat', kind: 'INSPECTION', outcome: 'VIOLATION' }),
        ],
      },
      {
        hasProcedure: () => true,
        procedureTexts: () => ({
          title: 'Kiểm tra, giám sát', categories: {},
          dimensions: { kind: { INSPECTION: 'Kiểm tra', THEMATIC: 'Giám sát chuyên đề' }, outcome: { NO_VIOLATION: 'Không vi phạm', VIOLATION: 'Có vi phạm' } },
        }),
      },
    );
    expect(await table(kiemTraGiamSatReport, ctx, 'plans')).toEqual({
      PLANS: { NO_VIOLATION: null, VIOLATION: null, PENDING: null, count: 2 },
      INSPECTION: { NO_VIOLATION: 0, VIOLATION: 2, PENDING: 0, count: 2 },
      THEMATIC: { NO_VIOLATION: 3, VIOLATION: 0, PENDING: 1, count: 4 },
      CHILDREN: { NO_VIOLATION: 3, VIOLATION: 2, PENDING: 1, count: 6 },
    });
  });

  it('plans: items by subject and plans adopted by year once the plan procedure is registered; none before', async () => {
    expect((await kiemTraGiamSatReport.build(context({}))).tables.map((t) => t.key)).toEqual(['inspections', 'inspections-by-origin', 'plans']);
    const ctx = context(
      {
        'ke-hoach-kiem-tra-giam-sat.children': [
          g('city', 2, { procedureId: 'kiem-tra-giam-sat-chuyen-de', kind: 'INSPECTION', subject: 'MEMBER', outcome: null }),
          g('ward', 1, { procedureId: 'kiem-tra-giam-sat-chuyen-de', kind: 'INSPECTION', subject: 'ORGANISATION', outcome: null }),
          g('ward', 4, { procedureId: 'kiem-tra-giam-sat-chuyen-de', kind: 'THEMATIC_SUPERVISION', subject: 'ORGANISATION', outcome: null }),
        ],
        'ke-hoach-kiem-tra-giam-sat.adopted': [g('city', 1, { year: '2026' }), g('ward', 3, { year: '2026' }), g('ward', 1, { year: '2027' })],
      },
      {
        hasProcedure: () => true,
        procedureTexts: () => ({
          title: 'Kiểm tra, giám sát', categories: {},
          dimensions: { kind: { INSPECTION: 'Kiểm tra', REGULAR_SUPERVISION: 'Giám sát thường xuyên', THEMATIC_SUPERVISION: 'Giám sát chuyên đề' }, subject: { MEMBER: 'Đảng viên', ORGANISATION: 'Tổ chức đảng' } },
        }),
      },
    );
    expect(await table(kiemTraGiamSatReport, ctx, 'plan-items-by-subject')).toEqual({
      INSPECTION: { MEMBER: 2, ORGANISATION: 1, TOTAL: 3 },
      REGULAR_SUPERVISION: { MEMBER: 0, ORGANISATION: 0, TOTAL: 0 },
      THEMATIC_SUPERVISION: { MEMBER: 0, ORGANISATION: 4, TOTAL: 4 },
      TOTAL: { MEMBER: 2, ORGANISATION: 5, TOTAL: 7 },
    });
    expect(await table(kiemTraGiamSatReport, ctx, 'plans-adopted')).toEqual({ '2026': { plans: 4 }, '2027': { plans: 1 }, TOTAL: { plans: 5 } });
  });

  it('political standard: conclusions by purpose and outcome, zeros included; the note says the files are not shown', async () => {
    const ctx = context({
      'tham-tra-tieu-chuan-chinh-tri.concluded': [
        g('city', 5, { purpose: 'CADRE_PLANNING', outcome: 'MEETS' }),
        g('ward', 1, { purpose: 'CADRE_PLANNING', outcome: 'DOES_NOT_MEET' }),
        g('ward', 2, { purpose: 'ADMISSION', outcome: 'NEEDS_HIGHER_OPINION' }),
      ],
    });
    expect(await table(thamTraTieuChuanChinhTriReport, ctx, 'conclusions')).toEqual({
      ADMISSION: { MEETS: 0, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 2, TOTAL: 2 },
      CADRE_PLANNING: { MEETS: 5, DOES_NOT_MEET: 1, NEEDS_HIGHER_OPINION: 0, TOTAL: 6 },
      APPOINTMENT: { MEETS: 0, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 0, TOTAL: 0 },
      NOMINATION: { MEETS: 0, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 0, TOTAL: 0 },
      TOTAL: { MEETS: 5, DOES_NOT_MEET: 1, NEEDS_HIGHER_OPINION: 2, TOTAL: 8 },
    });
    expect((await thamTraTieuChuanChinhTriReport.build(ctx)).notes.join(' ')).toContain('hồ sơ mật');
  });

  it('committee filling: people by post and outcome (seats proposed when refused or withdrawn), proposals by outcome', async () => {
    const posts = (c: number, s = 0) => ({ COMMITTEE_MEMBER: String(c), STANDING_MEMBER: String(s), DEPUTY_SECRETARY: '0', SECRETARY: '0' });
    const ctx = context({
      'bo-sung-cap-uy.completed': [
        g('city', 2, { outcome: 'DESIGNATED', method: 'DESIGNATION', ...posts(2, 1) }),
        g('ward', 1, { outcome: 'ELECTED', method: 'ELECTION', ...posts(1) }),
        g('ward', 1, { outcome: 'NOT_AGREED', method: null, ...posts(3) }),
      ],
    });
    expect(await table(boSungCapUyReport, ctx, 'by-post')).toEqual({
      COMMITTEE_MEMBER: { DESIGNATED: 4, ELECTED: 1, NOT_AGREED: 3, WITHDRAWN: 0, TOTAL: 8 },
      STANDING_MEMBER: { DESIGNATED: 2, ELECTED: 0, NOT_AGREED: 0, WITHDRAWN: 0, TOTAL: 2 },
      DEPUTY_SECRETARY: { DESIGNATED: 0, ELECTED: 0, NOT_AGREED: 0, WITHDRAWN: 0, TOTAL: 0 },
      SECRETARY: { DESIGNATED: 0, ELECTED: 0, NOT_AGREED: 0, WITHDRAWN: 0, TOTAL: 0 },
      TOTAL: { DESIGNATED: 6, ELECTED: 1, NOT_AGREED: 3, WITHDRAWN: 0, TOTAL: 10 },
    });
    expect(await table(boSungCapUyReport, ctx, 'by-outcome')).toEqual({
      DESIGNATED: { proposals: 2 }, ELECTED: { proposals: 1 }, NOT_AGREED: { proposals: 1 }, WITHDRAWN: { proposals: 0 }, TOTAL: { proposals: 4 },
    });
  });
});
