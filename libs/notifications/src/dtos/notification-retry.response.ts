import { ApiProperty } from '@nestjs/swagger';

/** Các kênh được gửi lại (documentation only: the service builds the answer). */
export class NotificationRetryResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  notificationId!: string;

  @ApiProperty({ type: String, isArray: true })
  retried!: string[];
}
