import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';

/**
 * One version of a Word template a committee office keeps (docs/domain/document-templates.md): the key it answers to,
 * the procedure and dossier form code of what it produces, the dates it is in force (the document's date decides),
 * an optional unit whose subtree it serves instead of the general version (with the reason), the .docx bytes with
 * their SHA-256, and the guidance it follows. Rows are never changed (a trigger refuses it): an edit is a new version.
 */
@Entity({ name: 'document_template' })
@Unique('uq_document_template_version', ['key', 'version'])
@Index('ix_document_template_key', ['key', 'effectiveFrom'])
export class DocumentTemplateEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_document_template' }) id!: string;
  @Column('varchar', { length: 64 }) key!: string;
  @Column('int') version!: number;
  @Column('varchar', { length: 300 }) title!: string;
  @Column('varchar', { name: 'procedure_id', length: 64 }) procedureId!: string;
  @Column('varchar', { name: 'form_code', length: 16 }) formCode!: string;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  /** First day the version no longer applies, when it was made for a period only; NULL: until a newer version starts. */
  @Column('date', { name: 'effective_to', nullable: true }) effectiveTo!: string | null;
  @Column('uuid', { name: 'org_unit_id', nullable: true }) orgUnitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'fk_document_template_unit' })
  orgUnit?: OrgUnitEntity;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('bytea') content!: Buffer;
  @Column('int', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('char', { length: 64 }) sha256!: string;
  /** The guidance the layout follows and the regulation the content rests on. */
  @Column('text') basis!: string;
  /** Null for the default versions loaded at start-up. */
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
