import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrgChangeOutcome, OrgChangePlan, OrgChangeProblem } from '@hoso/workflows';

/** Who asks for a check or an application, and on whose authority. */
export interface OrgChangeContext {
  /** The unit whose committee decides (the organisation procedure's case unit, or the administrator's unit). */
  deciderUnitId: string;
  /** The instant of the check or the application (the application: the effective date's start, or now). */
  at: Date;
}

export interface OrgChangeApplication extends OrgChangeContext {
  /** The organisation procedure's case and the timeline seq of the event that applies it; none for a direct repair. */
  caseId?: string;
  seq?: number;
  actorId: string;
  /** Required for a direct application by an administrator (data repair); written on the record. */
  reason?: string;
}

/**
 * The organisation library's door, as the cases library sees it: cases declares it and calls it (the `orgChange`
 * fact, the `applyOrgChange` effect); libs/organisations implements it and registers itself at start-up, so neither
 * module imports the other's module (organisations moves cases through CaseTransferService).
 */
export interface OrgChangeGateway {
  /** What is wrong with the plan on the tree as it is (empty when it can be applied), and what it would do. */
  check(m: EntityManager, plan: OrgChangePlan, ctx: OrgChangeContext): Promise<{ problems: OrgChangeProblem[]; preview: OrgChangeOutcome | null }>;
  /** Applies the plan in the caller's transaction (checked again first: a problem throws a DomainError). */
  apply(m: EntityManager, plan: OrgChangePlan, app: OrgChangeApplication): Promise<OrgChangeOutcome>;
  /**
   * Each given unit mapped to the unit that holds its records today (following the lineage's records successor from
   * change to change; a unit still active maps to itself). For statistics rolled up to today's units.
   */
  rollupMap(m: EntityManager, unitIds: readonly string[]): Promise<Map<string, string>>;
}

@Injectable()
export class OrgChangeGatewayRegistry {
  private gateway?: OrgChangeGateway;

  register(gateway: OrgChangeGateway): void {
    this.gateway = gateway;
  }

  get(): OrgChangeGateway {
    // A host that runs the organisation procedure imports OrganisationsCoreModule; forgetting it is a wiring bug.
    if (!this.gateway) throw new Error('No organisation gateway registered: import OrganisationsCoreModule in this host');
    return this.gateway;
  }
}
