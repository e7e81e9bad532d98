import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per reminder or escalation actually performed: a handler claims (deadline, generation, kind) with an
 * INSERT … ON CONFLICT DO NOTHING before acting, so a job delivered twice acts once.
 */
@Entity({ name: 'deadline_delivery' })
export class DeadlineDeliveryEntity {
  @PrimaryColumn('uuid', { name: 'deadline_id' }) deadlineId!: string;
  @PrimaryColumn('int') generation!: number;
  @PrimaryColumn('varchar', { length: 24 }) kind!: string;
  @CreateDateColumn({ name: 'delivered_at', type: 'timestamptz' }) deliveredAt!: Date;
}
