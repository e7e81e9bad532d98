import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every public key a checkpoint was ever signed with, by key id, so a checkpoint stays verifiable after the signing
 * key is rotated. Append-only. A row here is a claim, not trust: the verifier trusts only the configured key and
 * the retired keys listed in AUDIT_TRUSTED_PUBLIC_KEYS.
 */
@Entity({ name: 'audit_signing_key' })
export class AuditSigningKeyEntity {
  @PrimaryColumn('varchar', { name: 'key_id', length: 64 }) keyId!: string;
  @Column('varchar', { length: 16 }) algorithm!: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  @Column('varchar', { name: 'public_key', length: 64 }) publicKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
