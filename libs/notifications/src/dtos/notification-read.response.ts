import { ApiProperty } from '@nestjs/swagger';

/** Thông báo vừa đánh dấu đã đọc (documentation only: the service builds the answer). */
export class NotificationReadResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  readAt!: string;
}
