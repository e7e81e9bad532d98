import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { UserEntity } from '@hoso/access/entities/user.entity';

/**
 * A committee's target for one indicator and one year (chỉ tiêu, e.g. new members admitted), set by its office or an
 * administrator on the basis of a resolution or plan. The law states no target: each is a committee's setting. Rows
 * are never edited: setting a target again adds the next version, and the newest version is the one in force.
 */
@Entity({ name: 'report_target' })
@Unique('uq_report_target_version', ['orgUnitId', 'year', 'indicator', 'version'])
@Index('ix_report_target_year', ['year', 'indicator'])
export class ReportTargetEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'org_unit_id' }) orgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: OrgUnitEntity;
  @Column('int') year!: number;
  @Column('varchar', { length: 32 }) indicator!: string;
  @Column('int') version!: number;
  @Column('int') value!: number;
  /** The resolution, plan or decision that sets the target (e.g. "Nghị quyết Đại hội … nhiệm kỳ 2025–2030"). */
  @Column('text') basis!: string;
  /** Why a target already set was changed (none for the first version). */
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('uuid', { name: 'set_by' }) setBy!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'set_by' }) setter?: UserEntity;
  @CreateDateColumn({ name: 'set_at', type: 'timestamptz' }) setAt!: Date;
}
