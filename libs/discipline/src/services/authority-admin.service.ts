import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { settingUnitPath } from '@hoso/access/unit-path';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import type { AuthorityOverrideDto } from '../dtos/authority.dto';

/** The authority table as people read and amend it: general rows plus the overrides of units in scope. */
@Injectable()
export class AuthorityAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly audit: AuditLogService,
  ) {}

  async list(user: AuthUser, page: number, pageSize: number) {
    const units = await this.users.visibleUnitIds(user);
    const where = `(org_unit_id IS NULL OR org_unit_id = ANY($1::uuid[]))`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM discipline_authority WHERE ${where}`, [units]);
    const items = await this.dataSource.query(
      `SELECT id, body_kind AS "bodyKind", body_level AS "bodyLevel", subject_kind AS "subjectKind", form, allowed,
              not_for_upper_assigned_task AS "notForUpperAssignedTask", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
              legal_basis AS "legalBasis", source_ref AS "sourceRef", confidence, org_unit_id AS "orgUnitId", reason
         FROM discipline_authority WHERE ${where}
        ORDER BY body_kind, subject_kind, form, body_level NULLS FIRST, org_unit_id NULLS FIRST, effective_from LIMIT $2 OFFSET $3`,
      [units, pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }

  /** A secretary or administrator of a unit fills in (or changes) a cell of the matrix for the unit's subtree. */
  async override(user: AuthUser, dto: AuthorityOverrideDto) {
    await settingUnitPath(this.dataSource.manager, user, dto.orgUnitId);
    const effectiveFrom = dto.effectiveFrom ?? toVietnamDate(new Date());
    const id = randomUUID();
    return this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO discipline_authority (id, body_kind, body_level, subject_kind, form, allowed, not_for_upper_assigned_task,
                                           effective_from, legal_basis, source_ref, confidence, org_unit_id, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'SETTING', 'OVERRIDE', $10, $11, $12)`,
        [id, dto.bodyKind, dto.bodyLevel ?? null, dto.subjectKind, dto.form, dto.allowed, dto.notForUpperAssignedTask ?? false,
          effectiveFrom, `Cấp ủy điều chỉnh: ${dto.reason}`, dto.orgUnitId, dto.reason, user.id],
      );
      await this.audit.record(m, user.id, 'DISCIPLINE_AUTHORITY_OVERRIDE', dto.reason, { id, ...dto, effectiveFrom });
      return { id, ...dto, bodyLevel: dto.bodyLevel ?? null, effectiveFrom };
    });
  }
}
