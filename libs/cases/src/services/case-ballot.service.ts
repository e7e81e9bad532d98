import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ballotRoster, EXCLUSION_LABELS, Role } from '@hoso/workflows';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseQueryService } from './case-query.service';

// The deciding body of a case: the standing committee of the case's unit (its members and its secretary).
const BODY_ROLES = [Role.STANDING_COMMITTEE_MEMBER, Role.SECRETARY];

/**
 * Who gets a ballot on a case's decision and who counts in the denominator: the deciding body's members, minus
 * anyone the case excludes (its subjects, the head of a subject organisation, a declared conflict).
 */
@Injectable()
export class CaseBallotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
  ) {}

  async roster(user: AuthUser, caseId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const members: { id: string; name: string; conflicted: boolean }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name AS name, case_excludes($1, u.id) AS conflicted
         FROM app_user u
        WHERE u.active AND EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.unit_id = $2 AND ra.role = ANY($3::text[]))
        ORDER BY u.display_name, u.id`,
      [row.id, row.org_unit_id, BODY_ROLES],
    );
    const names = new Map(members.map((m) => [m.id, m.name]));
    const roster = ballotRoster(
      members.map((m) => ({ id: m.id, status: 'FULL' as const })),
      new Set(members.filter((m) => m.conflicted).map((m) => m.id)),
    );
    return {
      caseId: row.id,
      bodyUnitId: row.org_unit_id,
      denominator: roster.denominator,
      voters: roster.voters.map((id) => ({ id, name: names.get(id) })),
      excluded: roster.excluded.map((e) => ({ id: e.id, name: names.get(e.id), reason: e.reason, reasonLabel: EXCLUSION_LABELS[e.reason] })),
    };
  }
}
