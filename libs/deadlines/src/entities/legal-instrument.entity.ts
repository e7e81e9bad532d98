import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A legal instrument rules are based on (a Quy định, Hướng dẫn, Điều lệ, the Labour Code…): its number, dates, issuer,
 * what it replaces and how sure we are of it (changes-2026.md §1). Rule rows name the instrument they come from.
 */
@Entity({ name: 'legal_instrument' })
@Index('ux_legal_instrument_code', ['code'], { unique: true })
export class LegalInstrumentEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_legal_instrument' }) id!: string;
  /** Number and symbol as written, e.g. "294-QĐ/TW". */
  @Column('varchar', { length: 64 }) code!: string;
  @Column('text') title!: string;
  @Column('text') issuer!: string;
  @Column('date', { name: 'issued_on', nullable: true }) issuedOn!: string | null;
  /** In force from; NULL when not found. */
  @Column('date', { name: 'effective_from', nullable: true }) effectiveFrom!: string | null;
  /** Codes of the instruments it replaces. */
  @Column('text', { array: true, default: () => "'{}'" }) replaces!: string[];
  @Column('varchar', { length: 16 }) confidence!: string;
  @Column('varchar', { name: 'source_ref', length: 64 }) sourceRef!: string;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
