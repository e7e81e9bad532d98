import { ApiProperty } from '@nestjs/swagger';
import { OutboxItemResponse } from './outbox-item.response';

/** Thông báo cần gửi ngoài hệ thống của một vụ việc (documentation only: case-outbox.service.ts builds it). */
export class OutboxListResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: () => OutboxItemResponse, isArray: true })
  items!: OutboxItemResponse[];
}
