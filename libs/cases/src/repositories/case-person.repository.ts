import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** `case_person`: the person a case is about (ProcedureDefinition.personOf), linked when the case is created. */
@Injectable()
export class CasePersonRepository {
  async link(m: EntityManager, caseId: string, personId: string): Promise<void> {
    await m.query(`INSERT INTO case_person (case_id, person_id) VALUES ($1, $2)`, [caseId, personId]);
  }

  async personOf(m: EntityManager, caseId: string): Promise<string | undefined> {
    const rows: { person_id: string }[] = await m.query(`SELECT person_id FROM case_person WHERE case_id = $1`, [caseId]);
    return rows[0]?.person_id;
  }
}
