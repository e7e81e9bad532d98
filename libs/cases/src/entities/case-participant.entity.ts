import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { UserEntity } from '@hoso/access/entities/user.entity';
import { CaseEntity } from './case.entity';

export const PARTICIPANT_RELATIONS = ['SUBJECT', 'SUBJECT_ORGANISATION', 'CONFLICT', 'PARTICIPANT'] as const;
export type ParticipantRelation = (typeof PARTICIPANT_RELATIONS)[number];

/**
 * People and units linked to a case. SUBJECT (a person the case is about), SUBJECT_ORGANISATION (an organisation
 * it is about: its heads are excluded) and CONFLICT (a declared conflict of interest) take the case away from
 * that person entirely; PARTICIPANT names someone outside the units in scope who may see it. Rows are never
 * removed: the record of who was excluded stays.
 */
@Entity({ name: 'case_participant' })
@Index('ix_case_participant_case', ['caseId'])
@Index('ix_case_participant_user', ['userId', 'relation'])
@Index('ix_case_participant_unit', ['unitId', 'relation'], { where: 'unit_id IS NOT NULL' })
@Index('uq_case_participant_user', ['caseId', 'relation', 'userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index('uq_case_participant_unit', ['caseId', 'relation', 'unitId'], { unique: true, where: 'unit_id IS NOT NULL' })
export class CaseParticipantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'case_id' }) case?: CaseEntity;
  @Column('varchar', { length: 24 }) relation!: ParticipantRelation;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Column('uuid', { name: 'unit_id', nullable: true }) unitId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'unit_id' }) unit?: OrgUnitEntity;
  @Column('text') reason!: string;
  @Column('uuid', { name: 'added_by' }) addedBy!: string;
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' }) addedAt!: Date;
}
