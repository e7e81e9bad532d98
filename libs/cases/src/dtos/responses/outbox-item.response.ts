import { ApiProperty } from '@nestjs/swagger';
import { OutboxAudienceResponse } from './outbox-audience.response';

/** Một thông báo cần gửi ngoài hệ thống (documentation only: case-outbox.service.ts builds it). */
export class OutboxItemResponse {
  @ApiProperty({ type: String, example: '42' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  template!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Tên mẫu thông báo' })
  templateLabel!: string | null;

  @ApiProperty({ type: String, nullable: true })
  summary!: string | null;

  @ApiProperty({ type: () => OutboxAudienceResponse, isArray: true })
  audiences!: OutboxAudienceResponse[];

  @ApiProperty({ enum: ['TO_SEND', 'SENT'] })
  status!: 'TO_SEND' | 'SENT';

  @ApiProperty({ type: String, example: 'Chưa gửi' })
  statusLabel!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Người ghi nhận đã gửi' })
  sentBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Văn bản đã gửi, trong hồ sơ vụ việc' })
  attachmentId!: string | null;
}
