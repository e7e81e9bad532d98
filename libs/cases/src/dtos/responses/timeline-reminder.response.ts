import { ApiProperty } from '@nestjs/swagger';

/** Một lần hệ thống nhắc hạn hoặc báo cáo cấp trên (documentation only: the service builds the answer). */
export class TimelineReminderResponse {
  @ApiProperty({ type: String, description: 'Thời hạn được nhắc' })
  key!: string;

  @ApiProperty({ type: 'integer' })
  generation!: number;

  @ApiProperty({ type: String, description: 'Loại nhắc (trước hạn, quá hạn, báo cấp trên)' })
  kind!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  deliveredAt!: string;
}
