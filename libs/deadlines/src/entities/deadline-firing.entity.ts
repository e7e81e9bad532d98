import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reminder or escalation still to fire: one row per (deadline, generation, kind), planned by the worker from the
 * reminder policy. `bucket` is the epoch minute whose job fires it (the firing instant rounded up to the minute).
 * The bucket handler deletes the row when it fires it, or finds it stale; so a row left with a past bucket is a
 * firing not done yet, whatever happened to the queue.
 */
@Entity({ name: 'deadline_firing' })
@Index('ix_deadline_firing_bucket', ['bucket'])
export class DeadlineFiringEntity {
  @PrimaryColumn('uuid', { name: 'deadline_id' }) deadlineId!: string;
  @PrimaryColumn('int') generation!: number;
  @PrimaryColumn('varchar', { length: 24 }) kind!: string;
  // The due instant the firing was planned for (to the millisecond): a due moved since makes the row stale.
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('timestamptz', { name: 'fire_at' }) fireAt!: Date;
  @Column('int') bucket!: number;
}
