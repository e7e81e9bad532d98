import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Statuses of people who are not (or no longer) members: applicants and former members. */
const NOT_MEMBERS = ['NON_MEMBER', 'STRUCK_OFF', 'EXPELLED', 'LEFT'];

/**
 * Members' party activity moved to another unit by a structural change of the tree (merge, split, dissolution): the
 * managing unit changes and a `person_transfer` row records it; party age and membership history are untouched.
 */
@Injectable()
export class PersonTransferService {
  /**
   * Every person record the units manage, each marked a member or not (applicants and former members are not: their
   * record moves with the records of the unit, not as a transfer of party activity).
   */
  async peopleOf(m: EntityManager, unitIds: readonly string[]): Promise<{ id: string; fullName: string; orgUnitId: string; member: boolean }[]> {
    if (unitIds.length === 0) return [];
    return m.query(
      `SELECT id, full_name AS "fullName", org_unit_id AS "orgUnitId", status <> ALL($2::text[]) AS member FROM person
        WHERE org_unit_id = ANY($1::uuid[]) ORDER BY full_name, id`,
      [unitIds, NOT_MEMBERS],
    );
  }

  /** The person each of the cases is about (a case about a person: admission, discipline…). */
  async subjectsOf(m: EntityManager, caseIds: readonly string[]): Promise<Map<string, string>> {
    if (caseIds.length === 0) return new Map();
    const rows: { case_id: string; person_id: string }[] = await m.query(`SELECT case_id, person_id FROM case_person WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    return new Map(rows.map((r) => [r.case_id, r.person_id]));
  }

  /** Moves each person to their unit from `onDate`, in the caller's transaction. Answers how many moved. */
  async transfer(m: EntityManager, moves: readonly { personId: string; toUnitId: string }[], onDate: string, changeId: string | null): Promise<number> {
    if (moves.length === 0) return 0;
    // The self-join reads each person's unit as it was before the update (the row recorded as `from_unit_id`).
    const rows: unknown[] = await m.query(
      `WITH input AS (SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS t(person_id, to_unit_id)),
            moved AS (
              UPDATE person p SET org_unit_id = i.to_unit_id, updated_at = now()
                FROM input i JOIN person old ON old.id = i.person_id
               WHERE p.id = i.person_id AND p.org_unit_id <> i.to_unit_id
              RETURNING p.id, old.org_unit_id AS from_unit_id, i.to_unit_id)
       INSERT INTO person_transfer (person_id, from_unit_id, to_unit_id, on_date, change_id)
       SELECT id, from_unit_id, to_unit_id, $3::date, $4::uuid FROM moved RETURNING id`,
      [moves.map((x) => x.personId), moves.map((x) => x.toUnitId), onDate, changeId],
    );
    return rows.length;
  }

  /** A person's transfers, oldest first (the person's record shows them beside the membership history). */
  async transfersOf(m: EntityManager, personId: string): Promise<{ fromUnitId: string; toUnitId: string; onDate: string; changeId: string | null; recordedAt: Date }[]> {
    return m.query(
      `SELECT from_unit_id AS "fromUnitId", to_unit_id AS "toUnitId", to_char(on_date, 'YYYY-MM-DD') AS "onDate", change_id AS "changeId",
              recorded_at AS "recordedAt"
         FROM person_transfer WHERE person_id = $1 ORDER BY on_date, id`,
      [personId],
    );
  }
}
