import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { settingUnitPath } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import type { RuleOverrideDto } from '../dtos/rule-override.dto';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { RuleResolverService } from './rule-resolver.service';

/** Reading the rule tables, and committee overrides for a subtree (with a reason, in the audit log). */
@Injectable()
export class RuleAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly resolver: RuleResolverService,
    private readonly users: UserDirectoryService,
    private readonly audit: AuditLogService,
  ) {}

  /** General rules and the overrides of units in the caller's scope. */
  async list(user: AuthUser, page: number, pageSize: number) {
    const units = await this.users.visibleUnitIds(user);
    const where = `(org_unit_id IS NULL OR org_unit_id = ANY($1::uuid[]))`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM legal_rule WHERE ${where}`, [units]);
    const items = await this.dataSource.query(
      `SELECT id, key, value::float8 AS value, unit, start_convention AS "startConvention", start_event AS "startEvent",
              extension_value::float8 AS "extensionValue", extension_max_count AS "extensionMaxCount",
              to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", legal_basis AS "legalBasis", source_ref AS "sourceRef",
              confidence, description, org_unit_id AS "orgUnitId", reason
         FROM legal_rule WHERE ${where} ORDER BY key, org_unit_id NULLS FIRST, effective_from LIMIT $2 OFFSET $3`,
      [units, pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }

  async override(user: AuthUser, dto: RuleOverrideDto) {
    const path = await settingUnitPath(this.dataSource.manager, user, dto.orgUnitId);
    const effectiveFrom = dto.effectiveFrom ?? toVietnamDate(new Date());
    return this.dataSource.transaction(async (m) => {
      const base = await this.resolver.resolve(m, dto.key, path, effectiveFrom);
      if (!base) throw new DomainError(ErrorCode.RULE_NOT_FOUND, { key: dto.key });
      const id = randomUUID();
      await m.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description, org_unit_id, reason, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,'OVERRIDE',$12,$13,$14,$15)`,
        [id, base.key, dto.value, base.unit, base.startConvention, base.startEvent, base.extensionValue, base.extensionMaxCount,
          effectiveFrom, base.legalBasis, base.sourceRef, base.description, dto.orgUnitId, dto.reason, user.id],
      );
      await this.audit.record(m, user.id, 'RULE_OVERRIDE', dto.reason, {
        ruleId: id, key: dto.key, orgUnitId: dto.orgUnitId, value: dto.value, previous: { id: base.id, value: base.value }, effectiveFrom,
      });
      return { id, key: base.key, value: dto.value, unit: base.unit, orgUnitId: dto.orgUnitId, effectiveFrom, reason: dto.reason };
    });
  }
}
