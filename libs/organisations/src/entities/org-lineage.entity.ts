import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import type { OrgChangeKind } from '@hoso/workflows';
import { OrgChangeEntity } from './org-change.entity';

/**
 * A predecessor → successor link made by a change (merge n→1, split 1→n, absorb, dissolve). `records` marks the edge
 * to the unit that receives the predecessor's records: statistics rolled up to today's units follow those edges.
 */
@Entity({ name: 'org_lineage' })
@Index('ix_org_lineage_predecessor', ['predecessorId'])
@Index('ix_org_lineage_successor', ['successorId'])
export class OrgLineageEntity {
  @PrimaryColumn('uuid', { name: 'change_id' }) changeId!: string;
  @ManyToOne(() => OrgChangeEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'change_id' }) change?: OrgChangeEntity;
  @PrimaryColumn('uuid', { name: 'predecessor_id' }) predecessorId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'predecessor_id' }) predecessor?: OrgUnitEntity;
  @PrimaryColumn('uuid', { name: 'successor_id' }) successorId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'successor_id' }) successor?: OrgUnitEntity;
  @Column('varchar', { length: 16 }) kind!: OrgChangeKind;
  @Column('boolean') records!: boolean;
}
