import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import type { PersonCaseView, PersonCasesReader } from '@hoso/people/services/person-cases.port';
import { visibleCasesSql } from './case-access.service';

/** Cases about a person for the person's record (an excluded or out-of-scope case stays hidden). */
@Injectable()
export class PersonCasesQuery implements PersonCasesReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
  ) {}

  async visibleCasesOf(user: AuthUser, personId: string): Promise<PersonCaseView[]> {
    return this.dataSource.query(
      `SELECT c.id, c.procedure_id AS "procedureId", c.state, c.status, c.title, c.created_at AS "createdAt"
         FROM case_person cp JOIN "case" c ON c.id = cp.case_id
        WHERE cp.person_id = $1 AND ${visibleCasesSql('c', '$2', '$3')}
        ORDER BY c.created_at`,
      [personId, await this.users.visibleUnitIds(user), user.id],
    );
  }
}
