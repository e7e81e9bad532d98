import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { OrgUnitEntity } from './org-unit.entity';
import { UserEntity } from './user.entity';

/** A role a user holds on a unit; it reaches that unit and every unit below it. */
@Entity({ name: 'role_assignment' })
@Unique('uq_role_assignment', ['userId', 'unitId', 'role'])
export class RoleAssignmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Index() @Column('uuid', { name: 'user_id' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Index() @Column('uuid', { name: 'unit_id' }) unitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: OrgUnitEntity;
  @Column('varchar', { length: 64 }) role!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
