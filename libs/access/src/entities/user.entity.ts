import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  // Stored lower-case; login compares lower-case.
  @Index({ unique: true }) @Column('varchar', { length: 100 }) username!: string;
  @Column('varchar', { name: 'display_name', length: 200 }) displayName!: string;
  // Where the e-mail channel sends this user's notifications; none, no e-mail.
  @Column('varchar', { length: 320, nullable: true }) email!: string | null;
  @Column('varchar', { name: 'password_hash', length: 255, select: false }) passwordHash!: string;
  @Column('boolean', { default: true }) active!: boolean;
  // Moved (by triggers) whenever the user's sessions, roles or account change: the API's cached caller is checked
  // against it (migration 1795303800000).
  @Column('integer', { name: 'session_generation', default: 0, select: false }) sessionGeneration!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
