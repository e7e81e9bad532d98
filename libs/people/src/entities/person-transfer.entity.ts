import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { PersonEntity } from './person.entity';

/**
 * A member's party activity moved to another unit (a structural change of the tree: merge, split, dissolution). Party
 * age and membership history are untouched: only the managing unit changes.
 */
@Entity({ name: 'person_transfer' })
@Index('ix_person_transfer_person', ['personId', 'onDate'])
export class PersonTransferEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column('uuid', { name: 'from_unit_id' }) fromUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'from_unit_id' }) fromUnit?: OrgUnitEntity;
  @Column('uuid', { name: 'to_unit_id' }) toUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'to_unit_id' }) toUnit?: OrgUnitEntity;
  @Column('date', { name: 'on_date' }) onDate!: string;
  /** The structural change (org_change) that moved them, when one did. */
  @Column('uuid', { name: 'change_id', nullable: true }) changeId!: string | null;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
