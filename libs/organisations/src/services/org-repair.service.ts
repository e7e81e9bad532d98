import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inScope, rolesOn, type AuthUser } from '@hoso/access/auth-user';
import { findUnitPath } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate, viDate } from '@hoso/kernel/legal-time';
import { Role, type OrgChangePlan, type OrgChangeProblem } from '@hoso/workflows';
import { OrgChangeService } from './org-change.service';

/**
 * An administrator's direct application of a structural change (data repair): ADMIN on the deciding unit, a reason,
 * an effective date today or past (a future change goes through the organisation procedure), the same operation as
 * the procedure's, in one transaction. A dry run answers the problems and the preview with nothing written.
 */
@Injectable()
export class OrgRepairService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: OrgChangeService,
  ) {}

  async apply(user: AuthUser, req: { deciderUnitId: string; plan: OrgChangePlan; reason: string; dryRun?: boolean }) {
    const path = await findUnitPath(this.dataSource.manager, req.deciderUnitId);
    if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId: req.deciderUnitId });
    if (!rolesOn(user, path).has(Role.ADMIN)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
    const now = new Date();
    const today = toVietnamDate(now);
    const future: OrgChangeProblem[] =
      req.plan.effectiveDate > today
        ? [{
            code: 'EFFECTIVE_IN_FUTURE',
            message: `Ngày có hiệu lực ${viDate(req.plan.effectiveDate)} chưa đến: thay đổi có hiệu lực trong tương lai phải thực hiện theo quy trình thành lập, chia tách, hợp nhất, sáp nhập, giải thể tổ chức đảng.`,
            field: 'plan.effectiveDate',
          }]
        : [];
    if (req.dryRun) {
      const { problems, preview } = await this.changes.check(this.dataSource.manager, req.plan, { deciderUnitId: req.deciderUnitId, at: now });
      const all = [...future, ...problems];
      return { applied: false, problems: all, outcome: all.length > 0 ? null : preview };
    }
    if (future.length > 0) throw new DomainError(ErrorCode.ORG_CHANGE_REFUSED, { problems: future }, future[0].message);
    const outcome = await this.dataSource.transaction((m) =>
      this.changes.apply(m, req.plan, { deciderUnitId: req.deciderUnitId, at: now, actorId: user.id, reason: req.reason.trim() }),
    );
    return { applied: true, problems: [], outcome };
  }
}
