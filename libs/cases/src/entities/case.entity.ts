import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';

/**
 * One case of one procedure. `snapshot` is the machine's persisted state; `state`, `status`, `report_category`
 * and `tags` are denormalised from it for queries. `version` is the optimistic lock, checked by hand in SQL
 * (`UPDATE … WHERE version = $expected`), and equals the seq of the last timeline event.
 */
@Entity({ name: 'case' })
// A unit's cases, newest last, INCLUDing the id the lists' counts test the exclusions on (CaseUnitCovering migration;
// TypeORM cannot declare INCLUDE).
@Index('ix_case_unit_created', { synchronize: false })
// The list's default order (created_at DESC, id DESC), read backwards; the id breaks ties for keyset pages. It
// INCLUDEs the unit columns (CaseListCovering migration; TypeORM cannot declare INCLUDE) for index-only walks.
@Index('ix_case_created_id', { synchronize: false })
@Index('ix_case_procedure_state', ['procedureId', 'state'])
// Statistics by period: INCLUDEs the unit, category and tags the rollup groups by, so a period's edge days are an
// index-only scan (CaseStatisticsRollup migration; TypeORM cannot declare INCLUDE).
@Index('ix_case_procedure_received', { synchronize: false })
// GIN trigram index on search_text, created by the CaseSearch migration (TypeORM cannot declare an operator class).
@Index('ix_case_search_trgm', { synchronize: false })
// The open cases by unit and by assigned unit, INCLUDing what the inbox's counts test, for index-only counts
// (InboxOpenCases migration; TypeORM cannot declare INCLUDE).
@Index('ix_case_open_unit', { synchronize: false })
@Index('ix_case_open_assigned', { synchronize: false })
// The few restricted cases, by unit: the restricted branch of the case_exclusion view starts from them.
@Index('ix_case_restricted', ['orgUnitId'], { where: 'restricted' })
// The rows whose offered steps are not filled yet or hold an undecided one (CaseOfferedEvents migration; its
// predicate is kept as written there).
@Index('ix_case_offered_unknown', { synchronize: false })
export class CaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { name: 'procedure_id', length: 64 }) procedureId!: string;
  @Column('int', { name: 'machine_version' }) machineVersion!: number;
  @Column('jsonb') snapshot!: unknown;
  @Column('varchar', { length: 200 }) state!: string;
  @Column('varchar', { length: 16 }) status!: 'OPEN' | 'CLOSED';
  @Column('varchar', { name: 'report_category', length: 32 }) reportCategory!: string;
  @Column('jsonb', { default: {} }) tags!: Record<string, string>;
  @Column('int') version!: number;
  @Column('uuid', { name: 'org_unit_id' }) orgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: OrgUnitEntity;
  @Index() @Column('uuid', { name: 'assigned_unit_id', nullable: true }) assignedUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'assigned_unit_id' }) assignedUnit?: OrgUnitEntity;
  @Column('varchar', { length: 300 }) title!: string;
  // Restricted filing (ProcedureDefinition.restricted), fixed at creation: only the case's named participants see it.
  @Column('boolean', { default: false }) restricted!: boolean;
  @Column('char', { name: 'chain_head', length: 64 }) chainHead!: string;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  // The context-dependent steps the snapshot offers (`?TYPE`: depends on the caller); NULL until computed
  // (CaseOfferedEvents migration, offered-events.ts).
  @Column('text', { name: 'offered_events', array: true, nullable: true }) offeredEvents!: string[] | null;
  @Index() @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  // Lower-case, unaccented text searched by `GET /cases?q=`; written only by the triggers of the CaseSearch migration.
  @Column('text', { name: 'search_text', default: '', select: false }) searchText!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
