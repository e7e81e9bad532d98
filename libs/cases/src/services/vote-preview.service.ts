import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  applyEvent, availableEvents, refusalReasons, type EventFacts, type EventSpec, type MachineEvent, type ProcedureDefinition, type VotePreview,
  type VotePreviewProblem,
} from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { CaseStoreRepository, type CaseRow } from '../repositories/case-store.repository';
import { CaseAccessService } from './case-access.service';
import { EventFactsService } from './event-facts.service';
import { offerOf } from './event-offer';
import { maySend } from './event-permission';
import { validatePayload } from './payload-validator';
import { ProcedureRegistryService } from './procedure-registry.service';
import { separationBypass } from './separation-of-duties';

/** The preview, and where the case would go if this very payload were sent now. */
export interface VotePreviewResult extends VotePreview {
  nextState?: { state: string; label: string };
}

/**
 * The live arithmetic of a ballot being entered (EventSpec.votePreview), with the refusals sending the step would
 * give (the case out of scope, a step that is no ballot, a role, the state, separation of duties) and the facts it
 * would be sent with. In a READ ONLY transaction: nothing is written, the version does not move.
 *
 * The procedure's preview counts the tally as entered; once the payload is complete and the count has no problem, the
 * transition itself is tried on the case as it is (nothing kept): its refusals are added as problems (`STEP_REFUSED`)
 * and the state it would reach is given, so the preview cannot promise what sending would refuse.
 */
@Injectable()
export class VotePreviewService {
  constructor(
    private readonly store: CaseStoreRepository,
    private readonly access: CaseAccessService,
    private readonly registry: ProcedureRegistryService,
    private readonly facts: EventFactsService,
    private readonly dataSource: DataSource,
  ) {}

  preview(user: AuthUser, caseId: string, type: string, payload: unknown): Promise<VotePreviewResult> {
    return this.dataSource.transaction(async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      const row = await this.store.findById(m, caseId);
      if (!row || !(await this.access.canSee(m, user, row))) throw new DomainError(ErrorCode.CASE_NOT_FOUND, { caseId });
      const def = this.registry.forCase(row.procedure_id, row.machine_version);
      await this.assertMaySendNow(m, user, row, def, type);
      const hook = def.events[type].votePreview!;

      const now = new Date();
      const complete = await validatePayload(def.events[type].payload, payload).then(
        (clean) => ({ ok: true as const, clean }),
        (e: unknown) => {
          if (e instanceof DomainError && e.code === ErrorCode.VALIDATION_FAILED) return { ok: false as const, fields: fieldErrors(e) };
          throw e;
        },
      );
      // The facts are those sending would compute, from the same (validated) payload; until then the rule values alone
      // (thresholds, who counts), on the date the payload gives so far, so that the arithmetic follows the typing.
      const facts: EventFacts | undefined = complete.ok
        ? await this.facts.compute(m, def.events[type], row, complete.clean, now)
        : await this.ruleFactsOnly(m, def.events[type], row, payload, now);
      const preview: VotePreviewResult = hook({ context: row.snapshot.context, payload: complete.ok ? complete.clean : payload, facts });
      if (preview.problems.length > 0) return preview;
      if (!complete.ok) return withProblems(preview, complete.fields);

      const event: MachineEvent = { type, payload: complete.clean, actorId: user.id, occurredAt: now.toISOString(), facts };
      const outcome = applyEvent(def, row.snapshot, event);
      if (outcome.kind === 'taken') return { ...preview, nextState: { state: outcome.state, label: def.stateLabels[outcome.state] ?? outcome.state } };
      const reasons = outcome.kind === 'guard-refused' ? refusalReasons(def, row.snapshot, event, outcome.guards) : [];
      return withProblems(preview, reasons.map((message) => ({ code: 'STEP_REFUSED', field: null, message })));
    });
  }

  /** The rule values an incomplete payload's step asks for (no authority: it needs the body entered). */
  private async ruleFactsOnly(m: EntityManager, spec: EventSpec, row: CaseRow, payload: unknown, now: Date): Promise<EventFacts | undefined> {
    const rules = spec.facts?.filter((f) => f.fact === 'ruleValues');
    if (!rules?.length) return undefined;
    const entered = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
    return this.facts.compute(m, { ...spec, facts: rules }, row, entered, now);
  }

  /** The refusals POST /cases/:id/events gives before looking at the payload, in its order; then: is it a ballot? */
  private async assertMaySendNow(m: EntityManager, user: AuthUser, row: CaseRow, def: ProcedureDefinition, type: string): Promise<void> {
    const spec = def.events[type];
    if (!spec) throw new DomainError(ErrorCode.UNKNOWN_EVENT, { type, knownEvents: Object.keys(def.events) });
    if (!spec.votePreview) {
      const ballots = Object.entries(def.events).filter(([, e]) => e.votePreview).map(([t]) => t);
      throw new DomainError(ErrorCode.NOT_A_BALLOT, { type, ballotEvents: ballots });
    }
    if (!maySend(user, spec, row)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: spec.roles });
    // Whoever prepared the step may preview it only if their role lets them send it with a reason.
    await separationBypass(m, user, row, def, spec, undefined).catch((e: unknown) => {
      const actingPath = spec.actingUnit === 'ASSIGNED_UNIT' ? row.assigned_unit_path : row.unit_path;
      const bypass = e instanceof DomainError && e.code === ErrorCode.SEPARATION_OF_DUTIES && spec.separateFrom;
      if (!bypass || !holdsRole(user, actingPath, spec.separateFrom!.bypassRoles)) throw e;
    });
    const allowed = availableEvents(def, row.snapshot);
    const forPeople = allowed.filter((t) => def.events[t]?.roles.length);
    if (!allowed.includes(type)) throw new DomainError(ErrorCode.TRANSITION_NOT_ALLOWED, { state: row.state, allowedEvents: forPeople });
    // A guard on the case alone (not on the payload) refuses the step whatever is entered.
    if (offerOf(def, row.snapshot, { type, actorId: user.id, occurredAt: new Date().toISOString() }).kind === 'closed') {
      throw new DomainError(ErrorCode.TRANSITION_REFUSED, { state: row.state, allowedEvents: forPeople });
    }
  }
}

function fieldErrors(e: DomainError): VotePreviewProblem[] {
  const fields = (e.details?.fields ?? []) as { field: string; message: string }[];
  return fields.map((f) => ({ code: 'VALIDATION_FAILED', field: f.field, message: `${f.field}: ${f.message}` }));
}

/** The vote stands as counted, but the step would be refused: no outcome to promise. */
function withProblems(preview: VotePreviewResult, problems: VotePreviewProblem[]): VotePreviewResult {
  if (problems.length === 0) return preview;
  return { ...preview, problems, outcome: `${preview.outcome}. Bước này chưa ghi nhận được: ${problems[0].message}${problems.length > 1 ? ` (và ${problems.length - 1} vấn đề khác)` : ''}` };
}
