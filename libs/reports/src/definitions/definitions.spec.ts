// The report definitions over hand-written facts (the statistics' SQL is exercised by test/e2e/reports.e2e.spec.ts).
import type { StatisticsFactName } from '@hoso/cases/services/statistics-facts';
import { reportPeriod } from '../services/report-period';
import { ketNapReport } from './ket-nap.report';
import { kiemTraGiamSatReport } from './kiem-tra-giam-sat.report';
import { quyDinh1374Report } from './quy-dinh-1374.report';
import type { FactGroup, ReportContext, ReportDefinition, ReportUnit, TargetInForce } from './report-definition';
import { REPORTS } from './catalogue';
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
});
