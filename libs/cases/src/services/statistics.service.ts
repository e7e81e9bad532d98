import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportCategory } from '@hoso/workflows';
import { SOURCE_LABELS } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { SOURCES } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';

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

@Injectable()
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
  ) {}

  /** Cases received in [from, to) by units in scope (optionally one unit's subtree), by source and by category. */
  async quyDinh1374(user: AuthUser, from: Date, to: Date, unitId?: string) {
    let units = await this.users.visibleUnitIds(user);
    if (unitId) {
      if (!units.includes(unitId)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
      const subtree: { id: string }[] = await this.dataSource.query(
        `SELECT s.id FROM org_unit s JOIN org_unit u ON s.path LIKE u.path || '%' WHERE u.id = $1`,
        [unitId],
      );
      const inSubtree = new Set(subtree.map((r) => r.id));
      units = units.filter((id) => inSubtree.has(id));
    }
    const rows: { source: string; category: ReportCategory; n: number }[] = await this.dataSource.query(
      `SELECT tags->>'source' AS source, report_category AS category, count(*)::int AS n
         FROM "case"
        WHERE procedure_id = 'quy-dinh-1374' AND org_unit_id = ANY($1::uuid[]) AND received_at >= $2 AND received_at < $3
        GROUP BY 1, 2`,
      [units, from, to],
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
      period: { from: from.toISOString(), to: to.toISOString() },
      unitId: unitId ?? null,
      received: { total, bySource },
      byCategory,
      labels: { sources: SOURCE_LABELS, categories: CATEGORY_LABELS },
    };
  }
}
