import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BodyKind, DisciplineSubject, EventFacts, EventSpec, Level } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate, vietnamDate } from '@hoso/kernel/legal-time';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import { AuthorityResolverService } from '@hoso/discipline/services/authority-resolver.service';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { CasePersonRepository } from '../repositories/case-person.repository';
import { dossierItems } from './dossier-items';

/** The date of the legal fact an event records (EventSpec.legalDate), or the day of entry when it names none. */
export function legalDateOf(spec: EventSpec, payload: Record<string, unknown>, now: Date): { date: string; field: string | null } {
  for (const field of spec.legalDate ?? []) {
    const v = payload[field];
    if (typeof v !== 'string' || !v) continue;
    try {
      return { date: vietnamDate(v), field };
    } catch {
      // The payload's validation refuses a malformed date before any transition; here we only skip it.
    }
  }
  return { date: toVietnamDate(now), field: null };
}

/** Computes the facts an event asks for (workflows/shared/facts.ts), for the case's unit on the date of the legal fact. */
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
    const legalDate = legalDateOf(spec, payload, now);
    const onDate = legalDate.date;
    const facts: { -readonly [K in keyof EventFacts]: EventFacts[K] } = { legalDate };
    for (const request of spec.facts) {
      if (request.fact === 'ruleValues') {
        const values: Record<string, NonNullable<EventFacts['ruleValues']>[string]> = {};
        for (const key of request.keys) {
          const rule = await this.rules.resolve(m, key, unitPath, onDate);
          values[key] = rule
            ? {
                ruleId: rule.id, value: rule.value, data: rule.valueData, unit: rule.unit, legalBasis: rule.legalBasis,
                confidence: rule.confidence, effectiveFrom: rule.effectiveFrom, effectiveTo: rule.effectiveTo, resolvedOn: onDate, why: rule.why,
              }
            : null;
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
