import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/**
 * Who gave the information (người cung cấp thông tin), kept apart from the case and its timeline: the identity
 * and the signature image are sealed (AES-256-GCM, `key_id` names the key) and never enter an event payload, so
 * purging them leaves the hash chain verifiable. `fields` lists what was given, without values, for masked views.
 */
@Entity({ name: 'case_reporter' })
export class CaseReporterEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @OneToOne(() => CaseEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'case_id' }) case?: CaseEntity;
  @Column('varchar', { name: 'key_id', length: 32, nullable: true }) keyId!: string | null;
  @Column('bytea', { nullable: true }) identity!: Buffer | null;
  @Column('bytea', { nullable: true }) signature!: Buffer | null;
  @Column('varchar', { name: 'signature_type', length: 32, nullable: true }) signatureType!: string | null;
  @Column('varchar', { array: true, length: 16, default: () => "'{}'" }) fields!: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'purged_at', nullable: true }) purgedAt!: Date | null;
}
