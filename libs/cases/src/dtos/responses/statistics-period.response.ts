import { ApiProperty } from '@nestjs/swagger';

/** Kỳ thống kê [from, to) theo ngày giờ Việt Nam (documentation only: statistics.service.ts `periodOut` builds it). */
export class StatisticsPeriodResponse {
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01', description: 'Ngày bắt đầu (tính cả ngày này)' })
  from!: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-04-01', description: 'Ngày kết thúc (không tính ngày này)' })
  to!: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-12-31T17:00:00.000Z', description: '00:00 giờ Việt Nam ngày `from`' })
  startsAt!: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-03-31T17:00:00.000Z', description: '00:00 giờ Việt Nam ngày `to`: thời điểm đầu tiên không được tính' })
  endsBefore!: string;
}
