import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

/**
 * The append-only timeline: seq = the case version the event produced. Each row's hash covers the previous
 * hash and the canonical row, so a rewritten or removed row breaks the chain. A trigger refuses UPDATE/DELETE.
 */
@Entity({ name: 'case_event' })
@Unique('uq_case_event_seq', ['caseId', 'seq'])
export class CaseEventEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  // By name: the case belongs to libs/cases, which depends on this library, not the other way round.
  @ManyToOne('CaseEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'case_id' }) case?: object;
  @Column('int') seq!: number;
  @Column('varchar', { length: 64 }) type!: string;
  @Column('jsonb') payload!: unknown;
  @Column('uuid', { name: 'actor_id' }) actorId!: string;
  @Column('varchar', { name: 'from_state', length: 200, nullable: true }) fromState!: string | null;
  @Column('varchar', { name: 'to_state', length: 200 }) toState!: string;
  @Column('int', { name: 'machine_version' }) machineVersion!: number;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  @Column('char', { name: 'prev_hash', length: 64 }) prevHash!: string;
  @Column('char', { length: 64 }) hash!: string;
}
