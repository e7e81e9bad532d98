import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';

export const UNIT_LEVELS = ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** A node of the organisation tree. `path` (`/rootId/…/ownId/`) makes "this unit and everything below" a prefix match. */
@Entity({ name: 'org_unit' })
export class OrgUnitEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parent_id' }) parent?: OrgUnitEntity;
  @Index({ unique: true }) @Column('varchar', { length: 64 }) code!: string;
  @Column('varchar', { length: 300 }) name!: string;
  @Column('varchar', { length: 32 }) level!: UnitLevel;
  @Index() @Column('text') path!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
