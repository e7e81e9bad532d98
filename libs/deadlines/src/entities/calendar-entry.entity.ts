import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A day that differs from the weekly rule (Saturday and Sunday off): a holiday, or a weekend day made a working
 * day. Valid for calendar versions [valid_from_version, valid_to_version); a later version supersedes it by
 * closing the range, so every earlier version can still be reconstructed.
 */
@Entity({ name: 'calendar_entry' })
@Index('ix_calendar_entry_date', ['date'])
export class CalendarEntryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('date') date!: string;
  @Column('varchar', { length: 16 }) kind!: 'HOLIDAY' | 'WORKING_DAY';
  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 24 }) source!: 'LIBRARY' | 'OFFICIAL_SCHEDULE' | 'ADMIN';
  @Column('int', { name: 'valid_from_version' }) validFromVersion!: number;
  @Column('int', { name: 'valid_to_version', nullable: true }) validToVersion!: number | null;
}
