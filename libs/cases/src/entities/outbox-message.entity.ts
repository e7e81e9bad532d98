import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Effects that leave the transaction (notifications…), written with the transition and relayed afterwards. */
@Entity({ name: 'outbox_message' })
@Index('ix_outbox_pending', ['status', 'id'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('int', { name: 'event_seq' }) eventSeq!: number;
  @Column('varchar', { length: 64 }) type!: string;
  @Column('jsonb') payload!: unknown;
  @Column('varchar', { length: 16, default: 'PENDING' }) status!: 'PENDING' | 'QUEUED' | 'DONE' | 'FAILED';
  @Column('int', { default: 0 }) attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'processed_at', nullable: true }) processedAt!: Date | null;
  // The audiences no user receives (the reporter, or an audience with nobody holding its roles): a clerk sends those.
  @Column('text', { name: 'manual_audiences', array: true, default: () => "'{}'" }) manualAudiences!: string[];
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  @Column('uuid', { name: 'sent_by', nullable: true }) sentBy!: string | null;
  @Column('text', { name: 'sent_note', nullable: true }) sentNote!: string | null;
  @Column('uuid', { name: 'sent_attachment_id', nullable: true }) sentAttachmentId!: string | null;
}
