import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrgTreeWriterService } from '@hoso/access/services/org-tree-writer.service';
import { CaseTransferService } from '@hoso/cases/services/case-transfer.service';
import {
  OrgChangeGatewayRegistry, type OrgChangeApplication, type OrgChangeContext, type OrgChangeGateway,
} from '@hoso/cases/services/org-change.gateway';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import { AuthorityResolverService } from '@hoso/discipline/services/authority-resolver.service';
import { PersonTransferService } from '@hoso/people/services/person-transfer.service';
import { endingUnits, planShapeProblems, type OrgChangeOutcome, type OrgChangePlan, type OrgChangeProblem } from '@hoso/workflows';
import { OrgChangeRepository } from '../repositories/org-change.repository';
import { OrgTreeRepository } from '../repositories/org-tree.repository';
import { planMoves, type OrgChangeMoves } from './org-change-moves';
import { calendarDateProblems, treeProblems } from './org-change-problems';
import { namedUnitIds, type OrgWorld } from './org-change-world';

/**
 * Structural changes of the organisation tree (docs/domain/changes-2026.md §2, §5.1): the gateway the cases library
 * calls (the `orgChange` fact checks a plan, the `applyOrgChange` effect applies it on the effective date) and the
 * administrators' direct repair. Applying is one transaction, the caller's: units founded, ended, moved or renamed,
 * lineage recorded, open cases, members, child units and roles carried to the successors, overrides reported.
 */
@Injectable()
export class OrgChangeService implements OrgChangeGateway, OnModuleInit {
  private readonly logger = new Logger('Organisations');

