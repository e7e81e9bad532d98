import { Column, CreateDateColumn, Entity, Index, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';

export const UNIT_LEVELS = ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/**
 * A node of the organisation tree. `path` (`/rootId/…/ownId/`) makes "this unit and everything below" a prefix match.
 * The row holds the unit as it is today; its name and parent over time are in `org_unit_period`. A unit is active on
 * a day when `valid_from <= day < valid_to` (Vietnam dates); an ended unit keeps its path and parent and reads as
 * history (docs/domain/changes-2026.md §2).
 */
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
  /** First day the unit is active. */
  @Column('date', { name: 'valid_from' }) validFrom!: string;
  /** First day the unit is no longer active (merged, split, absorbed, dissolved); NULL while it is. */
  @Column('date', { name: 'valid_to', nullable: true }) validTo!: string | null;
}
