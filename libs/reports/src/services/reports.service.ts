import { Injectable } from '@nestjs/common';
import { inScope, type AuthUser } from '@hoso/access/auth-user';
import type { StatisticsFactName } from '@hoso/cases/services/statistics-facts';
import { StatisticsService, type StatisticsView } from '@hoso/cases/services/statistics.service';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { REPORTS } from '../definitions/catalogue';
import type { FactGroup, ReportContext, ReportDefinition, ReportTable } from '../definitions/report-definition';
import { ReportUnitsRepository, type UnitRecord } from '../repositories/report-units.repository';
import { reportPeriod, type ReportPeriod } from './report-period';
import { ReportTargetsService } from './report-targets.service';

/** A report as generated: its titles, the unit and period it covers, how units were counted, and its tables. */
export interface GeneratedReport {
  key: string;
  title: string;
  subject: string;
  fileTitle: string;
  unit: { id: string; code: string; name: string; level: string; parentName: string | null };
  period: { code: string | null; label: string; from: string; to: string; lastDay: string; startsAt: string; endsBefore: string };
  view: StatisticsView;
  generatedAt: string;
  tables: ReportTable[];
  notes: string[];
}

export interface ReportRequest {
  unitId?: string;
  period?: string;
  from?: string;
  to?: string;
  view?: StatisticsView;
}

/** The periodic reports (issue 17 §3): definitions over the statistics' facts, for a unit's subtree and a period. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly registry: ProcedureRegistryService,
    private readonly units: ReportUnitsRepository,
    private readonly targets: ReportTargetsService,
  ) {}

  list() {
    return REPORTS.map((r) => ({ key: r.key, title: r.title, description: r.description }));
  }

  definition(key: string): ReportDefinition {
    const def = REPORTS.find((r) => r.key === key);
    if (!def) throw new DomainError(ErrorCode.NOT_FOUND, { report: key.slice(0, 64), reports: REPORTS.map((r) => r.key) }, 'Không có báo cáo này.');
    return def;
  }

  /**
   * The report for `unitId` (default: the highest unit the caller holds a role on) and the period: 404 for an unknown
   * report or unit, 403 for a unit outside the caller's scope, 400 for a period that is not one.
   */
  async generate(user: AuthUser, key: string, q: ReportRequest, now = new Date()): Promise<GeneratedReport> {
    const def = this.definition(key);
    const period = reportPeriod(q);
    const unit = await this.unitFor(user, q.unitId);
    const view = q.view ?? 'AS_THEY_WERE';
    const paths = new Map<string, string>();
    const ctx: ReportContext = {
      period,
      unit,
      facts: async <F extends StatisticsFactName>(name: F) => {
        const { groups, units } = await this.statistics.facts(user, name, period, view, unit.id);
        for (const [id, u] of units) paths.set(id, u.path);
        return groups as FactGroup<F>[];
      },
      pathOf: (id) => paths.get(id),
      children: async (counted) =>
        (await this.units.children(unit.id, period.from, period.to, view === 'CURRENT_UNITS', counted)).filter((c) => inScope(user, c.path)),
      targets: (indicator, year, unitIds) => this.targets.inForce(indicator, year, unitIds),
      hasProcedure: (id) => this.registry.latest(id) !== undefined,
      procedureTexts: (id) => {
        const p = this.registry.latest(id);
        return p && {
          title: p.title,
          categories: p.report?.categories ?? {},
          dimensions: Object.fromEntries(Object.entries(p.report?.dimensions ?? {}).map(([k, d]) => [k, d.values])),
        };
      },
    };
    const { tables, notes } = await def.build(ctx);
    return {
      key: def.key,
      title: def.title,
      subject: def.subject,
      fileTitle: def.fileTitle,
      unit: { id: unit.id, code: unit.code, name: unit.name, level: unit.level, parentName: unit.parentName },
      period: periodOut(period),
      view,
      generatedAt: now.toISOString(),
      tables,
      notes,
    };
  }

  private async unitFor(user: AuthUser, unitId?: string): Promise<UnitRecord> {
    if (unitId) {
      const unit = await this.units.find(unitId);
      if (!unit) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
      if (!inScope(user, unit.path)) throw new DomainError(ErrorCode.FORBIDDEN, { unitId }, 'Đơn vị này nằm ngoài phạm vi của bạn: không xem được báo cáo.');
      return unit;
    }
    // The highest unit the caller holds a role on: the one whose report covers the most of their scope.
    const top = [...user.assignments].sort((a, b) => a.unitPath.length - b.unitPath.length || a.unitPath.localeCompare(b.unitPath))[0];
    const unit = top && (await this.units.find(top.unitId));
    if (!unit) throw new DomainError(ErrorCode.FORBIDDEN, {}, 'Bạn chưa có vai trò tại đơn vị nào: không xem được báo cáo.');
    return unit;
  }
}

function periodOut(p: ReportPeriod): GeneratedReport['period'] {
  return { code: p.code, label: p.label, from: p.from, to: p.to, lastDay: p.lastDay, startsAt: p.startsAt.toISOString(), endsBefore: p.endsBefore.toISOString() };
}
