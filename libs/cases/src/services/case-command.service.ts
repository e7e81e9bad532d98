import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  applyEvent, refusalReasons, startCase, type Effect, type EventFacts, type ProcedureDefinition, type StepResult,
} from '@hoso/workflows';
import { holdsRole, inScope, type AuthUser } from '@hoso/access/auth-user';
import { sessionChecked, uncheckedSession, type UncheckedSession } from '@hoso/access/services/session-cache';
import { findUnit, hasEnded } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { caseTransitions } from '@hoso/core/metrics';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { DeadlineEffectsService } from '@hoso/deadlines/services/deadline-effects.service';
import { CaseStoreRepository, type CaseRow, type SessionCondition } from '../repositories/case-store.repository';
import { WriteStatement } from '@hoso/core/database/write-statement';
import { TimelineWriter } from '@hoso/timeline/repositories/timeline-writer.repository';
import { SYSTEM_ACTOR_ID, SYSTEM_ACTOR_NAME } from '@hoso/timeline/timeline-labels';
import type { ReporterDto } from '../dtos/reporter.dto';
import { seesCase } from './case-access.service';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { CrossCaseEffectsService, type CaseAtStep, type OpenedChild } from './cross-case-effects.service';
import { EventFactsService } from './event-facts.service';
import { ReporterIdentityService } from './reporter-identity.service';
import { OutboxRepository } from '../repositories/outbox.repository';
import { CasePersonRepository } from '../repositories/case-person.repository';
import { nameRestrictedParticipants } from '../repositories/restricted-participants';
import { caseSummary, type CaseSummary } from './case-summary';
import { maySend } from './event-permission';
import { separationBypass } from './separation-of-duties';
import { assertSignedCopy } from './signed-copy';
import { validatePayload } from './payload-validator';
import { ProcedureRegistryService } from './procedure-registry.service';
import { inTransactionIf, toWrite, writesOtherCases } from './case-write';
import { OrgChangeGatewayRegistry } from './org-change.gateway';
import { keepTransferredAssignment } from './case-transfer.service';
import { previewBeyondCase, stepPreview, type StepPreview } from './step-preview';

export interface SendEventCommand {
  caseId: string;
  type: string;
  payload: unknown;
  expectedVersion: number;
  /** Given when the caller knowingly bypasses a separation-of-duties rule (allowed to some roles only). */
  separationBypassReason?: string;
}

export interface CreateCaseCommand {
  procedureId: string;
  orgUnitId: string;
  input: unknown;
  /** Sealed apart from the case; never part of the machine's input or the timeline. */
  reporter?: ReporterDto;
}

/** The answer to a write, built inside the transaction from what was written. */
export interface CommandResult {
  case: CaseSummary;
  event: { seq: number; type: string };
  /** Child cases the step opened (openChildCase), in the same transaction. */
  children?: OpenedChild[];
}

/** The write found the caller's session generation moved (or, for a transition, the version): recheck which. */
class SessionOrVersionMoved extends Error {
  constructor(message: string, readonly countConflict?: () => void) {
    super(message);
  }
}

/**
 * Creating a case and applying an event (see docs/ARCHITECTURE.md, "Applying an event"): load, check version,
 * resume with the case's own machine version, refuse what the machine refuses, transition, then one atomic
 * statement: conditional UPDATE, audit row, effect rows. With an Idempotency-Key it all runs in a transaction.
 */
@Injectable()
export class CaseCommandService {
  private readonly logger = new Logger('Cases');

  constructor(
    private readonly store: CaseStoreRepository,
    private readonly timeline: TimelineWriter,
    private readonly deadlines: DeadlineEffectsService,
    private readonly outbox: OutboxRepository,
    private readonly registry: ProcedureRegistryService,
    private readonly reporters: ReporterIdentityService,
    private readonly facts: EventFactsService,
    private readonly people: PersonRecordsService,
    private readonly casePeople: CasePersonRepository,
    private readonly crossEffects: CrossCaseEffectsService,
    private readonly dataSource: DataSource,
    private readonly orgChanges: OrgChangeGatewayRegistry,
    private readonly audit: AuditLogService,
  ) {}

