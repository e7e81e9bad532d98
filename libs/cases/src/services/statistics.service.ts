import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportCategory } from '@hoso/workflows';
import { SOURCE_LABELS } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { SOURCES } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ProcedureRegistryService } from './procedure-registry.service';
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

@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly registry: ProcedureRegistryService,
  ) {}

  /** Units in the caller's scope, narrowed to one unit's subtree when asked (which must be in scope). */
  private async units(user: AuthUser, unitId?: string): Promise<string[]> {
    const units = await this.users.visibleUnitIds(user);
    if (!unitId) return units;
    if (!units.includes(unitId)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
    const subtree: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM org_unit s JOIN org_unit u ON s.path LIKE u.path || '%' WHERE u.id = $1`,
      [unitId],
    );
    const inSubtree = new Set(subtree.map((r) => r.id));
    return units.filter((id) => inSubtree.has(id));
  }

  /**
   * Any procedure with a report spec: cases received in [from, to) (Vietnamese civil days) by units in scope (or one
   * unit's subtree), by category and by each tag dimension, zeros included; cases the caller is excluded from are not
   * counted.
   */
  async byProcedure(user: AuthUser, procedureId: string, period: VietnamPeriod, unitId?: string) {
    const def = this.registry.latestOrThrow(procedureId);
    if (!def.report) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId, reason: 'no statistics' });
    const units = await this.units(user, unitId);
    const where = `procedure_id = $1 AND org_unit_id = ANY($2::uuid[]) AND received_at >= $3 AND received_at < $4 AND NOT case_excludes(id, $5)`;
    const params = [procedureId, units, period.startsAt, period.endsBefore, user.id];
    const count = async (expr: string) => {
      const rows: { k: string | null; n: number }[] = await this.dataSource.query(`SELECT ${expr} AS k, count(*)::int AS n FROM "case" WHERE ${where} GROUP BY 1`, params);
      return rows;
    };
    const zeros = (labels: Readonly<Record<string, string>>) => Object.fromEntries(Object.keys(labels).map((k) => [k, 0])) as Record<string, number>;
    const byCategory = zeros(def.report.categories);
    let total = 0;
    for (const r of await count('report_category')) {
      byCategory[r.k ?? ''] = (byCategory[r.k ?? ''] ?? 0) + r.n;
      total += r.n;
    }
    const dimensions: Record<string, { label: string; counts: Record<string, number>; labels: Readonly<Record<string, string>> }> = {};
    for (const [key, dim] of Object.entries(def.report.dimensions)) {
      const counts = zeros(dim.values);
      // The key is the procedure's own constant, never user input; it is still passed as a parameter.
      const rows: { k: string | null; n: number }[] = await this.dataSource.query(
        `SELECT tags->>$6 AS k, count(*)::int AS n FROM "case" WHERE ${where} AND tags ? $6 GROUP BY 1`,
        [...params, key],
      );
      for (const r of rows) counts[r.k ?? ''] = (counts[r.k ?? ''] ?? 0) + r.n;
      dimensions[key] = { label: dim.label, counts, labels: dim.values };
    }
    return {
      procedureId,
      procedureTitle: def.title,
      period: periodOut(period),
      unitId: unitId ?? null,
      total,
      byCategory,
      categoryLabels: def.report.categories,
      dimensions,
    };
  }

  /**
   * Cases received in [from, to) (Vietnamese civil days) by units in scope (optionally one unit's subtree), by source
   * and by category; a case the caller is excluded from (subject, conflict) is not counted for them, so a count cannot
   * point at it.
   */
  async quyDinh1374(user: AuthUser, period: VietnamPeriod, unitId?: string) {
    const units = await this.units(user, unitId);
    const rows: { source: string; category: ReportCategory; n: number }[] = await this.dataSource.query(
      `SELECT tags->>'source' AS source, report_category AS category, count(*)::int AS n
         FROM "case"
        WHERE procedure_id = 'quy-dinh-1374' AND org_unit_id = ANY($1::uuid[]) AND received_at >= $2 AND received_at < $3
          AND NOT case_excludes(id, $4)
        GROUP BY 1, 2`,
      [units, period.startsAt, period.endsBefore, user.id],
    );
    const bySource = Object.fromEntries(SOURCES.map((s) => [s, 0])) as Record<string, number>;
    const byCategory = Object.fromEntries(Object.keys(CATEGORY_LABELS).map((c) => [c, 0])) as Record<ReportCategory, number>;
    let total = 0;
    for (const r of rows) {
      bySource[r.source] = (bySource[r.source] ?? 0) + r.n;
      byCategory[r.category] += r.n;
      total += r.n;
    }
    return {
      procedureId: 'quy-dinh-1374',
      period: periodOut(period),
      unitId: unitId ?? null,
      received: { total, bySource },
      byCategory,
      labels: { sources: SOURCE_LABELS, categories: CATEGORY_LABELS },
    };
  }
}
