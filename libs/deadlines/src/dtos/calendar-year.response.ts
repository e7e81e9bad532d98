import { ApiProperty } from '@nestjs/swagger';
import { CalendarDayResponse } from './calendar-day.response';

/** Lịch của một năm (documentation only: the service builds the answer). */
export class CalendarYearResponse {
  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiProperty({ type: 'integer', description: 'Phiên bản lịch hiện hành' })
  version!: number;

  @ApiProperty({ type: () => CalendarDayResponse, isArray: true })
  days!: CalendarDayResponse[];
}
