import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportCategory } from '@hoso/workflows';
import { SOURCE_LABELS } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { SOURCES } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { notExcludedSql } from './case-access.service';
import { OrgChangeGatewayRegistry } from './org-change.gateway';
import { ProcedureRegistryService } from './procedure-registry.service';
import { ROLLUP_BOUNDS, ROLLUP_GROUPS, type RollupBounds } from './statistics-rollup';
import { STATISTICS_FACTS, type FactAttributes, type StatisticsFact, type StatisticsFactName } from './statistics-facts';
import type { VietnamPeriod } from './vietnam-period';

// The categories committees publish for 1374 (§4.1 [S5]).
export const CATEGORY_LABELS: Record<ReportCategory, string> = {
  RESOLVED: 'Đã giải quyết',
  IN_PROGRESS: 'Đang giải quyết',
  NOT_YET_HANDLED: 'Chưa giải quyết',
  NO_BASIS: 'Không giải quyết do không có cơ sở',
  FORWARDED: 'Chuyển cơ quan có thẩm quyền',
  MOVED_TO_INSPECTION: 'Chuyển kiểm tra khi có dấu hiệu vi phạm',
  AWAITING_UNIT_REPORT: 'Chưa nhận được báo cáo từ đơn vị',
};

/** The period as answered: the civil dates asked for and the instants that bound them. */
const periodOut = (p: VietnamPeriod) => ({ from: p.from, to: p.to, startsAt: p.startsAt.toISOString(), endsBefore: p.endsBefore.toISOString() });

/**
 * Under which unit a case counts across organisation changes: AS_THEY_WERE the unit that held it at the end of the
 * period (before any later transfer), CURRENT_UNITS the unit that holds it (or its records) today.
 */
export const STATISTICS_VIEWS = ['AS_THEY_WERE', 'CURRENT_UNITS'] as const;
export type StatisticsView = (typeof STATISTICS_VIEWS)[number];

/** Cases of one unit (of the view), one procedure and one outcome. */
interface CountGroup {
  unitId: string;
  category: string;
  tags: Record<string, string>;
  n: number;
}

