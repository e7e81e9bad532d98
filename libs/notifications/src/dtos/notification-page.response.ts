import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { NotificationResponse } from './notification.response';

/** Một trang thông báo (documentation only: the service builds the answer). */
export class NotificationPageResponse extends PageResponseOf(() => NotificationResponse) {
  @ApiProperty({ type: 'integer', description: 'Số thông báo chưa đọc' })
  unread!: number;
}
