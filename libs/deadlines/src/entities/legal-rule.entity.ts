import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { LegalInstrumentEntity } from './legal-instrument.entity';

/** Time units (deadlines, periods, ages) and the kinds of non-time legal values (a count, a share, a list, a table). */
export const TIME_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'] as const;
export const VALUE_UNITS = ['COUNT', 'FRACTION', 'LIST', 'TABLE'] as const;
export const RULE_UNITS = [...TIME_UNITS, ...VALUE_UNITS] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];
/** `NONE` for values that are not counted from an event (a threshold, a list). */
export const START_CONVENTIONS = ['NEXT_DAY', 'SAME_DAY', 'NONE'] as const;
export type StartConvention = (typeof START_CONVENTIONS)[number];
export const CONFIDENCES = ['STATED', 'INFERRED', 'UNVERIFIED', 'NOT_FOUND', 'CONFLICT'] as const;

/**
 * One legal parameter, as data (docs/domain/procedures.md §11.1, changes-2026.md §4). Rows are never edited: a new
 * value is a new row with a later `effective_from` (the row it supersedes gets its `effective_to`), or an override row
 * for an organisation subtree (with its reason). Numbers live in `value`; shares, lists and tables in `value_data`
 * (FRACTION `{numerator, denominator, strict}`, LIST `{items: string[]}`, TABLE `{rows: object[]}`). Both NULL means
 * "no legal value found": the case shows it and, for a deadline, a secretary may set a due date by hand.
 */
@Entity({ name: 'legal_rule' })
@Index('ix_legal_rule_lookup', ['key', 'effectiveFrom'])
export class LegalRuleEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { length: 64 }) key!: string;
  @Column('numeric', { nullable: true }) value!: string | null;
  @Column('jsonb', { name: 'value_data', nullable: true }) valueData!: unknown;
  @Column('varchar', { length: 16 }) unit!: RuleUnit;
  @Column('varchar', { name: 'start_convention', length: 16 }) startConvention!: StartConvention;
  @Column('text', { name: 'start_event' }) startEvent!: string;
  @Column('numeric', { name: 'extension_value', nullable: true }) extensionValue!: string | null;
  @Column('int', { name: 'extension_max_count', default: 0 }) extensionMaxCount!: number;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  /** First day the row no longer applies (set once, when a newer row supersedes it); NULL while in force. */
  @Column('date', { name: 'effective_to', nullable: true }) effectiveTo!: string | null;
  @Column('uuid', { name: 'instrument_id', nullable: true }) instrumentId!: string | null;
  @ManyToOne(() => LegalInstrumentEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'instrument_id', foreignKeyConstraintName: 'FK_legal_rule_instrument' }) instrument?: LegalInstrumentEntity;
  @Column('text', { name: 'legal_basis' }) legalBasis!: string;
  @Column('varchar', { name: 'source_ref', length: 32 }) sourceRef!: string;
  @Column('varchar', { length: 16 }) confidence!: string;
  @Column('text') description!: string;
  @Column('uuid', { name: 'org_unit_id', nullable: true }) orgUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: OrgUnitEntity;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  /** An override re-confirmed (or an unverified row confirmed) by a committee: who and when. */
  @Column('uuid', { name: 'confirmed_by', nullable: true }) confirmedBy!: string | null;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