/** `:name` placeholders to `$n`, numbered in order of first use, so a statement sends only the values it reads. */
function named(text: string, values: Record<string, unknown>): { sql: string; params: unknown[] } {
  const order: string[] = [];
  const sql = text.replace(/:([a-zA-Z]+)\b/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { sql, params: order.map((n) => values[n]) };
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  path: string;
}

@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly registry: ProcedureRegistryService,
    private readonly orgChanges: OrgChangeGatewayRegistry,
  ) {}

  /**
   * The cases of a procedure received in the period, grouped by the view's unit, category and tags; cases the caller
   * is excluded from are not counted. A case is in the caller's scope when the unit that held it at the end of the
   * period or the unit that holds it today (rolled up to the successor of a unit that ended) is one the caller sees,
   * so both views count the same cases; `unitId` (which must be seen) narrows to the view's units in its subtree.
   */
  private async groups(user: AuthUser, procedureId: string, period: VietnamPeriod, view: StatisticsView, unitId?: string) {
    const visible = new Set(await this.users.visibleUnitIds(user));
    if (unitId && !visible.has(unitId)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
    // Whole months from the rollup, the edges' cases one by one, then exactly: cases moved since the period's end
    // under the unit that held them when it ended (the earliest transfer at or after it names it), and the caller's
    // excluded cases taken away. One statement: one snapshot of the rollup and the cases.
    const [bounds]: RollupBounds[] = await this.dataSource.query(ROLLUP_BOUNDS, [period.startsAt, period.endsBefore]);
    const rows: { held: string; current: string; current_ended: boolean; category: string; tags: Record<string, string>; n: number }[] =
      await this.dataSource.query(ROLLUP_GROUPS, [
        procedureId, period.startsAt, period.endsBefore, user.id, [...visible],
        bounds.firstMonth, bounds.endMonth, bounds.monthsFrom, bounds.monthsBefore,
      ]);
    const { scoped, units } = await this.inScope(rows, visible, view, unitId);
    const groups: CountGroup[] = scoped.map(({ unitId: u, row: r }) => ({ unitId: u, category: r.category, tags: r.tags, n: r.n }));
    return { groups, units };
  }

  /**
   * Rows keyed by the unit that held a case at the end of the period (`held`) and the unit that holds it today
   * (`current`, `current_ended` when it has ended), kept when either (today's rolled up to its successor) is seen;
   * each under the view's unit, narrowed to `unitId`'s subtree.
   */
  private async inScope<R extends { held: string; current: string; current_ended: boolean }>(
    rows: R[], visible: Set<string>, view: StatisticsView, unitId?: string,
  ): Promise<{ scoped: { unitId: string; row: R }[]; units: Map<string, UnitRow> }> {
    // Only a unit that ended has a successor to roll up to; without one no gateway is asked.
    const ended = [...new Set(rows.filter((r) => r.current_ended).map((r) => r.current))];
    const rollup = ended.length > 0 ? await this.orgChanges.get().rollupMap(this.dataSource.manager, ended) : new Map<string, string>();
    const today = (unit: string) => rollup.get(unit) ?? unit;
    const inScope = rows.filter((r) => visible.has(r.held) || visible.has(today(r.current)));
    const byUnit = (r: R) => (view === 'AS_THEY_WERE' ? r.held : today(r.current));
    const units = await this.unitRows([...new Set(inScope.map(byUnit)), ...(unitId ? [unitId] : [])]);
    const under = unitId ? units.get(unitId)!.path : undefined;
    const scoped = inScope.map((row) => ({ unitId: byUnit(row), row })).filter((g) => !under || (units.get(g.unitId)?.path ?? '').startsWith(under));
    return { scoped, units };
  }

  /**
   * One of the facts periodic reports count (statistics-facts.ts) in a period: the number of cases by the view's unit
   * and the fact's attributes, in the caller's scope (as the statistics above: a case counts when the unit that held it
   * at the end of the period or today's unit is seen), narrowed to `unitId`'s subtree; excluded cases are not counted
   * (a fact marked `countsRestricted` counts restricted cases for every caller whose scope covers their unit).
   */
  async facts<F extends StatisticsFactName>(user: AuthUser, name: F, period: VietnamPeriod, view: StatisticsView = 'AS_THEY_WERE', unitId?: string) {
    const visible = new Set(await this.users.visibleUnitIds(user));
    if (unitId && !visible.has(unitId)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
    const fact: StatisticsFact = STATISTICS_FACTS[name];
    const names = Object.keys(fact.attributes);
    const select = names.map((k) => `${fact.attributes[k]} AS "${k}", `).join('');
    const { sql, params } = named(
      `SELECT COALESCE(h.from_unit_id, c.org_unit_id) AS held, c.org_unit_id AS current, ou.valid_to IS NOT NULL AS current_ended, ${select}count(*)::int AS n
         FROM "case" c
         JOIN org_unit ou ON ou.id = c.org_unit_id
         LEFT JOIN (SELECT DISTINCT ON (t.case_id) t.case_id, t.from_unit_id FROM case_unit_transfer t
                     WHERE t.field = 'ORG_UNIT' AND t.at >= :endsBefore ORDER BY t.case_id, t.at, t.id) h ON h.case_id = c.id
         JOIN org_unit hl ON hl.id = COALESCE(h.from_unit_id, c.org_unit_id)
        WHERE ${fact.where} AND ${fact.countsRestricted ? `(c.restricted OR ${notExcludedSql('c.id', ':user')})` : notExcludedSql('c.id', ':user')}
          AND (COALESCE(h.from_unit_id, c.org_unit_id) = ANY(:units::uuid[]) OR c.org_unit_id = ANY(:units::uuid[]) OR ou.valid_to IS NOT NULL)
        GROUP BY ${[1, 2, 3, ...names.map((_, i) => i + 4)].join(', ')}`,
      { startsAt: period.startsAt, endsBefore: period.endsBefore, fromDate: period.from, toDate: period.to, user: user.id, units: [...visible] },
    );
    const rows: ({ held: string; current: string; current_ended: boolean; n: number } & Record<string, string | boolean | null>)[] =
      await this.dataSource.query(sql, params);
    const { scoped, units } = await this.inScope(rows, visible, view, unitId);
    const groups = scoped.map(({ unitId: u, row }) => ({
      unitId: u,
      n: row.n,
      attributes: Object.fromEntries(names.map((k) => [k, row[k] === null || row[k] === undefined ? null : String(row[k])])) as Record<FactAttributes<F>, string | null>,
    }));
    return { groups, units };
  }

  private async unitRows(ids: string[]): Promise<Map<string, UnitRow>> {
    const rows: UnitRow[] = ids.length ? await this.dataSource.query(`SELECT id, code, name, path FROM org_unit WHERE id = ANY($1::uuid[])`, [ids]) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Totals by the view's unit, sorted by unit code. */
  private byUnit(groups: CountGroup[], units: Map<string, UnitRow>) {
    const totals = new Map<string, number>();
    for (const g of groups) totals.set(g.unitId, (totals.get(g.unitId) ?? 0) + g.n);
    return [...totals]
      .map(([unitId, total]) => ({ unitId, code: units.get(unitId)?.code ?? '', name: units.get(unitId)?.name ?? '', total }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }

  /**
   * Any procedure with a report spec: cases received in [from, to) (Vietnamese civil days) by units in scope (or one
   * unit's subtree), by category, by each tag dimension and by unit of the view, zeros included; cases the caller is
   * excluded from are not counted.
   */
  async byProcedure(user: AuthUser, procedureId: string, period: VietnamPeriod, unitId?: string, view: StatisticsView = 'AS_THEY_WERE') {
    const def = this.registry.latestOrThrow(procedureId);
    if (!def.report) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId, reason: 'no statistics' });
    const { groups, units } = await this.groups(user, procedureId, period, view, unitId);
    const zeros = (labels: Readonly<Record<string, string>>) => Object.fromEntries(Object.keys(labels).map((k) => [k, 0])) as Record<string, number>;
    const byCategory = zeros(def.report.categories);
    let total = 0;
    for (const g of groups) {
      byCategory[g.category ?? ''] = (byCategory[g.category ?? ''] ?? 0) + g.n;
      total += g.n;
    }
    const dimensions: Record<string, { label: string; counts: Record<string, number>; labels: Readonly<Record<string, string>> }> = {};
    for (const [key, dim] of Object.entries(def.report.dimensions)) {
      const counts = zeros(dim.values);
      for (const g of groups) if (g.tags && key in g.tags) counts[g.tags[key] ?? ''] = (counts[g.tags[key] ?? ''] ?? 0) + g.n;
      dimensions[key] = { label: dim.label, counts, labels: dim.values };
    }
    return {
      procedureId,
      procedureTitle: def.title,
      period: periodOut(period),
      unitId: unitId ?? null,
      view,
      total,
      byCategory,
      categoryLabels: def.report.categories,
      dimensions,
      byUnit: this.byUnit(groups, units),
    };
  }

  /**
   * Cases received in [from, to) (Vietnamese civil days) by units in scope (optionally one unit's subtree), by source,
   * by category and by unit of the view; a case the caller is excluded from (subject, conflict) is not counted for
   * them, so a count cannot point at it.
   */
  async quyDinh1374(user: AuthUser, period: VietnamPeriod, unitId?: string, view: StatisticsView = 'AS_THEY_WERE') {
    const { groups, units } = await this.groups(user, 'quy-dinh-1374', period, view, unitId);
    const bySource = Object.fromEntries(SOURCES.map((s) => [s, 0])) as Record<string, number>;
    const byCategory = Object.fromEntries(Object.keys(CATEGORY_LABELS).map((c) => [c, 0])) as Record<ReportCategory, number>;
    let total = 0;
    for (const g of groups) {
      const source = g.tags?.source;
      if (source !== undefined) bySource[source] = (bySource[source] ?? 0) + g.n;
      byCategory[g.category as ReportCategory] += g.n;
      total += g.n;
    }
    return {
      procedureId: 'quy-dinh-1374',
      period: periodOut(period),
      unitId: unitId ?? null,
      view,
      received: { total, bySource },
      byCategory,
      labels: { sources: SOURCE_LABELS, categories: CATEGORY_LABELS },
      byUnit: this.byUnit(groups, units),
    };
  }
}
