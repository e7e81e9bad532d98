import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CalendarConfidence, CalendarDayCategory, CalendarDaySource } from '@hoso/kernel/legal-time';

/**
 * A day that differs from the weekly rule (Saturday and Sunday off): a holiday, or a weekend day made a working
 * day. Valid for calendar versions [valid_from_version, valid_to_version); a later version supersedes it by
 * closing the range, so every earlier version can still be reconstructed. Each row says why the day is off or on
 * (category), where it comes from and how sure we are of it.
 */
@Entity({ name: 'calendar_entry' })
@Index('ix_calendar_entry_date', ['date'])
export class CalendarEntryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('date') date!: string;
  @Column('varchar', { length: 16 }) kind!: 'HOLIDAY' | 'WORKING_DAY';
  @Column('varchar', { length: 200 }) name!: string;
  @Column('varchar', { length: 24 }) source!: CalendarDaySource;
  /** HOLIDAY (Điều 112(1)), COMPENSATORY (Điều 111(3)), SWAPPED_DAY_OFF or SWAPPED_WORKDAY (the yearly schedule). */
  @Column('varchar', { length: 24 }) category!: CalendarDayCategory;
  @Column('varchar', { length: 16 }) confidence!: CalendarConfidence;
  /** The legal basis or notice (number, date, where it was read). */
  @Column('text', { name: 'source_ref', nullable: true }) sourceRef!: string | null;
  @Column('int', { name: 'valid_from_version' }) validFromVersion!: number;
  @Column('int', { name: 'valid_to_version', nullable: true }) validToVersion!: number | null;
}
