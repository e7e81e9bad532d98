import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * A document of a case's dossier: the form it is (docs/domain/procedures.md §9.3 codes), its own date and author, whether it is
 * stamped across pages, the person it is about (background verification), and the content (in the document storage) with its
 * size and SHA-256.
 * Documents are never replaced: a corrected one is a new row, and the vote reads what is there.
 */
@Entity({ name: 'case_attachment' })
@Index('ix_case_attachment_case', ['caseId', 'formCode'])
export class CaseAttachmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'case_id' }) case?: CaseEntity;
  @Column('varchar', { name: 'form_code', length: 16 }) formCode!: string;
  @Column('date', { name: 'document_date' }) documentDate!: string;
  @Column('varchar', { length: 200 }) author!: string;
  @Column('boolean', { name: 'stamped_across_pages', default: false }) stampedAcrossPages!: boolean;
  @Column('varchar', { name: 'about_person', length: 200, nullable: true }) aboutPerson!: string | null;
  @Column('varchar', { name: 'file_name', length: 200 }) fileName!: string;
  @Column('varchar', { name: 'media_type', length: 100 }) mediaType!: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('char', { length: 64 }) sha256!: string;
  @Column('bytea', { nullable: true }) content!: Buffer | null;
  // Where the content is in the document storage (DOCUMENT_DIR); null for documents filed with their content in the row.
  @Column('varchar', { name: 'storage_key', length: 200, nullable: true }) storageKey!: string | null;
  // When the retention sweep removed the content (the row, its metadata and SHA-256 stay).
  @Column('timestamptz', { name: 'purged_at', nullable: true }) purgedAt!: Date | null;
  // A draft generated from a template (POST /cases/:id/documents/generate): the template's key and version.
  @Column('varchar', { name: 'template_key', length: 64, nullable: true }) templateKey!: string | null;
  @Column('int', { name: 'template_version', nullable: true }) templateVersion!: number | null;
  // The signed copy of a generated draft names that draft; a step that issues the document may require one.
  @Column('uuid', { name: 'signed_copy_of', nullable: true }) signedCopyOf!: string | null;
  @ManyToOne(() => CaseAttachmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_copy_of', foreignKeyConstraintName: 'fk_case_attachment_signed_copy_of' })
  signedDraft?: CaseAttachmentEntity;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy!: string;
  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt!: Date;
}
