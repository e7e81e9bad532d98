import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { visibleCasesSql } from './case-access.service';

export interface LinkedCase {
  caseId: string;
  procedureId: string;
  link: string;
  state: string;
  title: string;
  parentSeq: number;
  createdAt: Date;
}

/**
 * The links between a parent case and the children its steps opened. A child inherits the parent's exclusions
 * (subjects, subject organisations, declared conflicts): whoever may not see the parent may not see the child. The
 * people named on a restricted parent are named on its children too, so the file's officers follow its tasks.
 */
@Injectable()
export class CaseLinkService {
  async link(m: EntityManager, parentId: string, childId: string, link: string, parentSeq: number, actorId: string): Promise<void> {
    await m.query(`INSERT INTO case_link (child_case_id, parent_case_id, link, parent_seq) VALUES ($1, $2, $3, $4)`, [childId, parentId, link, parentSeq]);
    await m.query(
      `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by)
       SELECT gen_random_uuid(), $2, p.relation, p.user_id, p.unit_id, 'Kế thừa từ vụ việc gốc: ' || p.reason, $3
         FROM case_participant p
        WHERE p.case_id = $1
          AND (p.relation IN ('SUBJECT', 'SUBJECT_ORGANISATION', 'CONFLICT')
               OR (p.relation = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM "case" k WHERE k.id = $1 AND k.restricted)))
       ON CONFLICT DO NOTHING`,
      [parentId, childId, actorId],
    );
  }

  async parentOf(m: EntityManager, childId: string): Promise<{ parentCaseId: string; link: string } | undefined> {
    const rows: { parent_case_id: string; link: string }[] = await m.query(
      `SELECT parent_case_id, link FROM case_link WHERE child_case_id = $1`,
      [childId],
    );
    return rows[0] ? { parentCaseId: rows[0].parent_case_id, link: rows[0].link } : undefined;
  }

  /** The parent and the children of a case, each only if the caller may see it (else it is left out). */
  async linksOf(m: EntityManager, user: AuthUser, visibleUnits: string[], caseId: string): Promise<{ parent: LinkedCase | null; children: LinkedCase[] }> {
    const rows: (LinkedCase & { role: 'parent' | 'child' })[] = await m.query(
      `SELECT l.role, c.id AS "caseId", c.procedure_id AS "procedureId", l.link, c.state, c.title, l.parent_seq AS "parentSeq", l.created_at AS "createdAt"
         FROM (SELECT 'parent' AS role, parent_case_id AS other, link, parent_seq, created_at FROM case_link WHERE child_case_id = $1
               UNION ALL
               SELECT 'child', child_case_id, link, parent_seq, created_at FROM case_link WHERE parent_case_id = $1) l
         JOIN "case" c ON c.id = l.other
        WHERE ${visibleCasesSql('c', '$2', '$3')}
        ORDER BY l.created_at, c.id`,
      [caseId, visibleUnits, user.id],
    );
    const strip = ({ role: _role, ...rest }: LinkedCase & { role: string }) => rest;
    return { parent: rows.filter((r) => r.role === 'parent').map(strip)[0] ?? null, children: rows.filter((r) => r.role === 'child').map(strip) };
  }
}
