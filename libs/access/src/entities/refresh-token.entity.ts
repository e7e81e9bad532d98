import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One refresh token of a login session. A login starts a family (`family_id`, the access tokens' `sid`); each
 * refresh revokes the presented token and adds the next one to the family. Only the SHA-256 of the token is stored.
 */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity {
  @PrimaryColumn('uuid') id!: string;
  @Index() @Column('uuid', { name: 'family_id' }) familyId!: string;
  @Index() @Column('uuid', { name: 'user_id' }) userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Index({ unique: true }) @Column('char', { name: 'token_hash', length: 64 }) tokenHash!: string;
  // The session's end, set at login and inherited by every rotation.
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
}
