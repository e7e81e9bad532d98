import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { UnitLevel } from '../entities/org-unit.entity';
import { assertPasswordPolicy } from '../password-policy';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { PasswordService } from './password.service';
import { findUnit, hasEnded } from '../unit-path';

/** Creates units, users and role assignments (seed, tests, administration). */
@Injectable()
export class OrgDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  /**
   * A new unit, active from `validFrom` (default: today, Vietnam time), with its first period. Refused under a parent
   * that has ended (UNIT_ENDED): an ended unit is read-only history.
   */
  async createUnit(
    u: { code: string; name: string; level: UnitLevel; parentId?: string; validFrom?: string },
    m: EntityManager = this.dataSource.manager,
  ) {
    const id = randomUUID();
    const validFrom = u.validFrom ?? toVietnamDate(new Date());
    let path = `/${id}/`;
    if (u.parentId) {
      const parent = await findUnit(m, u.parentId);
      if (!parent) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId: u.parentId });
      if (hasEnded(parent, validFrom)) throw new DomainError(ErrorCode.UNIT_ENDED, { unitId: u.parentId });
      path = `${parent.path}${id}/`;
    }
    await m.query(
      `WITH unit AS (
         INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *
       )
       INSERT INTO org_unit_period (unit_id, valid_from, name, parent_id, level, code, path)
       SELECT id, valid_from, name, parent_id, level, code, path FROM unit`,
      [id, u.parentId ?? null, u.code, u.name, u.level, path, validFrom],
    );
    return { id, path };
  }

  async createUser(
    u: { username: string; displayName: string; password: string; email?: string | null },
    m: EntityManager = this.dataSource.manager,
  ) {
    // Every way a user is created (administration, demo seed, tests) goes through the password policy.
    assertPasswordPolicy(u.password, u.username);
    const id = randomUUID();
    const hash = await this.passwords.hash(u.password);
    await m.query(`INSERT INTO app_user (id, username, display_name, password_hash, active, email) VALUES ($1, $2, $3, $4, true, $5)`, [
      id, u.username.trim().toLowerCase(), u.displayName, hash, u.email?.trim() || null,
    ]);
    return { id };
  }

  /** True when the role is new (false when the user already held it there). */
  async assignRole(userId: string, unitId: string, role: Role, m: EntityManager = this.dataSource.manager): Promise<boolean> {
    // A role on an ended unit would reach nothing current (its cases and members have moved): refused.
    const unit = await findUnit(m, unitId);
    if (unit && hasEnded(unit, toVietnamDate(new Date()))) throw new DomainError(ErrorCode.UNIT_ENDED, { unitId });
    const rows: unknown[] = await m.query(
      `INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_role_assignment DO NOTHING RETURNING id`,
      [randomUUID(), userId, unitId, role],
    );
    return rows.length > 0;
  }
}
