import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { inScope, type AuthUser } from '@hoso/access/auth-user';

/**
 * Who may see a case (and so act on it, count it, be told about it): people holding a role on its unit or its
 * assigned unit (or above), and the participants named on it, except its subjects, the heads of a subject
 * organisation and anyone who declared a conflict (SQL function `case_excludes`). An excluded person is told the
 * case does not exist (404), so existence does not leak.
 */
@Injectable()
export class CaseAccessService {
  async canSee(m: EntityManager, user: AuthUser, c: { id: string; unit_path: string; assigned_unit_path: string | null }): Promise<boolean> {
    const [row]: CallerFacts[] = await m.query(`SELECT ${callerFactsSql('$1', '$2')}`, [c.id, user.id]);
    return seesCase(user, { ...c, ...row });
  }
}

/** What `callerFactsSql` reads about a case and its caller: excluded from it (`case_excludes`), named on it. */
export interface CallerFacts {
  excluded: boolean;
  named: boolean;
}

/**
 * The caller's two facts about one case as select-list columns `excluded` and `named` (`CallerFacts`), for `canSee`
 * and for a case read with them (CaseStoreRepository.findForCaller): `caseId` the case's id (a parameter or a
 * column), `user` the caller's id parameter.
 */
export function callerFactsSql(caseId: string, user: string): string {
  return `case_excludes(${caseId}, ${user}) AS excluded,
          EXISTS (SELECT 1 FROM case_participant p
                   WHERE p.case_id = ${caseId} AND p.user_id = ${user} AND p.relation = 'PARTICIPANT') AS named`;
}

/** `canSee` on a case read with its two facts about the caller (CaseStoreRepository.findForCaller). */
export function seesCase(user: AuthUser, c: { unit_path: string; assigned_unit_path: string | null } & CallerFacts): boolean {
  if (c.excluded) return false;
  return inScope(user, c.unit_path) || inScope(user, c.assigned_unit_path) || c.named;
}

/**
 * The same rule as a WHERE fragment for lists and counts over `"case" <alias>`: `units` is a uuid[] parameter of the
 * units in the caller's scope, `user` the caller's id parameter (e.g. `$1`, `$2`). The exclusions are the caller's
 * excluded cases as one anti-join (`user_excluded_cases`, the same rule as `case_excludes`), not a call per row.
 * The cases the caller is named on are read once (an array the planner can use an index with), not probed per row:
 * the three ways in can then each use an index, so a ward's list does not walk the whole table.
 */
export function visibleCasesSql(alias: string, units: string, user: string, inOrder = false): string {
  const excluded = inOrder ? notExcludedInOrderSql(`${alias}.id`, user) : notExcludedSql(`${alias}.id`, user);
  return `(${inScopeCasesSql(alias, units, user)}
           AND ${excluded})`;
}

/** `visibleCasesSql` before the exclusions, for a statement that tests them elsewhere (e.g. on a joined case id). */
export function inScopeCasesSql(alias: string, units: string, user: string): string {
  return `(${alias}.org_unit_id = ANY(${units}::uuid[]) OR ${alias}.assigned_unit_id = ANY(${units}::uuid[])
            OR ${namedOnSql(`${alias}.id`, user)})`;
}

/** True for a case (`caseId`) the user (`user`, a uuid parameter) is named on: their cases read once, as an array. */
function namedOnSql(caseId: string, user: string): string {
  return `${caseId} = ANY(ARRAY(SELECT np.case_id FROM case_participant np
                                 WHERE np.user_id = ${user}::uuid AND np.relation = 'PARTICIPANT'))`;
}

/**
 * The three ways into `visibleCasesSql`'s scope (before the exclusions) as disjoint conditions on `"case" <alias>`:
 * on one of the units, else assigned to one of them, else named on the case. Their OR is the same scope and a case
 * meets at most one, so a count can read each from its own index and add them up (UNION ALL, no duplicates to
 * remove): an index-only walk per way in instead of a bitmap of the whole scope over the case rows. Add the
 * exclusions (`notExcludedSql`, `notExcludedInOrderSql`) to what they select.
 */
export function visibleCaseWaysSql(alias: string, units: string, user: string): string[] {
  const onUnit = `(${alias}.org_unit_id = ANY(${units}::uuid[]))`;
  const assigned = `(${alias}.assigned_unit_id = ANY(${units}::uuid[]))`;
  return [
    onUnit,
    `${assigned} AND ${onUnit} IS NOT TRUE`,
    `${namedOnSql(`${alias}.id`, user)} AND ${onUnit} IS NOT TRUE AND ${assigned} IS NOT TRUE`,
  ];
}

/**
 * The same exclusion for a walk down an index in a list's order (`visibleCasesSql(…, true)`): a hashed `NOT IN`
 * tests each row as it comes, in O(1). The anti-join form keeps the order only as a nested loop, which rescans all
 * the caller's excluded cases for every row walked (10,000 rows × 2,000 exclusions on a deep page). The same rule:
 * `user_excluded_cases` never returns a null case_id (case_participant.case_id is NOT NULL), so NOT IN = NOT EXISTS.
 */
export function notExcludedInOrderSql(caseId: string, user: string): string {
  return `${caseId} NOT IN (SELECT x.case_id FROM user_excluded_cases(${user}::uuid) x)`;
}

/** True for a case (`caseId`, a SQL expression) the user (`user`, a uuid parameter) is not excluded from. */
export function notExcludedSql(caseId: string, user: string): string {
  return `NOT EXISTS (SELECT 1 FROM user_excluded_cases(${user}::uuid) x WHERE x.case_id = ${caseId})`;
}
