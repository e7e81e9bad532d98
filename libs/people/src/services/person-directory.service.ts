import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@hoso/workflows';
import { holdsRole, inScope, type AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { findUnitPath } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import type { CreatePersonDto } from '../dtos/person.dto';
import { PERSON_CASES, type PersonCasesReader } from './person-cases.port';
import { PersonRecordsService } from './person-records.service';
import { PersonTransferService } from './person-transfer.service';

const RECORDERS = [Role.TASK_FORCE_OFFICER, Role.COMMITTEE_OFFICE, Role.SECRETARY, Role.STANDING_COMMITTEE_MEMBER];


/** Creating, finding and reading person records over HTTP (scoped: see PersonRecordsService.findVisible). */
@Injectable()
export class PersonDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly records: PersonRecordsService,
    private readonly transfers: PersonTransferService,
    @Inject(PERSON_CASES) private readonly personCases: PersonCasesReader,
  ) {}

  async create(user: AuthUser, dto: CreatePersonDto) {
    // A date of birth after today (Vietnam time) is a typing error: refused before anything is looked up or written.
    if (dto.dateOfBirth > toVietnamDate(new Date())) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, {
        fields: [{ field: 'dateOfBirth', constraint: 'notInFuture', message: 'Ngày sinh không được sau ngày hôm nay.' }],
      });
    }
    const path = await findUnitPath(this.dataSource.manager, dto.orgUnitId);
    if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: dto.orgUnitId });
    if (!holdsRole(user, path, RECORDERS)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: RECORDERS });
    const id = randomUUID();
    await this.dataSource.query(
      `INSERT INTO person (id, full_name, date_of_birth, org_unit_id, status, created_by) VALUES ($1, $2, $3, $4, 'NON_MEMBER', $5)`,
      [id, dto.fullName.trim(), dto.dateOfBirth, dto.orgUnitId, user.id],
    );
    return this.get(user, id);
  }

  async get(user: AuthUser, id: string) {
    const p = await this.records.findVisible(this.dataSource.manager, user, id);
    // Cases about the person that the caller may see (an excluded or out-of-scope case stays hidden), by the same rule
    // as every case list.
    const cases = await this.personCases.visibleCasesOf(user, id);
    return {
      id: p.id, fullName: p.full_name, dateOfBirth: p.date_of_birth, orgUnitId: p.org_unit_id, status: p.status, partyAgeFrom: p.party_age_from,
      memberships: await this.dataSource.query(
        `SELECT status, to_char(on_date, 'YYYY-MM-DD') AS "onDate", to_char(party_age_from, 'YYYY-MM-DD') AS "partyAgeFrom", case_id AS "caseId", note,
                recorded_at AS "recordedAt"
           FROM person_membership WHERE person_id = $1 ORDER BY on_date, id`,
        [id],
      ),
      // Moves of the person's party activity to another unit (a merger, split or dissolution of their unit).
      transfers: await this.transfers.transfersOf(this.dataSource.manager, id),
      cases,
      // Counted from the visible cases only: a hidden admission case must not show through a count.
      admissionCases: cases.filter((c) => c.procedureId === 'ket-nap-dang-vien').length,
    };
  }

  async search(user: AuthUser, q: string | undefined, page: number, pageSize: number) {
    const units = await this.users.visibleUnitIds(user);
    const params: unknown[] = [units];
    let where = 'org_unit_id = ANY($1::uuid[])';
    if (q) {
      params.push(`%${q.replace(/[\\%_]/g, '\\$&')}%`);
      where += ` AND full_name ILIKE $2 ESCAPE '\\'`;
    }
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM person WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT id, full_name AS "fullName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", org_unit_id AS "orgUnitId", status
         FROM person WHERE ${where} ORDER BY full_name, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }


}
