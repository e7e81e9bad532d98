import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '@hoso/workflows';
import { holdsTopLevelRole, inScope, type AuthUser } from '@hoso/access/auth-user';
import { findUnitPath } from '@hoso/access/unit-path';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import type { RuleOverrideDto } from '../dtos/rule-override.dto';
import { OVERRIDE_ROLES_KEY, RuleOverridePolicyService } from './rule-override-policy.service';
import { RuleResolverService } from './rule-resolver.service';
import { ruleValueProblems, sameKind } from './rule-value-check';

/** The columns of a listed rule row (alias r; the instrument joined as i; $asOf the date overrides are judged on). */
const LIST_COLUMNS = (asOf: string) => `r.id, r.key, r.value::float8 AS value, r.value_data AS "valueData", r.unit,
  r.start_convention AS "startConvention", r.start_event AS "startEvent", r.extension_value::float8 AS "extensionValue",
  r.extension_max_count AS "extensionMaxCount", to_char(r.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  to_char(r.effective_to, 'YYYY-MM-DD') AS "effectiveTo", i.code AS instrument, r.legal_basis AS "legalBasis",
  r.source_ref AS "sourceRef", r.confidence, r.description, r.org_unit_id AS "orgUnitId", r.reason,
  r.confirmed_by AS "confirmedBy", r.confirmed_at AS "confirmedAt", r.created_at AS "createdAt",
  CASE WHEN r.org_unit_id IS NULL THEN NULL ELSE EXISTS (
    SELECT 1 FROM legal_rule g WHERE g.key = r.key AND g.org_unit_id IS NULL AND g.effective_from <= ${asOf}::date
       AND (g.effective_to IS NULL OR g.effective_to > ${asOf}::date)
       AND g.effective_from > GREATEST(r.effective_from, COALESCE((r.confirmed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, r.effective_from))
  ) END AS lapsed`;

export interface RuleListFilter {
  /** Keys starting with this text. */
  key?: string;
  /** Only rows in force on this date (by their own dates; an override's lapse is judged on it too). */
  asOf?: string;
  confidence?: string;
}

/**
 * Reading the rule tables (every legal value with its basis, source, confidence and dates), resolving one rule for a
 * unit and a date with the resolver's explanation, committee overrides for a subtree (who may: RULE_OVERRIDE.ROLES)
 * and their re-confirmation after a newer general row; every change with a reason in the audit log.
 */
