import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inScope, type AuthUser } from '@hoso/access/auth-user';
import { scopeLikePrefixes } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { OrgChangeRepository } from '../repositories/org-change.repository';
import { OrgTreeRepository } from '../repositories/org-tree.repository';
import { unitLabel } from './org-change-world';

/** The organisation tree as of a day, a unit's history and the changes applied, within the caller's scope. */
@Injectable()
export class OrgTreeQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tree: OrgTreeRepository,
    private readonly changes: OrgChangeRepository,
  ) {}

  async treeAsOf(user: AuthUser, asOf: string | undefined) {
    const today = toVietnamDate(new Date());
    const day = asOf ?? today;
    if (user.assignments.length === 0) return { asOf: day, units: [] };
    return { asOf: day, units: await this.tree.treeAsOf(this.dataSource.manager, scopeLikePrefixes(user), day, today) };
  }

  async history(user: AuthUser, unitId: string) {
    const m = this.dataSource.manager;
    const unit = (await this.tree.units(m, [unitId])).get(unitId);
    if (!unit || !inScope(user, unit.path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
    const today = toVietnamDate(new Date());
    return {
      id: unit.id, code: unit.code, name: unit.name, level: unit.level, label: unitLabel(unit), parentId: unit.parentId,
      validFrom: unit.validFrom, validTo: unit.validTo, status: unit.validTo !== null && unit.validTo <= today ? 'ENDED' : 'ACTIVE',
      periods: await this.tree.periods(m, unitId),
      ...(await this.changes.lineageOf(m, unitId)),
    };
  }

  async changesPage(user: AuthUser, page: number, pageSize: number) {
    if (user.assignments.length === 0) return { items: [], page, pageSize, total: 0 };
    return this.changes.page(this.dataSource.manager, scopeLikePrefixes(user), page, pageSize);
  }
}
