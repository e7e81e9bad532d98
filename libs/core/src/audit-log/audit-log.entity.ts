import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of administrative commands outside any case (rule overrides, calendar changes, recomputes). */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_action', ['action', 'createdAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('varchar', { length: 64 }) action!: string;
  @Column('text') reason!: string;
  @Column('jsonb') details!: unknown;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
