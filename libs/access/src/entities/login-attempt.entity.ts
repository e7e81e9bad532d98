import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Consecutive failed logins per username, known or not, so that an unknown username locks exactly like a real one
 * and the answer never tells whether an account exists. Keyed by the SHA-256 of the lower-cased username: what
 * people type there (sometimes their password) is not kept in clear.
 */
@Entity({ name: 'login_attempt' })
export class LoginAttemptEntity {
  @PrimaryColumn('char', { name: 'username_hash', length: 64 }) usernameHash!: string;
  @Column('int', { name: 'failed_count', default: 0 }) failedCount!: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil!: Date | null;
  @Column('timestamptz', { name: 'last_failed_at' }) lastFailedAt!: Date;
}
