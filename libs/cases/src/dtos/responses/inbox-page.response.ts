import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { INBOX_VIEWS, type InboxView } from '../inbox.query';
import { InboxItemResponse } from './inbox-item.response';

/** Một trang hộp việc (documentation only: case-inbox.service.ts builds it). */
export class InboxPageResponse extends PageResponseOf(() => InboxItemResponse) {
  @ApiProperty({ enum: INBOX_VIEWS })
  view!: InboxView;

  @ApiProperty({ type: String, format: 'date-time', description: 'Thời điểm tính quá hạn' })
  asOf!: string;

  @ApiProperty({
    description: 'true: total là số chính xác; false: có hơn 10.000 vụ việc (total = 10000), hộp việc không đếm tiếp',
  })
  totalExact!: boolean;
}