  constructor(
    private readonly registry: OrgChangeGatewayRegistry,
    private readonly tree: OrgTreeRepository,
    private readonly changes: OrgChangeRepository,
    private readonly writer: OrgTreeWriterService,
    private readonly cases: CaseTransferService,
    private readonly people: PersonTransferService,
    private readonly rules: RuleResolverService,
    private readonly authorities: AuthorityResolverService,
    private readonly audit: AuditLogService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async check(m: EntityManager, input: OrgChangePlan, ctx: OrgChangeContext): Promise<{ problems: OrgChangeProblem[]; preview: OrgChangeOutcome | null }> {
    const plan = complete(input);
    const { problems, world } = await this.examine(m, plan, ctx);
    if (problems.length > 0 || !world) return { problems, preview: null };
    const moves = planMoves(plan, world, new Map(plan.newUnits.map((n) => [n.key, randomUUID()])));
    const counts = { casesMoved: moves.caseMoves.length, membersMoved: moves.memberMoves.length, rolesEnded: world.rolesOnEnding, rolesAssigned: moves.roles.length };
    return { problems, preview: await this.outcome(m, null, plan, moves, counts) };
  }

  async apply(m: EntityManager, input: OrgChangePlan, app: OrgChangeApplication): Promise<OrgChangeOutcome> {
    const plan = complete(input);
    await this.tree.lock(m, namedUnitIds(plan));
    const { problems, world } = await this.examine(m, plan, app);
    if (problems.length > 0 || !world) {
      throw new DomainError(ErrorCode.ORG_CHANGE_REFUSED, { problems }, problems.map((p) => p.message).join(' '));
    }
    const changeId = randomUUID();
    const newIds = new Map(plan.newUnits.map((n) => [n.key, randomUUID()]));
    const moves = planMoves(plan, world, newIds);
    const day = plan.effectiveDate;
    await this.changes.insert(m, {
      id: changeId, plan, deciderUnitId: app.deciderUnitId, caseId: app.caseId ?? null, eventSeq: app.seq ?? null, reason: app.reason ?? null,
      appliedBy: app.actorId, appliedAt: app.at,
    });
    await this.writer.found(m, moves.founded, day);
    await this.writer.reparent(m, moves.reparent, day);
    if (moves.rename) await this.writer.rename(m, moves.rename.unitId, moves.rename.name, day);
    await this.writer.end(m, moves.ending, day);
    await this.changes.insertLineage(m, changeId, plan.kind, moves.lineage);
    const casesMoved = await this.cases.transfer(m, moves.caseMoves.filter((c) => c.caseId !== app.caseId), {
      changeId, kind: plan.kind, decision: plan.decision, effectiveDate: day, actorId: app.actorId, at: app.at,
      ...(app.reason ? { reason: app.reason } : {}),
    });
    const membersMoved = await this.people.transfer(m, moves.memberMoves, day, changeId);
    const ended = await this.writer.endRoleAssignments(m, moves.ending, app.at);
    const rolesAssigned = await this.writer.assignRoles(m, moves.roles, app.at);
    const outcome = await this.outcome(m, changeId, plan, moves, { casesMoved, membersMoved, rolesEnded: ended.length, rolesAssigned });
    await this.changes.recordOutcome(m, changeId, outcome);
    await this.audit.record(m, app.actorId, 'ORG_CHANGE_APPLIED', app.reason ?? `Quyết định ${plan.decision.number} ngày ${plan.decision.date}`, {
      changeId, kind: plan.kind, decision: plan.decision, effectiveDate: day, deciderUnitId: app.deciderUnitId, caseId: app.caseId ?? null,
      unitsEnded: outcome.unitsEnded, unitsFounded: outcome.unitsFounded, unitsChanged: outcome.unitsChanged, casesMoved, membersMoved,
      childUnitsMoved: outcome.childUnitsMoved, rolesEnded: ended, rolesAssigned,
    });
    this.logger.log(`org change ${changeId} ${plan.kind} on ${day}: ${outcome.unitsEnded.length} ended, ${casesMoved} case(s), ${membersMoved} member(s)`);
    return outcome;
  }

  rollupMap(m: EntityManager, unitIds: readonly string[]): Promise<Map<string, string>> {
    return this.changes.rollupMap(m, unitIds);
  }

  /** The plan's problems (its shape, then the tree), and the world it was checked against when the shape holds. */
  private async examine(m: EntityManager, plan: OrgChangePlan, ctx: OrgChangeContext & { caseId?: string }) {
    const shape = planShapeProblems(plan);
    if (shape.length === 0) shape.push(...calendarDateProblems(plan));
    if (shape.length > 0) return { problems: shape, world: undefined };
    const ids = namedUnitIds(plan);
    const ending = [...endingUnits(plan)];
    const units = await this.tree.units(m, [...ids, ctx.deciderUnitId]);
    const children = (await this.tree.activeChildren(m, ending, plan.effectiveDate)).filter((c) => !ending.includes(c.id));
    // Child units named by the plan are loaded with the others; those found here join them for the checks.
    const allUnits = new Map(units);
    for (const c of children) allUnits.set(c.id, c);
    const roleUsers = (plan.roles ?? []).map((r) => r.userId).filter((id) => typeof id === 'string');
    const openCases = (await this.cases.openCasesOf(m, ending)).filter((c) => c.id !== ctx.caseId);
    const world: OrgWorld = {
      decider: units.get(ctx.deciderUnitId),
      units: allUnits,
      openCases,
      members: await this.people.peopleOf(m, ending),
      caseSubjects: await this.people.subjectsOf(m, openCases.map((c) => c.id)),
      children,
      takenCodes: await this.tree.takenCodes(m, plan.newUnits.map((n) => n.code)),
      users: await this.tree.existingUsers(m, roleUsers),
      rolesOnEnding: await this.tree.roleAssignmentsOn(m, ending),
    };
    return { problems: treeProblems(plan, world), world };
  }

  private async outcome(
    m: EntityManager, changeId: string | null, plan: OrgChangePlan, moves: OrgChangeMoves,
    counts: Pick<OrgChangeOutcome, 'casesMoved' | 'membersMoved' | 'rolesEnded' | 'rolesAssigned'>,
  ): Promise<OrgChangeOutcome> {
    // One after the other: the caller's transaction is one connection.
    const rules = await this.rules.overridesOf(m, moves.ending);
    const authorities = await this.authorities.overridesOf(m, moves.ending);
    const changed = [...(plan.kind === 'MOVE' || plan.kind === 'RENAME' ? [plan.units[0]] : []), ...moves.reparent.map((r) => r.unitId)];
    return {
      changeId,
      kind: plan.kind,
      effectiveDate: plan.effectiveDate,
      unitsEnded: moves.ending,
      unitsFounded: plan.newUnits.map((n, i) => ({ key: n.key, id: moves.founded[i].id })),
      unitsChanged: [...new Set(changed)],
      ...counts,
      childUnitsMoved: moves.childUnitsMoved,
      overridesToConfirm: [
        ...rules.map((r) => ({ kind: 'RULE' as const, ...r })),
        ...authorities.map((a) => ({ kind: 'AUTHORITY' as const, ...a })),
      ],
    };
  }
}

/** A plan as a step's payload may carry it (lists left out): the lists the checks and moves read, present. */
function complete(plan: OrgChangePlan): OrgChangePlan {
  return { ...plan, units: plan.units ?? [], newUnits: plan.newUnits ?? [] };
}
