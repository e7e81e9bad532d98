import { ApiProperty } from '@nestjs/swagger';

/** Một ngày nghỉ hoặc ngày làm bù (documentation only: the service builds the answer). */
export class CalendarDayResponse {
  @ApiProperty({ type: String, format: 'date' })
  date!: string;

  @ApiProperty({ enum: ['HOLIDAY', 'WORKING_DAY'] })
  kind!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ enum: ['LIBRARY', 'LAW', 'OFFICIAL_SCHEDULE', 'ADMIN'], description: 'LAW: tính theo Bộ luật Lao động khi chưa có lịch chính thức' })
  source!: string;

  @ApiProperty({
    enum: ['HOLIDAY', 'COMPENSATORY', 'SWAPPED_DAY_OFF', 'SWAPPED_WORKDAY'],
    description: 'Ngày lễ, Tết; nghỉ bù (Điều 111(3)); nghỉ hoán đổi; làm bù',
  })
  category!: string;

  @ApiProperty({ enum: ['STATED', 'INFERRED', 'UNVERIFIED', 'OVERRIDE'] })
  confidence!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Căn cứ: điều luật hoặc văn bản thông báo' })
  sourceRef!: string | null;
}
