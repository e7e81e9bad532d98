import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Một thông báo bước sẽ gửi (sau khi ghi, qua hàng đợi) (documentation only: step-preview.ts builds it). */
export class NotificationPreviewResponse {
  @ApiProperty({ type: String })
  template!: string;

  @ApiProperty({ type: String, isArray: true })
  audiences!: string[];

  @ApiPropertyOptional({ type: String })
  summary?: string;
}
