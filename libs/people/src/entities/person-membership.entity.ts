import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Each change of a person's membership status, with the date it takes effect and the case that decided it. */
@Entity({ name: 'person_membership' })
@Index('ix_person_membership_person', ['personId', 'onDate'])
export class PersonMembershipEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column('varchar', { length: 16 }) status!: string;
  @Column('date', { name: 'on_date' }) onDate!: string;
  @Column('date', { name: 'party_age_from', nullable: true }) partyAgeFrom!: string | null;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('int', { name: 'event_seq', nullable: true }) eventSeq!: number | null;
  @Column('text', { nullable: true }) note!: string | null;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
