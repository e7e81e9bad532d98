import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';

/**
 * A person the Party's procedures are about (an applicant, a member), kept across cases so that a second
 * application, a readmission or a discipline case finds the same person. Scoped like cases: visible to people
 * holding a role on the managing unit or above. `status` is the current membership status; its history is in
 * `person_membership`.
 */
@Entity({ name: 'person' })
@Index('ix_person_unit', ['orgUnitId'])
export class PersonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('varchar', { name: 'full_name', length: 200 }) fullName!: string;
  @Column('date', { name: 'date_of_birth' }) dateOfBirth!: string;
  @Column('uuid', { name: 'org_unit_id' }) orgUnitId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'org_unit_id' }) orgUnit?: OrgUnitEntity;
  @Column('varchar', { length: 16, default: 'NON_MEMBER' }) status!: string;
  // Party age counts from the date written in the admission decision (docs/domain/procedures.md §9.4 C-D10).
  @Column('date', { name: 'party_age_from', nullable: true }) partyAgeFrom!: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
