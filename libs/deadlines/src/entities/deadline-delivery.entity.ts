import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per reminder or escalation actually performed: a handler claims (deadline, generation, kind, due) with an
 * INSERT … ON CONFLICT DO NOTHING before acting, so a job delivered twice acts once. The due is part of the claim: a
 * due moved within a generation (extension, resume, hand-set due, recompute) is reminded again for the new due.
 */
@Entity({ name: 'deadline_delivery' })
// The primary key leads with the generation; a case's timeline finds its deadlines' deliveries by deadline.
@Index('ix_deadline_delivery_deadline', ['deadlineId'])
export class DeadlineDeliveryEntity {
  @PrimaryColumn('uuid', { name: 'deadline_id' }) deadlineId!: string;
  @PrimaryColumn('int') generation!: number;
  @PrimaryColumn('varchar', { length: 24 }) kind!: string;
  @PrimaryColumn('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @CreateDateColumn({ name: 'delivered_at', type: 'timestamptz' }) deliveredAt!: Date;
}
