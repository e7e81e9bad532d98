import { ApiProperty } from '@nestjs/swagger';
import { NotificationResponse } from './notification.response';

/** Một trang thông báo (documentation only: the service builds the answer). */
export class NotificationPageResponse {
  @ApiProperty({ type: () => NotificationResponse, isArray: true })
  items!: NotificationResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;

  @ApiProperty({ type: 'integer', description: 'Số thông báo chưa đọc' })
  unread!: number;
}
