import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '@hoso/workflows';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode, flattenValidationErrors } from '@hoso/core/errors';
import { FirstAdminDto } from '../dtos/first-admin.dto';
import { lockFirstUsers } from '../first-users-lock';
import { assertPasswordPolicy } from '../password-policy';
import { OrgDirectoryService } from './org-directory.service';

export interface AdminCreated {
  userId: string;
  username: string;
  unitId: string;
  unitCode: string;
  /** False when the administrator was added to a unit that already existed (`--force-additional`). */
  unitCreated: boolean;
}

/** Refused: the database already has users (or units), so this is not the first administrator. */
export interface NotEmpty {
  users: number;
  units: number;
}

const UNIQUE_VIOLATION = '23505';

/**
 * The first administrator of a real database (`npm run admin:create`): the root unit and one user holding ADMIN
 * on it, with an audit_log row, in one transaction — only while the database has neither users nor units. With
 * `additional`, one more administrator on an existing unit, for when the first one is lost.
 */
@Injectable()
export class FirstAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectoryService,
    private readonly audit: AuditLogService,
  ) {}

  async create(input: FirstAdminDto & { password: string; additional?: boolean }): Promise<AdminCreated | NotEmpty> {
    const dto = await validated(input);
    // Judged before anything is written: a weak password leaves the database as it was.
    assertPasswordPolicy(input.password, dto.username);
    try {
      return await this.dataSource.transaction(async (m) => {
        await lockFirstUsers(m);
        const [{ users, units }] = await m.query(
          `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM org_unit) AS units`,
        );
        if (users === 0 && units === 0) return this.createRoot(m, dto, input.password);
        if (!input.additional) return { users, units } satisfies NotEmpty;
        return this.addToExisting(m, dto, input.password);
      });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new DomainError(ErrorCode.USERNAME_TAKEN, { username: dto.username });
      throw err;
    }
  }

  private async createRoot(m: EntityManager, dto: FirstAdminDto, password: string): Promise<AdminCreated> {
    if (!dto.unitName) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, {
        fields: [{ field: 'unitName', constraint: 'isDefined', message: 'Cần tên đơn vị gốc để tạo quản trị viên đầu tiên.' }],
      });
    }
    const unit = await this.directory.createUnit({ code: dto.unitCode, name: dto.unitName, level: dto.unitLevel }, m);
    const { id } = await this.directory.createUser({ username: dto.username, displayName: dto.displayName, password }, m);
    await this.directory.assignRole(id, unit.id, Role.ADMIN, m);
    await this.audit.record(m, null, 'FIRST_ADMIN_CREATED', 'Tạo đơn vị gốc và quản trị viên đầu tiên (npm run admin:create)', {
      userId: id, username: dto.username, unitId: unit.id, unitCode: dto.unitCode, unitName: dto.unitName,
    });
    return { userId: id, username: dto.username, unitId: unit.id, unitCode: dto.unitCode, unitCreated: true };
  }

  private async addToExisting(m: EntityManager, dto: FirstAdminDto, password: string): Promise<AdminCreated> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE code = $1`, [dto.unitCode]);
    if (rows.length === 0) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitCode: dto.unitCode });
    const unitId = rows[0].id;
    const { id } = await this.directory.createUser({ username: dto.username, displayName: dto.displayName, password }, m);
    await this.directory.assignRole(id, unitId, Role.ADMIN, m);
    await this.audit.record(m, null, 'ADMIN_ADDED_FROM_CLI', 'Thêm quản trị viên khi cơ sở dữ liệu đã có người dùng (npm run admin:create --force-additional)', {
      userId: id, username: dto.username, unitId, unitCode: dto.unitCode,
    });
    return { userId: id, username: dto.username, unitId, unitCode: dto.unitCode, unitCreated: false };
  }
}

async function validated(input: FirstAdminDto): Promise<FirstAdminDto> {
  const dto = plainToInstance(FirstAdminDto, {
    username: input.username, displayName: input.displayName, unitName: input.unitName, unitCode: input.unitCode, unitLevel: input.unitLevel,
  });
  const errors = await validate(dto);
  if (errors.length > 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: flattenValidationErrors(errors) });
  return dto;
}
