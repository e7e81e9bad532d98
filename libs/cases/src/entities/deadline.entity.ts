import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * A legal deadline a machine declared. Until the deadline engine exists, rows are stored as PENDING with their
 * rule key and start instant; `due_at` is filled when the rule tables and calendar compute it.
 */
@Entity({ name: 'deadline' })
@Unique('uq_deadline_generation', ['caseId', 'key', 'generation'])
export class DeadlineEntity {
  @PrimaryColumn('uuid') id!: string;
  @Index() @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('varchar', { length: 64 }) key!: string;
  @Column('varchar', { name: 'rule_key', length: 64 }) ruleKey!: string;
  @Column('timestamptz', { name: 'start_at' }) startAt!: Date;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column('varchar', { length: 16 }) status!: 'PENDING' | 'MET' | 'CANCELLED';
  @Column('int') generation!: number;
  @Column('int', { name: 'event_seq' }) eventSeq!: number;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
