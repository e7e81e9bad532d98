import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { UnitLevel } from '../entities/org-unit.entity';
import { assertPasswordPolicy } from '../password-policy';
import { findUnitPath } from '../unit-path';
import { PasswordService } from './password.service';

/** Creates units, users and role assignments (seed, tests, administration). */
@Injectable()
export class OrgDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async createUnit(u: { code: string; name: string; level: UnitLevel; parentId?: string }, m: EntityManager = this.dataSource.manager) {
    const id = randomUUID();
    let path = `/${id}/`;
    if (u.parentId) {
      const parentPath = await findUnitPath(m, u.parentId);
      if (!parentPath) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId: u.parentId });
      path = `${parentPath}${id}/`;
    }
    await m.query(`INSERT INTO org_unit (id, parent_id, code, name, level, path) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id, u.parentId ?? null, u.code, u.name, u.level, path,
    ]);
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
    const rows: unknown[] = await m.query(
      `INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_role_assignment DO NOTHING RETURNING id`,
      [randomUUID(), userId, unitId, role],
    );
    return rows.length > 0;
  }
}
