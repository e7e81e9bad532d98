import { ApiProperty } from '@nestjs/swagger';
import { InboxItemResponse } from './inbox-item.response';

/** Một trang hộp việc (documentation only: case-inbox.service.ts builds it). */
export class InboxPageResponse {
  @ApiProperty({ enum: ['nearest', 'overdue', 'dueWithin'] })
  view!: 'nearest' | 'overdue' | 'dueWithin';

  @ApiProperty({ type: String, format: 'date-time', description: 'Thời điểm tính quá hạn' })
  asOf!: string;

  @ApiProperty({ type: () => InboxItemResponse, isArray: true })
  items!: InboxItemResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer' })
  total!: number;
}
