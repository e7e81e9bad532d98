import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who read what on a case, and why when a reason is required (revealing a reporter's identity). Append-only, like
 * the timeline: a trigger refuses UPDATE, DELETE and TRUNCATE. Auditors read it beside the case's timeline.
 */
@Entity({ name: 'access_log' })
@Index('ix_access_log_case', ['caseId', 'at'])
@Index('ix_access_log_user', ['userId', 'at'])
export class AccessLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('varchar', { length: 32 }) action!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('jsonb', { nullable: true }) details!: unknown;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}
