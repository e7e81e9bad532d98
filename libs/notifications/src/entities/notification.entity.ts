import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** A message for one user (reminders, escalations, case notices). `source_key` makes each notice unique per user. */
@Entity({ name: 'notification' })
@Unique('uq_notification_source', ['userId', 'sourceKey'])
@Index('ix_notification_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('varchar', { length: 32 }) kind!: string;
  @Column('varchar', { length: 300 }) title!: string;
  @Column('text') body!: string;
  @Column('varchar', { name: 'source_key', length: 200 }) sourceKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
}
