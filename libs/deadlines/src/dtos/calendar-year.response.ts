import { ApiProperty } from '@nestjs/swagger';
import { CalendarDayResponse } from './calendar-day.response';

/** Lịch của một năm (documentation only: the service builds the answer). */
export class CalendarYearResponse {
  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiProperty({ type: 'integer', description: 'Phiên bản lịch hiện hành' })
  version!: number;

  @ApiProperty({ type: Boolean, description: 'Năm đã có lịch nghỉ chính thức; false: thời hạn tính qua năm này có cảnh báo' })
  confirmed!: boolean;

  @ApiProperty({
    enum: ['CONFIRMED', 'PROVISIONAL', 'MISSING'],
    description: 'CONFIRMED: lịch chính thức; PROVISIONAL: tính theo Bộ luật Lao động, chưa có lịch chính thức; MISSING: chưa có trong lịch',
  })
  status!: string;

  @ApiProperty({ type: String, nullable: true, description: 'STATED, INFERRED hoặc UNVERIFIED' })
  confidence!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Văn bản thông báo lịch nghỉ, hoặc điều luật dùng để tính' })
  sourceRef!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: () => CalendarDayResponse, isArray: true })
  days!: CalendarDayResponse[];
}
