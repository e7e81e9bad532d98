import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * A legal deadline a machine declared: the rule row and calendar version it was computed with, its start and
 * due instants, and the arithmetic (`explanation`). `due_at` is NULL when the rule has no legal value; a
 * secretary may then set it by hand (`manual_due`).
 */
@Entity({ name: 'deadline' })
@Unique('uq_deadline_generation', ['caseId', 'key', 'generation'])
@Index('ix_deadline_open', ['dueAt'], { where: `status = 'PENDING'` })
// What the inbox lists, in its order (due instant, then case): GET /inbox walks it and stops at the page.
@Index('ix_deadline_inbox', ['dueAt', 'caseId'], { where: `status IN ('PENDING', 'MISSED')` })
// A case's open deadlines: whether it has one, and which is nearest (the inbox's counts and its nearest check).
@Index('ix_deadline_open_case', ['caseId', 'dueAt', 'id'], { where: `status IN ('PENDING', 'MISSED')` })
// What the worker still has to plan and arm: armed rows leave this index, so each arming pass reads only new work.
@Index('ix_deadline_unarmed', ['dueAt'], { where: `status = 'PENDING' AND due_at IS NOT NULL AND armed_generation IS DISTINCT FROM generation` })
export class DeadlineEntity {
  @PrimaryColumn('uuid') id!: string;
  @Index() @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('varchar', { length: 64 }) key!: string;
  @Column('varchar', { name: 'rule_key', length: 64 }) ruleKey!: string;
  @Column('timestamptz', { name: 'start_at' }) startAt!: Date;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column('varchar', { length: 16 }) status!: 'PENDING' | 'PAUSED' | 'MET' | 'MISSED' | 'ENDED' | 'CANCELLED';
  // A term (a period that runs out, e.g. probation) ends as ENDED, without reminders or escalation.
  @Column('boolean', { default: false }) term!: boolean;
  @Column('int') generation!: number;
  @Column('int', { name: 'event_seq' }) eventSeq!: number;
  @Column('uuid', { name: 'rule_id', nullable: true }) ruleId!: string | null;
  @Column('int', { name: 'calendar_version', nullable: true }) calendarVersion!: number | null;
  @Column('jsonb', { nullable: true }) explanation!: unknown;
  @Column('boolean', { name: 'manual_due', default: false }) manualDue!: boolean;
  // The generation whose firings are planned (deadline_firing) and their buckets put on the queue; NULL or older
  // means "plan me" (new, rescheduled, due moved, resumed).
  @Column('int', { name: 'armed_generation', nullable: true }) armedGeneration!: number | null;
  // While PAUSED: the working days that were left when the clock stopped.
  @Column('int', { name: 'remaining_working_days', nullable: true }) remainingWorkingDays!: number | null;
  @Column('int', { name: 'extensions_used', default: 0 }) extensionsUsed!: number;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
