import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Một thời hạn bước sẽ đặt, đóng, tạm dừng, tiếp tục hoặc gia hạn (documentation only: step-preview.ts builds it). */
export class DeadlinePreviewResponse {
  @ApiProperty({ enum: ['SCHEDULE', 'MET', 'CANCEL', 'PAUSE', 'RESUME', 'EXTEND'] })
  action!: string;

  @ApiProperty({ type: String })
  label!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiPropertyOptional({ type: String, description: 'Với SCHEDULE' })
  ruleKey?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Với SCHEDULE' })
  startAt?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Với MET, CANCEL: thời điểm đóng' })
  at?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Hạn mới (SCHEDULE, RESUME, EXTEND); null khi tạm dừng hoặc không có hạn luật định' })
  dueAt?: string | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Cách tính hạn (quy tắc, lịch, ngày bỏ qua), như thời hạn sẽ ghi' })
  explanation?: Record<string, unknown>;
}
