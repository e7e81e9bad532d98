import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrgUnitEntity, type UnitLevel } from './org-unit.entity';

/**
 * A unit as it was during one period (`valid_from <= day < valid_to`): its name, parent, level, code and path. A
 * rename or a move closes the current period and opens the next one; the tree as of a past day reads these rows.
 */
@Entity({ name: 'org_unit_period' })
@Index('ix_org_unit_period_day', ['validFrom', 'validTo'])
export class OrgUnitPeriodEntity {
  @PrimaryColumn('uuid', { name: 'unit_id' }) unitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: OrgUnitEntity;
  @PrimaryColumn('date', { name: 'valid_from' }) validFrom!: string;
  @Column('date', { name: 'valid_to', nullable: true }) validTo!: string | null;
  @Column('varchar', { length: 300 }) name!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('varchar', { length: 32 }) level!: UnitLevel;
  @Column('varchar', { length: 64 }) code!: string;
  @Column('text') path!: string;
}
