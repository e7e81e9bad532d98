import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A deadline escalated (marked MISSED) whose DEADLINE_MISSED has not reached its case's machine yet. Written in
 * the bucket's transaction, deleted in the transaction that sends the event: the to-do list the worker re-queues from.
 */
@Entity({ name: 'deadline_missed_event' })
export class DeadlineMissedEventEntity {
  @PrimaryColumn('uuid', { name: 'deadline_id' }) deadlineId!: string;
  @PrimaryColumn('int') generation!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
