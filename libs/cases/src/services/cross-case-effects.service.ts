import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHILD_CONCLUDED, type Effect, type ProcedureDefinition } from '@hoso/workflows';
import type { AuthUser } from '@hoso/access/auth-user';
import { findUnitPath } from '@hoso/access/unit-path';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { CasePersonRepository } from '../repositories/case-person.repository';
import { CaseLinkService } from './case-link.service';
import { ProcedureRegistryService } from './procedure-registry.service';

/** What the cross-case effects need from the command service (passed in, so neither depends on the other's wiring). */
export interface CaseWriter {
  validInput(def: ProcedureDefinition, raw: unknown): Promise<Record<string, unknown>>;
  insertNew(m: EntityManager, user: AuthUser, def: ProcedureDefinition, orgUnitId: string, unitPath: string, input: Record<string, unknown>): Promise<{ case: { id: string } }>;
  sendAsSystem(m: EntityManager, caseId: string, type: string, payload: unknown): Promise<unknown>;
}

@Injectable()
export class CrossCaseEffectsService {
  constructor(
    private readonly registry: ProcedureRegistryService,
    private readonly links: CaseLinkService,
    private readonly people: PersonRecordsService,
    private readonly casePeople: CasePersonRepository,
  ) {}

  /**
   * The effects that write beyond this case, after its statement and in its transaction: the person's membership
   * (recordMembership), open each child
   * (validated by its own procedure, on this case's unit or the assigned one, linked, inheriting the exclusions),
   * and tell the parent of a concluded child (CHILD_CONCLUDED; ignored when the parent does not take it now).
   */
  async perform(
    cases: CaseWriter, m: EntityManager, user: AuthUser, c: { id: string; procedureId: string; orgUnitId: string; unitPath: string; assignedUnitId: string | null },
    seq: number, effects: readonly Effect[],
  ): Promise<{ caseId: string; procedureId: string; link: string }[]> {
    const children: { caseId: string; procedureId: string; link: string }[] = [];
    for (const e of effects) {
      if (e.type === 'openChildCase') {
        const def = this.registry.latestOrThrow(e.params.procedureId);
        const onAssigned = e.params.unit === 'ASSIGNED_UNIT' && c.assignedUnitId;
        const unitId = onAssigned ? c.assignedUnitId! : c.orgUnitId;
        const unitPath = onAssigned ? ((await findUnitPath(m, unitId)) ?? c.unitPath) : c.unitPath;
        const input = await cases.validInput(def, e.params.input);
        const child = await cases.insertNew(m, user, def, unitId, unitPath, input);
        await this.links.link(m, c.id, child.case.id, e.params.link, seq, user.id);
        children.push({ caseId: child.case.id, procedureId: def.id, link: e.params.link });
      } else if (e.type === 'recordMembership') {
        const personId = await this.casePeople.personOf(m, c.id);
        if (!personId) throw new Error(`Case ${c.id} declared recordMembership but is about no person (personOf)`);
        await this.people.recordMembership(m, personId, e.params, c.id, seq);
      } else if (e.type === 'reportToParent') {
        const parent = await this.links.parentOf(m, c.id);
        if (!parent) continue;
        await cases.sendAsSystem(m, parent.parentCaseId, CHILD_CONCLUDED, {
          childCaseId: c.id, procedureId: c.procedureId, link: parent.link, outcome: e.params.outcome,
          ...(e.params.summary ? { summary: e.params.summary } : {}),
        });
      }
    }
    return children;
  }
}
