import { ApiProperty } from '@nestjs/swagger';

/** Một ngày nghỉ hoặc ngày làm bù (documentation only: the service builds the answer). */
export class CalendarDayResponse {
  @ApiProperty({ type: String, format: 'date' })
  date!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  source!: string;
}
