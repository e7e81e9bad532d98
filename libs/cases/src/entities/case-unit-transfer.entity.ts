import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { CaseEntity } from './case.entity';

/**
 * One field of a case moved to a successor unit by an organisation change (CaseTransferService), written with the
 * case's ORG_TRANSFERRED timeline event (`event_seq`). Statistics read it to count a case under the unit that held it
 * at the end of a period; rows are never changed.
 */
@Entity({ name: 'case_unit_transfer' })
@Index('ix_case_unit_transfer_case_at', ['caseId', 'at'])
export class CaseUnitTransferEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'case_id' }) case?: CaseEntity;
  /** ORG_UNIT: the unit the case belongs to; ASSIGNED_UNIT: the unit it was assigned to. */
  @Column('varchar', { length: 16 }) field!: 'ORG_UNIT' | 'ASSIGNED_UNIT';
  @Column('uuid', { name: 'from_unit_id' }) fromUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'from_unit_id' }) fromUnit?: OrgUnitEntity;
  @Column('uuid', { name: 'to_unit_id' }) toUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'to_unit_id' }) toUnit?: OrgUnitEntity;
  @Column('timestamptz') at!: Date;
  /** The organisation change that moved it (libs/organisations). */
  @Column('uuid', { name: 'change_id' }) changeId!: string;
  @Column('int', { name: 'event_seq' }) eventSeq!: number;
}
