import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonHistoryFact, RecordMembershipParams } from '@hoso/workflows';
import { inScope, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';

export interface PersonRow {
  id: string;
  full_name: string;
  date_of_birth: string;
  org_unit_id: string;
  unit_path: string;
  status: string;
  party_age_from: string | null;
}

/**
 * Person records as the engine uses them: visibility (scoped like cases: a person exists only for people holding a
 * role on the managing unit or above; 404 otherwise), the check of a case's subject, the history a machine reads, and the
 * membership changes a machine declares.
 */
@Injectable()
export class PersonRecordsService {
  /** The person if the caller may see it (or 404), on the caller's connection. */
  async findVisible(m: EntityManager, user: AuthUser, id: string): Promise<PersonRow> {
    const rows: PersonRow[] = await m.query(
      `SELECT p.id, p.full_name, to_char(p.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, p.org_unit_id, ou.path AS unit_path, p.status,
              to_char(p.party_age_from, 'YYYY-MM-DD') AS party_age_from
         FROM person p JOIN org_unit ou ON ou.id = p.org_unit_id WHERE p.id = $1`,
      [id],
    );
    if (!rows[0] || !inScope(user, rows[0].unit_path)) throw new DomainError(ErrorCode.PERSON_NOT_FOUND, { personId: id });
    return rows[0];
  }

  /**
   * The person a new case is about, checked visible to the creator (404) and against what the case's input says of
   * them (400); the case then links itself to the person.
   */
  async assertCaseSubject(m: EntityManager, user: AuthUser, personId: string, details?: { fullName: string; dateOfBirth: string }): Promise<void> {
    const person = await this.findVisible(m, user, personId);
    if (details) {
      const fields = [
        ...(sameName(details.fullName, person.full_name) ? [] : [{ field: 'fullName', stated: details.fullName, onRecord: person.full_name }]),
        ...(details.dateOfBirth === person.date_of_birth ? [] : [{ field: 'dateOfBirth', stated: details.dateOfBirth, onRecord: person.date_of_birth }]),
      ];
      if (fields.length > 0) throw new DomainError(ErrorCode.PERSON_DETAILS_MISMATCH, { personId, fields });
    }
  }

  /**
   * The fact a machine gets: status, past memberships (paired admitted → ended) and the person's other cases of the
   * same procedure (admission by default).
   */
  async history(m: EntityManager, personId: string, sameProcedureAs?: { caseId: string; procedureId: string }): Promise<PersonHistoryFact> {
    const [p]: { status: PersonHistoryFact['status'] }[] = await m.query(`SELECT status FROM person WHERE id = $1`, [personId]);
    const rows: { status: string; on_date: string }[] = await m.query(
      `SELECT status, to_char(on_date, 'YYYY-MM-DD') AS on_date FROM person_membership WHERE person_id = $1 ORDER BY on_date, id`,
      [personId],
    );
    const memberships: PersonHistoryFact['memberships'] = [];
    for (const r of rows) {
      const open = memberships.at(-1);
      if (r.status === 'PROBATIONARY') memberships.push({ admittedOn: r.on_date });
      else if (r.status === 'FULL' && open && !open.endedOn) open.recognisedOn = r.on_date;
      else if ((r.status === 'STRUCK_OFF' || r.status === 'EXPELLED' || r.status === 'LEFT') && open && !open.endedOn) {
        open.endedOn = r.on_date;
        open.endReason = r.status;
      }
    }
    const admissionCases: PersonHistoryFact['admissionCases'] = await m.query(
      `SELECT c.id AS "caseId", c.state, CASE WHEN c.status = 'CLOSED' THEN to_char(c.updated_at, 'YYYY-MM-DD') END AS "closedOn"
         FROM case_person cp JOIN "case" c ON c.id = cp.case_id
        WHERE cp.person_id = $1 AND c.procedure_id = $3 AND c.id IS DISTINCT FROM $2::uuid ORDER BY c.created_at`,
      [personId, sameProcedureAs?.caseId ?? null, sameProcedureAs?.procedureId ?? 'ket-nap-dang-vien'],
    );
    return { personId, status: p?.status ?? 'NON_MEMBER', memberships, admissionCases };
  }

  /** Full names of people, by id (exports print names, not ids); unknown ids are left out. */
  async fullNames(m: EntityManager, personIds: readonly string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await m.query(`SELECT id, full_name AS name FROM person WHERE id = ANY($1::uuid[])`, [
      [...new Set(personIds)],
    ]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The `recordMembership` effect: a history row and the person's current status (and party age when given). */
  async recordMembership(m: EntityManager, personId: string, e: RecordMembershipParams, caseId: string, seq: number): Promise<void> {
    await m.query(
      `INSERT INTO person_membership (person_id, status, on_date, party_age_from, case_id, event_seq, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [personId, e.status, e.on.slice(0, 10), e.partyAgeFrom?.slice(0, 10) ?? null, caseId, seq, e.note ?? null],
    );
    await m.query(
      `UPDATE person SET status = $2, party_age_from = COALESCE($3::date, party_age_from), updated_at = now() WHERE id = $1`,
      [personId, e.status, e.partyAgeFrom?.slice(0, 10) ?? null],
    );
  }
}

/** Names as people write them: Unicode NFC, letter case and runs of spaces aside. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return norm(a) === norm(b);
}
