import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * A child case opened by a parent's step (1374 → inspection → discipline → complaint; denunciation → inspection):
 * written with the parent's event (`parent_seq`) in the same transaction. A case has at most one parent.
 */
@Entity({ name: 'case_link' })
@Index('ix_case_link_parent', ['parentCaseId'])
export class CaseLinkEntity {
  @PrimaryColumn('uuid', { name: 'child_case_id' }) childCaseId!: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'child_case_id' }) child?: CaseEntity;
  @Column('uuid', { name: 'parent_case_id' }) parentCaseId!: string;
  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parent_case_id' }) parent?: CaseEntity;
  @Column('varchar', { length: 32 }) link!: string;
  @Column('int', { name: 'parent_seq' }) parentSeq!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
