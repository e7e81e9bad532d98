import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AuditSigningKeyEntity } from './audit-signing-key.entity';

/**
 * A signed snapshot of every case's chain head. `digest` is SHA-256 over the heads in case-id order; the Ed25519
 * signature covers the row's fields and the digest (see checkpoint-digest.ts). Append-only. The heads are stored as
 * a delta: a checkpoint keeps only the heads that changed since the one before it (by `seq`); its full set is, for
 * each case, the head in the latest checkpoint up to it that has one.
 */
@Entity({ name: 'chain_checkpoint' })
@Index('ix_chain_checkpoint_taken', ['takenAt'])
export class ChainCheckpointEntity {
  @PrimaryColumn('uuid') id!: string;
  // The order checkpoints were taken in (not their clock): what each one's delta is relative to.
  @Index('uq_chain_checkpoint_seq', { unique: true })
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;
  @Column('timestamptz', { name: 'taken_at' }) takenAt!: Date;
  // The Vietnamese civil date of a scheduled (daily) checkpoint: unique, so a job delivered twice takes one.
  @Index('uq_chain_checkpoint_scheduled_for', { unique: true })
  @Column('date', { name: 'scheduled_for', nullable: true })
  scheduledFor!: string | null;
  @Column('int', { name: 'case_count' }) caseCount!: number;
  @Column('bigint', { name: 'event_count' }) eventCount!: string;
  @Column('char', { length: 64 }) digest!: string;
  @Column('varchar', { length: 128 }) signature!: string;
  @Column('varchar', { name: 'key_id', length: 64 }) keyId!: string;
  @ManyToOne(() => AuditSigningKeyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'key_id' }) key?: AuditSigningKeyEntity;
}
