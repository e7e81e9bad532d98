import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BodyKind, DisciplineSubject, EventFacts, EventSpec, Level } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import { AuthorityResolverService } from '@hoso/discipline/services/authority-resolver.service';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { CasePersonRepository } from '../repositories/case-person.repository';
import { dossierItems } from './dossier-items';

/** Computes the facts an event asks for (workflows/shared/facts.ts), for the case's unit on the event's date. */
@Injectable()
export class EventFactsService {
  constructor(
    private readonly rules: RuleResolverService,
    private readonly authority: AuthorityResolverService,
    private readonly people: PersonRecordsService,
    private readonly casePeople: CasePersonRepository,
  ) {}

  async compute(
    m: EntityManager, spec: EventSpec, c: { id: string; procedure_id: string; unit_path: string }, payload: Record<string, unknown>, now: Date,
  ): Promise<EventFacts | undefined> {
    const unitPath = c.unit_path;
    if (!spec.facts?.length) return undefined;
    const onDate = toVietnamDate(now);
    const facts: { -readonly [K in keyof EventFacts]: EventFacts[K] } = {};
    for (const request of spec.facts) {
      if (request.fact === 'ruleValues') {
        const values: Record<string, NonNullable<EventFacts['ruleValues']>[string]> = {};
        for (const key of request.keys) {
          const rule = await this.rules.resolve(m, key, unitPath, onDate);
          values[key] = rule ? { ruleId: rule.id, value: rule.value, unit: rule.unit, legalBasis: rule.legalBasis, confidence: rule.confidence } : null;
        }
        facts.ruleValues = values;
      } else if (request.fact === 'dossier') {
        facts.dossier = { items: await dossierItems(m, c.id) };
      } else if (request.fact === 'personHistory') {
        const personId = await this.casePeople.personOf(m, c.id);
        facts.personHistory = personId ? await this.people.history(m, personId, { caseId: c.id, procedureId: c.procedure_id }) : null;
      } else {
        // The payload class of such an event validates these two fields; a spec that forgets them is a bug.
        const body = payload.decidingBody as { kind: BodyKind; level: Level } | undefined;
        const subject = payload.subjectKind as DisciplineSubject | undefined;
        if (!body || !subject) throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'decidingBody', constraint: 'required' }] });
        facts.disciplineAuthority = await this.authority.resolve(m, body, subject, unitPath, onDate);
      }
    }
    return facts;
  }
}