@Injectable()
export class RuleAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly resolver: RuleResolverService,
    private readonly policy: RuleOverridePolicyService,
    private readonly users: UserDirectoryService,
    private readonly audit: AuditLogService,
  ) {}

  /** General rows and the overrides of units in the caller's scope. */
  async list(user: AuthUser, filter: RuleListFilter, page: number, pageSize: number) {
    const units = await this.users.visibleUnitIds(user);
    const params: unknown[] = [units];
    const where = [`(r.org_unit_id IS NULL OR r.org_unit_id = ANY($1::uuid[]))`];
    if (filter.key) {
      params.push(`${filter.key.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(`r.key LIKE $${params.length}`);
    }
    if (filter.asOf) {
      params.push(filter.asOf);
      where.push(`r.effective_from <= $${params.length}::date AND (r.effective_to IS NULL OR r.effective_to > $${params.length}::date)`);
    }
    if (filter.confidence) {
      params.push(filter.confidence);
      where.push(`r.confidence = $${params.length}`);
    }
    const from = `FROM legal_rule r LEFT JOIN legal_instrument i ON i.id = r.instrument_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const n = params.length;
    const items = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS(`$${n + 1}`)} ${from}
        ORDER BY r.key, r.org_unit_id NULLS FIRST, r.effective_from, r.created_at LIMIT $${n + 2} OFFSET $${n + 3}`,
      [...params, filter.asOf ?? toVietnamDate(new Date()), pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }

  /** The rule in force for a unit the caller sees on a date (today by default), with why that row applies. */
  async resolve(user: AuthUser, key: string, unitId: string, date?: string) {
    const m = this.dataSource.manager;
    const path = await findUnitPath(m, unitId);
    if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: unitId });
    const onDate = date ?? toVietnamDate(new Date());
    const rule = await this.resolver.resolve(m, key, path, onDate);
    if (!rule) throw new DomainError(ErrorCode.RULE_NOT_FOUND, { key, date: onDate });
    return { ...rule, why: rule.why ?? '', resolvedOn: onDate, unitId };
  }

  async override(user: AuthUser, dto: RuleOverrideDto) {
    if (dto.key === OVERRIDE_ROLES_KEY) {
      throw new DomainError(ErrorCode.FORBIDDEN, { rule: OVERRIDE_ROLES_KEY }, `Quy tắc ${OVERRIDE_ROLES_KEY} chỉ thay đổi bằng phiên bản chung mới, không điều chỉnh theo đơn vị.`);
    }
    const path = await this.policy.assertMayOverride(this.dataSource.manager, user, dto.orgUnitId);
    const effectiveFrom = dto.effectiveFrom ?? toVietnamDate(new Date());
    return this.dataSource.transaction(async (m) => {
      const base = await this.resolver.resolve(m, dto.key, path, effectiveFrom);
      if (!base) throw new DomainError(ErrorCode.RULE_NOT_FOUND, { key: dto.key });
      const unit = dto.unit ?? base.unit;
      if (!sameKind(base.unit, unit)) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'unit', constraint: 'ruleValue', message: `phải cùng loại với quy tắc (${base.unit})` }] });
      }
      const row = {
        unit,
        value: dto.value,
        valueData: dto.valueData ?? null,
        startConvention: dto.startConvention ?? base.startConvention,
        startEvent: dto.startEvent ?? base.startEvent,
        extensionValue: dto.extensionValue !== undefined ? dto.extensionValue : base.extensionValue,
        extensionMaxCount: dto.extensionMaxCount ?? base.extensionMaxCount,
        legalBasis: dto.legalBasis ?? base.legalBasis,
        sourceRef: dto.sourceRef ?? base.sourceRef,
      };
      const problems = ruleValueProblems({ ...row, confidence: 'OVERRIDE' }, false);
      if (problems.length) throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: problems });
      // The instrument stays the general row's while the override keeps its basis.
      const instrumentId = row.legalBasis === base.legalBasis ? await this.instrumentOf(m, base.id) : null;
      const id = randomUUID();
      await m.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, instrument_id, legal_basis, source_ref, confidence, description, org_unit_id, reason, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,'OVERRIDE',$14,$15,$16,$17)`,
        [id, base.key, row.value, row.valueData === null ? null : JSON.stringify(row.valueData), row.unit, row.startConvention, row.startEvent,
          row.extensionValue, row.extensionMaxCount, effectiveFrom, instrumentId, row.legalBasis, row.sourceRef, base.description,
          dto.orgUnitId, dto.reason, user.id],
      );
      await this.audit.record(m, user.id, 'RULE_OVERRIDE', dto.reason, {
        ruleId: id, key: dto.key, orgUnitId: dto.orgUnitId, value: row.value, valueData: row.valueData, unit: row.unit,
        extension: { value: row.extensionValue, maxCount: row.extensionMaxCount }, legalBasis: row.legalBasis, effectiveFrom,
        previous: { id: base.id, value: base.value, valueData: base.valueData, unit: base.unit },
      });
      return { id, key: base.key, ...row, orgUnitId: dto.orgUnitId, effectiveFrom, reason: dto.reason };
    });
  }

  /**
   * A committee confirms a row again: an override after a newer general row came into force (it applies again from
   * the confirmation on; the resolver compares the dates), or an administrator of the top unit an unverified general
   * row. Sets `confirmed_by` / `confirmed_at` only.
   */
  async confirm(user: AuthUser, id: string, reason: string) {
    return this.dataSource.transaction(async (m) => {
      const [row]: { id: string; key: string; org_unit_id: string | null; confirmed_at: Date | null }[] = await m.query(
        `SELECT id, key, org_unit_id, confirmed_at FROM legal_rule WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new DomainError(ErrorCode.RULE_NOT_FOUND, { id });
      if (row.org_unit_id) {
        try {
          await this.policy.assertMayOverride(m, user, row.org_unit_id);
        } catch (err) {
          // An override of a unit the caller does not see does not exist for them.
          if (err instanceof DomainError && err.code === ErrorCode.UNIT_NOT_FOUND) throw new DomainError(ErrorCode.RULE_NOT_FOUND, { id });
          throw err;
        }
      } else if (!holdsTopLevelRole(user, Role.ADMIN)) {
        throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
      }
      // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
      const [[confirmed]]: [{ confirmed_at: Date }[], number] = await m.query(
        `UPDATE legal_rule SET confirmed_by = $2, confirmed_at = now() WHERE id = $1 RETURNING confirmed_at`,
        [id, user.id],
      );
      await this.audit.record(m, user.id, 'RULE_CONFIRM', reason, {
        ruleId: id, key: row.key, orgUnitId: row.org_unit_id, previousConfirmedAt: row.confirmed_at,
      });
      return { id, key: row.key, orgUnitId: row.org_unit_id, confirmedBy: user.id, confirmedAt: confirmed.confirmed_at, reason };
    });
  }

  private async instrumentOf(m: EntityManager, ruleId: string): Promise<string | null> {
    const [r]: { instrument_id: string | null }[] = await m.query(`SELECT instrument_id FROM legal_rule WHERE id = $1`, [ruleId]);
    return r?.instrument_id ?? null;
  }
}
