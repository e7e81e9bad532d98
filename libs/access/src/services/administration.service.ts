import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { holdsRoleAnywhere, inScope, rolesOn, type AuthUser } from '../auth-user';
import { findUnitPath, scopeLikePrefixes } from '../unit-path';
import type { AssignRoleDto, CreateOrgUnitDto, CreateUserDto } from '../dtos/admin.dto';
import { AuthClock } from './auth-clock';
import { OrgDirectoryService } from './org-directory.service';
import { SessionService } from './session.service';

const UNIQUE_VIOLATION = '23505';

/**
 * Administration within scope: ADMIN on a unit manages that unit's subtree (units, role assignments). A change to a
 * user's roles ends all their sessions in the same transaction: they log in again and get tokens for the new roles.
 */
@Injectable()
export class AdministrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectoryService,
    private readonly sessions: SessionService,
    private readonly clock: AuthClock,
  ) {}

  private async unitPath(unitId: string, user: AuthUser): Promise<string> {
    const path = await findUnitPath(this.dataSource.manager, unitId);
    if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
    return path;
  }

  private requireAdmin(user: AuthUser, path: string): void {
    if (!rolesOn(user, path).has(Role.ADMIN)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
  }

  async listUnits(user: AuthUser, page: number, pageSize: number) {
    const prefixes = scopeLikePrefixes(user);
    const where = `path LIKE ANY($1::text[])`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM org_unit WHERE ${where}`, [prefixes]);
    const items = await this.dataSource.query(
      `SELECT id, parent_id AS "parentId", code, name, level, to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM org_unit WHERE ${where} ORDER BY path LIMIT $2 OFFSET $3`,
      [prefixes, pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }

  async createUnit(user: AuthUser, dto: CreateOrgUnitDto) {
    this.requireAdmin(user, await this.unitPath(dto.parentId, user));
    try {
      const { id } = await this.directory.createUnit(dto);
      return { id, code: dto.code, name: dto.name, level: dto.level, parentId: dto.parentId };
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new DomainError(ErrorCode.UNIT_CODE_TAKEN, { code: dto.code });
      throw err;
    }
  }

  async createUser(user: AuthUser, dto: CreateUserDto) {
    if (!holdsRoleAnywhere(user, [Role.ADMIN])) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
    try {
      const { id } = await this.directory.createUser(dto);
      return { id, username: dto.username, displayName: dto.displayName };
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new DomainError(ErrorCode.USERNAME_TAKEN);
      throw err;
    }
  }

  async assignRole(user: AuthUser, userId: string, dto: AssignRoleDto) {
    this.requireAdmin(user, await this.unitPath(dto.unitId, user));
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
    if (exists.length === 0) throw new DomainError(ErrorCode.USER_NOT_FOUND, { userId });
    await this.dataSource.transaction(async (m) => {
      if (await this.directory.assignRole(userId, dto.unitId, dto.role, m)) await this.sessions.endAllOf(userId, this.clock.now(), m);
    });
    return { userId, unitId: dto.unitId, role: dto.role };
  }

  async revokeRole(user: AuthUser, userId: string, dto: AssignRoleDto) {
    this.requireAdmin(user, await this.unitPath(dto.unitId, user));
    const revoked = await this.dataSource.transaction(async (m) => {
      // A DELETE … RETURNING answers [rows, count] through TypeORM.
      const [rows] = (await m.query(
        `DELETE FROM role_assignment WHERE user_id = $1 AND unit_id = $2 AND role = $3 RETURNING id`,
        [userId, dto.unitId, dto.role],
      )) as [unknown[], number];
      if (rows.length > 0) await this.sessions.endAllOf(userId, this.clock.now(), m);
      return rows.length > 0;
    });
    if (!revoked) throw new DomainError(ErrorCode.NOT_FOUND);
    return { userId, unitId: dto.unitId, role: dto.role, revoked: true };
  }
}
