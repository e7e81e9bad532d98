import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@hoso/people/entities/person.entity';
import { CaseEntity } from './case.entity';

/** The person a case is about (ProcedureDefinition.personOf), linked when the case is created. */
@Entity({ name: 'case_person' })
@Index('ix_case_person_person', ['personId'])
export class CasePersonEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'case_id' }) case?: CaseEntity;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
