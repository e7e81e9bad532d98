import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CalendarYearStatus } from '@hoso/kernel/legal-time';

/**
 * Whether a year's days off are the Government's official schedule (CONFIRMED) or computed from the Labour Code
 * while none is known (PROVISIONAL), with the source. Versioned like `calendar_entry`: the row valid for calendar
 * version v has valid_from_version <= v < valid_to_version (or no end). A year with no row is not in the calendar.
 */
@Entity({ name: 'calendar_year' })
@Index('ix_calendar_year_year', ['year'])
export class CalendarYearEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_calendar_year' }) id!: string;
  @Column('int') year!: number;
  @Column('varchar', { length: 16 }) status!: CalendarYearStatus;
  @Column('varchar', { length: 16 }) confidence!: string;
  /** The notices the schedule comes from, or the articles of the law it was computed from. */
  @Column('text', { name: 'source_ref' }) sourceRef!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('int', { name: 'valid_from_version' }) validFromVersion!: number;
  @Column('int', { name: 'valid_to_version', nullable: true }) validToVersion!: number | null;
}
