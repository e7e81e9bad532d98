import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';

/**
 * Who may impose which disciplinary form on whom (docs/domain/procedures.md §7.3), as data: one row per (body kind, level,
 * subject kind, form). `body_level` NULL = any level. A committee may override a cell of the matrix for its
 * subtree (`org_unit_id`, with a reason). No row = not configured: an action needing it is refused, saying so.
 * Rows are never edited: a change is a new row with a later `effective_from`.
 */
@Entity({ name: 'discipline_authority' })
@Index('ix_discipline_authority_lookup', ['bodyKind', 'subjectKind', 'form', 'effectiveFrom'])
export class DisciplineAuthorityEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { name: 'body_kind', length: 32 }) bodyKind!: string;
  @Column('varchar', { name: 'body_level', length: 32, nullable: true }) bodyLevel!: string | null;
  @Column('varchar', { name: 'subject_kind', length: 32 }) subjectKind!: string;
  @Column('varchar', { length: 16 }) form!: string;
  @Column('boolean') allowed!: boolean;
  // A cell may not discipline for a task assigned by the upper level (it proposes instead).
  @Column('boolean', { name: 'not_for_upper_assigned_task', default: false }) notForUpperAssignedTask!: boolean;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('text', { name: 'legal_basis' }) legalBasis!: string;
  @Column('varchar', { name: 'source_ref', length: 32 }) sourceRef!: string;
  @Column('varchar', { length: 16 }) confidence!: string;
  @Column('uuid', { name: 'org_unit_id', nullable: true }) orgUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: OrgUnitEntity;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
