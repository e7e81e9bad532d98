import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BodyKind, DisciplineSubject, DueDateFact, EventFacts, EventSpec, Level, RuleValueFact } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate, vietnamDate } from '@hoso/kernel/legal-time';
import { DeadlinePlannerService } from '@hoso/deadlines/services/deadline-planner.service';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import type { LegalRule } from '@hoso/deadlines/rules/legal-rule';
import { AuthorityResolverService } from '@hoso/discipline/services/authority-resolver.service';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { CasePersonRepository } from '../repositories/case-person.repository';
import { CommitteeRolesService } from '@hoso/access/services/committee-roles.service';
import { OrgChangeGatewayRegistry } from './org-change.gateway';
import { dossierItems } from './dossier-items';
import { deadlineDues } from './deadline-dues';
import { linkedCases } from './linked-cases';

/** A value at a dotted path (`input.violation.occurredFrom`) of the case's context. */
function atPath(context: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined), context);
}

/**
 * The date of the legal fact an event records (EventSpec.legalDate), or the day of entry when it names none. A field
 * `context.<path>` is read from the case's context (a date the case already holds, e.g. the violation's).
 */
export function legalDateOf(spec: EventSpec, payload: Record<string, unknown>, now: Date, context?: unknown): { date: string; field: string | null } {
  for (const field of spec.legalDate ?? []) {
    const v = field.startsWith('context.') ? atPath(context, field.slice('context.'.length)) : payload[field];
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
    private readonly planner: DeadlinePlannerService,
    private readonly orgChanges: OrgChangeGatewayRegistry,
    private readonly committeeRoles: CommitteeRolesService,
  ) {}

  async compute(
    m: EntityManager, spec: EventSpec,
    c: { id: string; procedure_id: string; org_unit_id: string; unit_path: string; snapshot?: { context?: unknown } },
    payload: Record<string, unknown>, now: Date,
  ): Promise<EventFacts | undefined> {
    const unitPath = c.unit_path;
    if (!spec.facts?.length) return undefined;
    const legalDate = legalDateOf(spec, payload, now, c.snapshot?.context);
    const onDate = legalDate.date;
    const facts: { -readonly [K in keyof EventFacts]: EventFacts[K] } = { legalDate };
    for (const request of spec.facts) {
      if (request.fact === 'ruleValues') {
        const values: Record<string, NonNullable<EventFacts['ruleValues']>[string]> = {};
        for (const key of request.keys) {
          const rule = await this.rules.resolve(m, key, unitPath, onDate);
          values[key] = rule ? ruleFact(rule, onDate) : null;
        }
        facts.ruleValues = values;
      } else if (request.fact === 'dueDate') {
        // Counted as a deadline of the rule would be: the row in force on the start date, the working calendar.
        const startAt = request.start(c.snapshot?.context, payload);
        let due: DueDateFact | null = null;
        if (startAt) {
          const plan = await this.planner.plan(m, request.ruleKey, unitPath, new Date(startAt));
          const rule = plan.explanation.rule;
          due = {
            ruleKey: request.ruleKey, startAt, due: plan.explanation.due?.date ?? null,
            rule: rule ? ruleFact(rule, plan.explanation.start.date) : null, note: plan.explanation.note,
          };
        }
        facts.dueDates = { ...facts.dueDates, [request.key]: due };
      } else if (request.fact === 'deadlineDue') {
        facts.deadlineDue = await deadlineDues(m, c.id, request.keys);
      } else if (request.fact === 'dossier') {
        facts.dossier = { items: await dossierItems(m, c.id) };
      } else if (request.fact === 'personHistory') {
        const personId = await this.casePeople.personOf(m, c.id);
        facts.personHistory = personId ? await this.people.history(m, personId, { caseId: c.id, procedureId: c.procedure_id }) : null;
      } else if (request.fact === 'orgChange') {
        // The plan checked against the tree as it is now, on the authority of the case's committee; nothing written.
        const plan = request.plan(c.snapshot?.context, payload);
        facts.orgChange = plan ? await this.orgChanges.get().check(m, plan, { deciderUnitId: c.org_unit_id, at: now }) : null;
      } else if (request.fact === 'userAccounts') {
        // Whether the people a committee designates have an account (read only: a case never creates one).
        facts.userAccounts = await this.committeeRoles.accounts(m, request.ids(c.snapshot?.context, payload));
      } else if (request.fact === 'linkedCases') {
        // The children as stored now (a conclusion is read from the child, not from what its report says).
        facts.linkedCases = await linkedCases(m, c.id, request.procedureId);
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

function ruleFact(rule: LegalRule, onDate: string): RuleValueFact {
  return {
    ruleId: rule.id, value: rule.value, data: rule.valueData, unit: rule.unit, legalBasis: rule.legalBasis,
    confidence: rule.confidence, effectiveFrom: rule.effectiveFrom, effectiveTo: rule.effectiveTo, resolvedOn: onDate, why: rule.why,
    startEvent: rule.startEvent,
  };
}
