import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ballotRoster, EXCLUSION_LABELS, EXCLUSION_REASONS, Role, type ExclusionReason } from '@hoso/workflows';
import type { AuthUser } from '@hoso/access/auth-user';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import { CaseQueryService } from './case-query.service';

// The deciding body of a case: the standing committee of the case's unit (its members and its secretary).
const BODY_ROLES = [Role.STANDING_COMMITTEE_MEMBER, Role.SECRETARY];
const DENOMINATOR_RULE = 'VOTE.DENOMINATOR_EXCLUSIONS';

/**
 * Who gets a ballot on a case's decision and who counts in the denominator: the deciding body's members, under the
 * denominator rule in force today for the case's unit (VOTE.DENOMINATOR_EXCLUSIONS, the same rule the vote's
 * arithmetic applies on the meeting date). Members the case concerns or who declared a conflict of interest
 * (case_excludes) keep the vote and count unless the rule lists CONFLICT_OF_INTEREST (a committee's confirmation).
 */
@Injectable()
export class CaseBallotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly rules: RuleResolverService,
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
    const [unit]: { path: string }[] = await this.dataSource.query(`SELECT path FROM org_unit WHERE id = $1`, [row.org_unit_id]);
    const rule = await this.rules.resolve(this.dataSource.manager, DENOMINATOR_RULE, unit.path, toVietnamDate(new Date()));
    const items = (rule?.valueData as { items?: unknown[] } | null)?.items ?? [];
    const exclusions = items.filter((i): i is ExclusionReason => (EXCLUSION_REASONS as readonly unknown[]).includes(i));
    const names = new Map(members.map((m) => [m.id, m.name]));
    const roster = ballotRoster(
      members.map((m) => ({ id: m.id, status: 'FULL' as const })),
      new Set(members.filter((m) => m.conflicted).map((m) => m.id)),
      // No rule in force: nobody is left out on a guess (the arithmetic refuses the vote until a row exists).
      { exclusions },
    );
    return {
      caseId: row.id,
      bodyUnitId: row.org_unit_id,
      denominator: roster.denominator,
      rule: rule ? { ruleId: rule.id, legalBasis: rule.legalBasis, confidence: rule.confidence, why: rule.why ?? null } : null,
      voters: roster.voters.map((id) => ({ id, name: names.get(id) })),
      excluded: roster.excluded.map((e) => ({ id: e.id, name: names.get(e.id), reason: e.reason, reasonLabel: EXCLUSION_LABELS[e.reason] })),
    };
  }
}
