import type { EntityManager } from 'typeorm';
import type { LinkedCaseFact } from '@hoso/workflows';

/**
 * The `linkedCases` fact: the children of `procedureId` a case opened (case_link), as stored in this transaction —
 * state, status, the projection's category and tags, and the person each is about — oldest first. A machine that
 * waits for a child reads its conclusion here rather than from the child's report.
 */
export async function linkedCases(m: EntityManager, caseId: string, procedureId: string): Promise<LinkedCaseFact[]> {
  const rows: {
    case_id: string; procedure_id: string; link: string; state: string; status: 'OPEN' | 'CLOSED'; report_category: string;
    tags: Record<string, string> | null; person_id: string | null;
  }[] = await m.query(
    `SELECT c.id AS case_id, c.procedure_id, l.link, c.state, c.status, c.report_category, c.tags, cp.person_id
       FROM case_link l JOIN "case" c ON c.id = l.child_case_id LEFT JOIN case_person cp ON cp.case_id = c.id
      WHERE l.parent_case_id = $1 AND c.procedure_id = $2
      ORDER BY l.created_at, c.id`,
    [caseId, procedureId],
  );
  return rows.map((r) => ({
    caseId: r.case_id, procedureId: r.procedure_id, link: r.link, state: r.state, status: r.status, reportCategory: r.report_category,
    tags: r.tags ?? {}, personId: r.person_id,
  }));
}
