import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CHILD_CONCLUDED, type AssignCommitteeRolesParams, type OpenChildCaseParams, type ProcedureDefinition, type RecordMembershipParams, type ReportToParentParams,
} from '@hoso/workflows';
import { findUnit, findUnitPath, hasEnded } from '@hoso/access/unit-path';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { CommitteeRolesService, type CommitteeRoleResult } from '@hoso/access/services/committee-roles.service';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { CasePersonRepository } from '../repositories/case-person.repository';
import { CaseLinkService } from './case-link.service';
import { ProcedureRegistryService } from './procedure-registry.service';

/** The case whose step declared the effects, as just written. */
export interface CaseAtStep {
  id: string;
  procedureId: string;
  orgUnitId: string;
  unitPath: string;
  assignedUnitId: string | null;
}

/** A child case to open: its procedure, its unit, and the raw input its own procedure validates. */
export interface ChildToOpen {
  def: ProcedureDefinition;
  orgUnitId: string;
  unitPath: string;
  input: unknown;
  link: OpenChildCaseParams['link'];
}

/** A child opened by a step, as the answer lists it. */
export interface OpenedChild {
  caseId: string;
  procedureId: string;
  link: string;
}

/** The system event a concluded child sends to its parent. */
export interface ParentReport {
  parentCaseId: string;
  type: typeof CHILD_CONCLUDED;
  payload: Record<string, unknown>;
}

/**
 * The parts of the effects that write beyond a case which are not the case engine's own: where a child opens and its
 * link to the parent, the person's membership, and which parent (if any) a concluded child reports to. The case
 * engine (CaseCommandService) walks the effects in order, after the case's statement and in its transaction, and
 * itself opens the children and sends CHILD_CONCLUDED; this service never calls back into it.
 */
@Injectable()
export class CrossCaseEffectsService {
  constructor(
    private readonly registry: ProcedureRegistryService,
    private readonly links: CaseLinkService,
    private readonly people: PersonRecordsService,
    private readonly casePeople: CasePersonRepository,
    private readonly committeeRoles: CommitteeRolesService,
  ) {}

  /**
   * openChildCase: the child's procedure (latest version), on this case's unit, on the one it was assigned to, or on
   * the unit the step names (which must exist and not have ended: the step is refused and nothing is written).
   */
  async childToOpen(m: EntityManager, c: CaseAtStep, params: OpenChildCaseParams): Promise<ChildToOpen> {
    const def = this.registry.latestOrThrow(params.procedureId);
    if (params.unitId) {
      const unit = await findUnit(m, params.unitId);
      if (!unit) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: params.unitId });
      if (hasEnded(unit, toVietnamDate(new Date()))) throw new DomainError(ErrorCode.UNIT_ENDED, { orgUnitId: params.unitId, validTo: unit.validTo });
      return { def, orgUnitId: params.unitId, unitPath: unit.path, input: params.input, link: params.link };
    }
    const onAssigned = params.unit === 'ASSIGNED_UNIT' && c.assignedUnitId;
    const orgUnitId = onAssigned ? c.assignedUnitId! : c.orgUnitId;
    const unitPath = onAssigned ? ((await findUnitPath(m, orgUnitId)) ?? c.unitPath) : c.unitPath;
    return { def, orgUnitId, unitPath, input: params.input, link: params.link };
  }

  /** Link the opened child to its parent (the child inherits the parent's exclusions). */
  async linkChild(m: EntityManager, actorId: string, c: CaseAtStep, seq: number, child: ChildToOpen, childCaseId: string): Promise<OpenedChild> {
    await this.links.link(m, c.id, childCaseId, child.link, seq, actorId);
    return { caseId: childCaseId, procedureId: child.def.id, link: child.link };
  }

  /** recordMembership: on the person the case is about (a case that declares it must be about a person). */
  async recordMembership(m: EntityManager, c: CaseAtStep, seq: number, params: RecordMembershipParams): Promise<void> {
    const personId = await this.casePeople.personOf(m, c.id);
    if (!personId) throw new Error(`Case ${c.id} declared recordMembership but is about no person (personOf)`);
    await this.people.recordMembership(m, personId, params, c.id, seq);
  }

  /** assignCommitteeRoles: the designated (elected) people get their posts' roles on the case's unit as it is now. */
  assignCommitteeRoles(m: EntityManager, c: CaseAtStep, params: AssignCommitteeRolesParams, now: Date): Promise<CommitteeRoleResult[]> {
    return this.committeeRoles.assign(m, c.orgUnitId, params.assignments, now);
  }

  /** reportToParent: the CHILD_CONCLUDED event for the parent, or undefined for a case without a parent. */
  async parentReport(m: EntityManager, c: CaseAtStep, params: ReportToParentParams): Promise<ParentReport | undefined> {
    const parent = await this.links.parentOf(m, c.id);
    if (!parent) return undefined;
    return {
      parentCaseId: parent.parentCaseId,
      type: CHILD_CONCLUDED,
      payload: {
        childCaseId: c.id, procedureId: c.procedureId, link: parent.link, outcome: params.outcome,
        ...(params.summary ? { summary: params.summary } : {}),
      },
    };
  }
}