  async create(m: EntityManager, user: AuthUser, cmd: CreateCaseCommand): Promise<CommandResult> {
    return this.checkingSession(user, (u, session) => this.createAs(m, u, cmd, session));
  }

  /**
   * Runs a command for a caller whose session the AuthGuard left to the write (`uncheckedSession`): the write holds
   * only if the generation is unmoved. A refusal on the way, or a write that held nothing, asks the generation again
   * before it is answered: unmoved, the refusal stands (and a write that met a newer version runs again, to answer
   * that conflict as usual); moved, the command runs again for the caller as read now, or ends in 401. So a revoked
   * role or session gets nothing, not even a refusal that would tell what state a case is in.
   */
  private async checkingSession<T>(user: AuthUser, run: (u: AuthUser, session?: SessionCondition) => Promise<T>): Promise<T> {
    const session: UncheckedSession | undefined = uncheckedSession(user);
    if (!session) return run(user);
    try {
      return await run(user, { userId: session.userId, generation: session.generation });
    } catch (err) {
      if (!(err instanceof DomainError) && !(err instanceof SessionOrVersionMoved)) throw err;
      const again = await session.recheck();
      // Unmoved: a write that held nothing met a newer version; running again answers that conflict as usual.
      if (!again.moved) {
        if (err instanceof SessionOrVersionMoved) {
          err.countConflict?.();
          return run(user);
        }
        throw err;
      }
      if (!again.user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
      return run(again.user);
    }
  }

  private async createAs(m: EntityManager, user: AuthUser, cmd: CreateCaseCommand, session?: SessionCondition): Promise<CommandResult> {
    const def = this.registry.latestOrThrow(cmd.procedureId);
    const unit = await findUnit(m, cmd.orgUnitId);
    const unitPath = unit?.path;
    if (!unitPath || !inScope(user, unitPath)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: cmd.orgUnitId });
    // An organisation that merged, split, was absorbed or dissolved reads as history: its successor takes new cases.
    if (hasEnded(unit, toVietnamDate(new Date()))) throw new DomainError(ErrorCode.UNIT_ENDED, { orgUnitId: cmd.orgUnitId, validTo: unit.validTo });
    if (!holdsRole(user, unitPath, def.createRoles)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: def.createRoles });
    const input = await this.validInput(def, cmd.input);
    return this.insertNew(m, user, def, cmd.orgUnitId, unitPath, input, cmd.reporter, session);
  }

  /** The input class, then the procedure's own checks that need today's date. */
  async validInput(def: ProcedureDefinition, raw: unknown): Promise<Record<string, unknown>> {
    const input = await validatePayload(def.input, raw);
    const problems = def.inputChecks?.(input, new Date().toISOString()) ?? [];
    if (problems.length > 0) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: problems.map((p) => ({ field: p.field, constraint: 'procedure', message: p.message })) });
    }
    return input;
  }

  /** Write a new case (row, first timeline row, reporter, effects); shared by registration and child cases. */
  async insertNew(
    m: EntityManager, user: AuthUser, def: ProcedureDefinition, orgUnitId: string, unitPath: string, input: Record<string, unknown>,
    reporter?: ReporterDto, session?: SessionCondition,
  ): Promise<CommandResult> {
    const step = startCase(def, input);
    const personId = def.personOf?.(input);
    return inTransactionIf(m, writesOtherCases(step.effects) || !!personId || !!def.restricted, (tm) =>
      this.writeNew(tm, user, def, orgUnitId, unitPath, input, step, reporter, personId, session),
    );
  }

  private async writeNew(
    m: EntityManager, user: AuthUser, def: ProcedureDefinition, orgUnitId: string, unitPath: string, input: Record<string, unknown>,
    step: StepResult, reporter?: ReporterDto, personId?: string, session?: SessionCondition,
  ): Promise<CommandResult> {
    const id = randomUUID();
    const now = new Date();
    const write = toWrite(def, step);
    const event = {
      caseId: id, seq: 1, type: 'CREATE', payload: input, actorId: user.id, fromState: null, toState: step.state,
      machineVersion: def.version, occurredAt: now, recordedAt: now,
    };
    // Case row, first timeline row and effects in one statement; the case carries its chain head from the start.
    const w = new WriteStatement();
    const head = this.timeline.hashOf(this.timeline.genesis(), event);
    this.store.insertCase(w, {
      ...write, id, procedureId: def.id, machineVersion: def.version, orgUnitId, createdBy: user.id, chainHead: head, now,
      restricted: !!def.restricted,
    }, session);
    this.timeline.append(w, this.timeline.genesis(), event);
    this.reporters.append(w, id, reporter);
    this.deadlines.append(w, id, 1, step.effects, await this.deadlines.prepare(m, id, unitPath, step.effects, now));
    this.outbox.append(w, id, 1, step.effects);
    if ((await this.store.execute(m, w)) !== 1) throw new SessionOrVersionMoved(`case ${id} not written: session generation moved`);
    this.logger.log(`case ${id} created ${def.id} v${def.version} → ${step.state}`);
    // The person the case is about, checked in the creator's scope (404) and against what the input says of them
    // (400); either refusal rolls the case back.
    if (personId) {
      await this.people.assertCaseSubject(m, user, personId, def.personDetails?.(input));
      await this.casePeople.link(m, id, personId);
    }
    // Restricted filing: the creator and the people the input names are the case's participants, the only ones who
    // see it (an unknown user refuses the case).
    if (def.restricted) {
      for (const named of await nameRestrictedParticipants(m, id, user.id, def.restricted.namedOf(input))) {
        await this.audit.record(m, user.id, 'CASE_PARTICIPANT_ADDED', named.reason, { caseId: id, userId: named.userId });
      }
    }
    const children = await this.writeOtherCases(m, user, { id, procedureId: def.id, orgUnitId, unitPath, assignedUnitId: write.assignedUnitId }, 1, step.effects, now);
    const summary = caseSummary(
      {
        id, procedure_id: def.id, machine_version: def.version, title: write.title, state: write.state, status: write.status,
        report_category: write.reportCategory, tags: write.tags, version: 1, org_unit_id: orgUnitId,
        assigned_unit_id: write.assignedUnitId, received_at: new Date(write.receivedAt), created_at: now, updated_at: now,
      },
      def,
    );
    return { case: summary, event: { seq: 1, type: 'CREATE' }, ...(children.length ? { children } : {}) };
  }

  async send(m: EntityManager, user: AuthUser, cmd: SendEventCommand): Promise<CommandResult> {
    return this.checkingSession(user, async (u, session) => {
      const c = await this.check(m, u, cmd);
      return this.commit(m, u, c.row, c.def, cmd, c.recorded, c.step, c.now, session);
    });
  }

  /**
   * What the step would do, with the same checks and refusals as `send`, in a READ ONLY transaction: the database
   * itself refuses any write, so no case row, timeline row, deadline row or idempotency key can come of it.
   */
  async dryRun(caller: AuthUser, cmd: SendEventCommand): Promise<StepPreview> {
    const user = await sessionChecked(caller);
    return this.dataSource.transaction(async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      const { row, def, step, now } = await this.check(m, user, cmd);
      const prepared = await this.deadlines.prepare(m, row.id, row.unit_path, step.effects, now);
      const write = keepTransferredAssignment(def, row, toWrite(def, step));
      const at = { id: row.id, procedureId: row.procedure_id, orgUnitId: row.org_unit_id, unitPath: row.unit_path, assignedUnitId: write.assignedUnitId };
      const beyond = await previewBeyondCase(
        m, this.crossEffects, (d, raw) => this.validInput(d, raw), at, step.effects, () => this.orgChanges.get(), now,
      );
      return stepPreview(def, row, cmd.type, step, write, prepared, beyond);
    });
  }

  /** Everything `send` checks before writing (see docs/ARCHITECTURE.md, steps 1–7), and what it would record. */
  private async check(m: EntityManager, user: AuthUser, cmd: SendEventCommand) {
    // The case and the caller's visibility facts in one round trip (the rule is CaseAccessService's).
    const loaded = await this.store.findForCaller(m, cmd.caseId, user.id);
    if (!loaded || !seesCase(user, loaded)) throw new DomainError(ErrorCode.CASE_NOT_FOUND, { caseId: cmd.caseId });
    const { excluded: _excluded, named: _named, ...row } = loaded;
    if (row.version !== cmd.expectedVersion) {
      throw new DomainError(ErrorCode.VERSION_CONFLICT, { expectedVersion: cmd.expectedVersion, currentVersion: row.version });
    }
    const def = this.registry.forCase(row.procedure_id, row.machine_version);
    const spec = def.events[cmd.type];
    if (!spec) throw new DomainError(ErrorCode.UNKNOWN_EVENT, { type: cmd.type, knownEvents: Object.keys(def.events) });
    if (!maySend(user, spec, row)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: spec.roles });
    const payload = await validatePayload(spec.payload, cmd.payload);
    const bypass = await separationBypass(m, user, row, def, spec, cmd.separationBypassReason);

    const now = new Date();
    const facts = await this.facts.compute(m, spec, row, payload, now);
    const machineEvent = { type: cmd.type, payload, actorId: user.id, occurredAt: now.toISOString(), facts };
    const outcome = applyEvent(def, row.snapshot, machineEvent);
    // People are told only the steps a person can take (not the system's own events).
    const forPeople = (types: string[]) => types.filter((t) => def.events[t]?.roles.length);
    if (outcome.kind === 'not-allowed') {
      throw new DomainError(ErrorCode.TRANSITION_NOT_ALLOWED, { state: row.state, allowedEvents: forPeople(outcome.allowed) });
    }
    if (outcome.kind === 'guard-refused') {
      const reasons = refusalReasons(def, row.snapshot, machineEvent, outcome.guards);
      throw new DomainError(
        ErrorCode.TRANSITION_REFUSED,
        { state: row.state, guards: outcome.guards, reasons, allowedEvents: forPeople(outcome.allowed) },
        reasons.join(' '),
      );
    }
    await assertSignedCopy(m, row.id, cmd.type, spec);
    // What the step was based on goes on the timeline with it: the facts and a separation-of-duties bypass.
    const recorded = { ...payload, ...(facts ? { facts } : {}), ...(bypass ? { separationBypass: bypass } : {}) };
    return { row, def, recorded, step: outcome, now };
  }

  /**
   * An event the system sends (no caller, no role): applied to the case's current version. Returns undefined when
   * the machine does not take it now (e.g. the step was done meanwhile); that is not an error.
   */
  async sendAsSystem(m: EntityManager, caseId: string, type: string, payload: unknown): Promise<CommandResult | undefined> {
    const row = await this.store.findById(m, caseId);
    if (!row) return undefined;
    const def = this.registry.forCase(row.procedure_id, row.machine_version);
    const spec = def.events[type];
    if (!spec) return undefined;
    const clean = await validatePayload(spec.payload, payload);
    const now = new Date();
    const facts: EventFacts | undefined = await this.facts.compute(m, spec, row, clean, now);
    const outcome = applyEvent(def, row.snapshot, { type, payload: clean, actorId: SYSTEM_ACTOR_ID, occurredAt: now.toISOString(), facts });
    if (outcome.kind !== 'taken') return undefined;
    const system = { id: SYSTEM_ACTOR_ID, username: 'system', displayName: SYSTEM_ACTOR_NAME, assignments: [] };
    const recorded = facts ? { ...clean, facts } : clean;
    return this.commit(m, system, row, def, { caseId, type, payload: clean, expectedVersion: row.version }, recorded, outcome, now);
  }

  private commit(
    m: EntityManager, user: AuthUser, row: CaseRow, def: ProcedureDefinition, cmd: SendEventCommand,
    payload: Record<string, unknown>, step: StepResult, now: Date, session?: SessionCondition,
  ): Promise<CommandResult> {
    return inTransactionIf(m, writesOtherCases(step.effects), (tm) => this.write(tm, user, row, def, cmd, payload, step, now, session));
  }

  private async write(
    m: EntityManager, user: AuthUser, row: CaseRow, def: ProcedureDefinition, cmd: SendEventCommand,
    payload: Record<string, unknown>, step: StepResult, now: Date, session?: SessionCondition,
  ): Promise<CommandResult> {
    const seq = row.version + 1;
    const event = {
      caseId: row.id, seq, type: cmd.type, payload, actorId: user.id, fromState: row.state, toState: step.state,
      machineVersion: row.machine_version, occurredAt: now, recordedAt: now,
    };
    // The conditional UPDATE heads the statement: the timeline row and the effects are written only with it.
    // A concurrent writer blocks on the row lock, then finds the version moved and writes nothing (409).
    const write = keepTransferredAssignment(def, row, toWrite(def, step));
    const w = new WriteStatement();
    const head = this.timeline.hashOf(row.chain_head, event);
    this.store.updateIfVersion(w, row.id, row.version, { ...write, chainHead: head, now }, session);
    this.timeline.append(w, row.chain_head, event);
    this.deadlines.append(w, row.id, seq, step.effects, await this.deadlines.prepare(m, row.id, row.unit_path, step.effects, now));
    this.outbox.append(w, row.id, seq, step.effects);
    if ((await this.store.execute(m, w)) !== 1) {
      const countConflict = () => caseTransitions.inc({ procedure: def.id, event: cmd.type, outcome: 'conflict' });
      if (session) throw new SessionOrVersionMoved(`case ${row.id} v${row.version} not written`, countConflict);
      countConflict();
      throw new DomainError(ErrorCode.VERSION_CONFLICT, { expectedVersion: cmd.expectedVersion });
    }
    this.logger.log(`case ${row.id} ${row.state} → ${step.state} ${cmd.type} v${seq}`);
    const children = await this.writeOtherCases(
      m, user, { id: row.id, procedureId: row.procedure_id, orgUnitId: row.org_unit_id, unitPath: row.unit_path, assignedUnitId: write.assignedUnitId }, seq, step.effects, now,
    );
    const summary = caseSummary(
      {
        ...row, title: write.title, state: write.state, status: write.status, report_category: write.reportCategory,
        tags: write.tags, version: seq, assigned_unit_id: write.assignedUnitId, updated_at: now,
      },
      def,
    );
    // Once every write of the step succeeded; the caller's commit follows (its failure is a 500 of its own).
    caseTransitions.inc({ procedure: def.id, event: cmd.type, outcome: 'applied' });
    return { case: summary, event: { seq, type: cmd.type }, ...(children.length ? { children } : {}) };
  }

  /**
   * The effects that write beyond this case, in their order, after its statement and in its transaction: open each
   * child (validated by its own procedure, on the unit CrossCaseEffectsService places it on, then linked), record the
   * person's membership, tell the parent of a concluded child (CHILD_CONCLUDED; ignored when there is no parent
   * or the parent does not take it now), and apply an organisation change on the authority of the case's committee
   * (libs/organisations, through the gateway; a problem found on applying throws and rolls the step back).
   */
  private async writeOtherCases(
    m: EntityManager, user: AuthUser, c: CaseAtStep, seq: number, effects: readonly Effect[], now: Date,
  ): Promise<OpenedChild[]> {
    const children: OpenedChild[] = [];
    for (const e of effects) {
      if (e.type === 'openChildCase') {
        const child = await this.crossEffects.childToOpen(m, c, e.params);
        const input = await this.validInput(child.def, child.input);
        const opened = await this.insertNew(m, user, child.def, child.orgUnitId, child.unitPath, input);
        children.push(await this.crossEffects.linkChild(m, user.id, c, seq, child, opened.case.id));
      } else if (e.type === 'recordMembership') {
        await this.crossEffects.recordMembership(m, c, seq, e.params);
      } else if (e.type === 'reportToParent') {
        const report = await this.crossEffects.parentReport(m, c, e.params);
        if (report) await this.sendAsSystem(m, report.parentCaseId, report.type, report.payload);
      } else if (e.type === 'applyOrgChange') {
        const outcome = await this.orgChanges.get().apply(m, e.params.plan, { deciderUnitId: c.orgUnitId, at: now, caseId: c.id, seq, actorId: user.id });
        this.logger.log(`case ${c.id} applied org change ${outcome.changeId} ${outcome.kind}: ${outcome.casesMoved} case(s) moved`);
      } else if (e.type === 'assignCommitteeRoles') {
        const given = await this.crossEffects.assignCommitteeRoles(m, c, e.params, now);
        this.logger.log(`case ${c.id} committee roles on ${e.params.on}: ${given.map((g) => `${g.role} ${g.status}`).join(', ')}`);
      }
    }
    return children;
  }
}
