import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { holdsRole, inScope, type AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { Role } from '@hoso/workflows';
import type { TargetInForce } from '../definitions/report-definition';
import { TARGET_INDICATORS, type SetReportTargetDto, type TargetIndicator } from '../dtos/report-target.dto';
import { ReportTargetsRepository, type TargetRecord } from '../repositories/report-targets.repository';
import { ReportUnitsRepository } from '../repositories/report-units.repository';

/** Who sets a committee's targets: its office, or an administrator (held on the unit or above). */
export const TARGET_SETTERS = [Role.COMMITTEE_OFFICE, Role.ADMIN] as const;

const version = (r: TargetRecord) => ({
  id: r.id, version: r.version, value: r.value, basis: r.basis, reason: r.reason, setById: r.setById, setByName: r.setByName, setAt: r.setAt,
});

/** Targets per unit, year and indicator (chỉ tiêu), as versioned settings of the committees. */
@Injectable()
export class ReportTargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: ReportTargetsRepository,
    private readonly units: ReportUnitsRepository,
    private readonly users: UserDirectoryService,
    private readonly audit: AuditLogService,
  ) {}

  /** The targets in force for a year of the units in the caller's scope (or one unit's subtree), with earlier versions. */
  async list(user: AuthUser, year: number, indicator: TargetIndicator, unitId?: string) {
    let visible = await this.users.visibleUnitIds(user);
    if (unitId) {
      const unit = await this.units.find(unitId);
      if (!unit) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
      if (!inScope(user, unit.path)) throw new DomainError(ErrorCode.FORBIDDEN, { unitId });
      visible = (await this.units.subtree(unit.path)).filter((id) => visible.includes(id));
    }
    const all = await this.targets.versions(year, indicator, visible);
    const byUnit = new Map<string, TargetRecord[]>();
    for (const r of all) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
    const items = [...byUnit.values()].map(([current, ...earlier]) => ({
      ...version(current),
      unitId: current.unitId, unitCode: current.unitCode, unitName: current.unitName, year: current.year,
      indicator: current.indicator, indicatorLabel: TARGET_INDICATORS[current.indicator as TargetIndicator] ?? current.indicator,
      earlier: earlier.map(version),
    }));
    return { items };
  }

  /**
   * Sets a unit's target for a year: a new version (the first, or a change with a reason), written to the audit log.
   * 404 for a unit that does not exist, 403 outside the caller's scope or without the office's or an administrator's role.
   */
  async set(user: AuthUser, dto: SetReportTargetDto) {
    const unit = await this.units.find(dto.orgUnitId);
    if (!unit) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId: dto.orgUnitId });
    if (!inScope(user, unit.path)) throw new DomainError(ErrorCode.FORBIDDEN, { unitId: dto.orgUnitId });
    if (!holdsRole(user, unit.path, TARGET_SETTERS)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: TARGET_SETTERS });
    return this.dataSource.transaction(async (m) => {
      const { id, version: v, setAt } = await this.targets.append(m, {
        unitId: unit.id, year: dto.year, indicator: dto.indicator, value: dto.value, basis: dto.basis, reason: dto.reason ?? null, setBy: user.id,
      });
      if (v > 1 && !dto.reason) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, {
          fields: [{ field: 'reason', constraint: 'required', message: 'chỉ tiêu này đã được giao: cần nêu lý do điều chỉnh' }],
        });
      }
      await this.audit.record(m, user.id, 'REPORT_TARGET_SET', dto.reason ?? dto.basis, { id, version: v, ...dto });
      return {
        id, version: v, value: dto.value, basis: dto.basis, reason: dto.reason ?? null, setById: user.id, setByName: user.displayName, setAt,
        unitId: unit.id, unitCode: unit.code, unitName: unit.name, year: dto.year, indicator: dto.indicator,
        indicatorLabel: TARGET_INDICATORS[dto.indicator], earlier: [] as ReturnType<typeof version>[],
      };
    }).catch((e: unknown) => {
      // Two offices setting the same target at once: the unique version refuses the second; it may simply try again.
      if ((e as { code?: string; driverError?: { code?: string } }).driverError?.code === '23505') throw new DomainError(ErrorCode.VERSION_CONFLICT);
      throw e;
    });
  }

  /**
   * For a report: each unit's target in force for the year (its newest version: a correction applies to every report
   * of that year; the report names the version it used).
   */
  async inForce(indicator: string, year: number, unitIds: readonly string[]): Promise<Map<string, TargetInForce>> {
    const rows = await this.targets.inForce(year, indicator, unitIds);
    return new Map(rows.map((r) => [r.unitId, { unitId: r.unitId, value: r.value, version: r.version, basis: r.basis, setBy: r.setByName, setAt: r.setAt }]));
  }
}
