import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { OrgChangeKind, OrgChangeOutcome, OrgChangePlan } from '@hoso/workflows';

/**
 * A structural change applied to the organisation tree (founding, merging, splitting, absorbing, moving, renaming,
 * dissolving): the decision's plan, who applied it and what it did. Written once, when the change is applied, by the
 * organisation procedure on its effective date (`case_id`, `event_seq`) or by an administrator's repair (`reason`).
 */
@Entity({ name: 'org_change' })
@Index('ix_org_change_applied', ['appliedAt'])
export class OrgChangeEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { length: 16 }) kind!: OrgChangeKind;
  @Column('jsonb') plan!: OrgChangePlan;
  @Column('date', { name: 'effective_date' }) effectiveDate!: string;
  @Column('varchar', { name: 'decision_number', length: 100 }) decisionNumber!: string;
  @Column('date', { name: 'decision_date' }) decisionDate!: string;
  @Column('uuid', { name: 'decider_unit_id' }) deciderUnitId!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('int', { name: 'event_seq', nullable: true }) eventSeq!: number | null;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'applied_by' }) appliedBy!: string;
  @Column('timestamptz', { name: 'applied_at' }) appliedAt!: Date;
  @Column('jsonb') outcome!: OrgChangeOutcome;
}
