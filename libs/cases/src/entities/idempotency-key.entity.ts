import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** First answer to a POST carrying an Idempotency-Key; a retry with the same key gets it back unchanged. */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('varchar', { length: 200 }) key!: string;
  @Column('char', { name: 'request_hash', length: 64 }) requestHash!: string;
  @Column('int', { name: 'status_code', nullable: true }) statusCode!: number | null;
  @Column('jsonb', { nullable: true }) response!: unknown;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
