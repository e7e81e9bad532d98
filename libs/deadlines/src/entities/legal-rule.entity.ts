import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';

export const RULE_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];
export const START_CONVENTIONS = ['NEXT_DAY', 'SAME_DAY'] as const;
export type StartConvention = (typeof START_CONVENTIONS)[number];
export const CONFIDENCES = ['STATED', 'INFERRED', 'UNVERIFIED', 'NOT_FOUND', 'CONFLICT'] as const;

/**
 * One legal parameter, as data (docs/domain/procedures.md §11.1). Rows are never edited: a new value is a new row with a
 * later `effective_from`, or an override row for an organisation subtree (with its reason). `value` NULL means
 * "no legal deadline set": the case shows it and a secretary may set a due date by hand.
 */
@Entity({ name: 'legal_rule' })
@Index('ix_legal_rule_lookup', ['key', 'effectiveFrom'])
export class LegalRuleEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { length: 64 }) key!: string;
  @Column('numeric', { nullable: true }) value!: string | null;
  @Column('varchar', { length: 16 }) unit!: RuleUnit;
  @Column('varchar', { name: 'start_convention', length: 16 }) startConvention!: StartConvention;
  @Column('text', { name: 'start_event' }) startEvent!: string;
  @Column('numeric', { name: 'extension_value', nullable: true }) extensionValue!: string | null;
  @Column('int', { name: 'extension_max_count', default: 0 }) extensionMaxCount!: number;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('text', { name: 'legal_basis' }) legalBasis!: string;
  @Column('varchar', { name: 'source_ref', length: 32 }) sourceRef!: string;
  @Column('varchar', { length: 16 }) confidence!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'org_unit_id', nullable: true }) orgUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: OrgUnitEntity;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
