import { ApiProperty } from '@nestjs/swagger';

/** Cách tính một thời hạn của vụ việc (thế hệ mới nhất) (documentation only: case-deadline.service.ts builds it). */
export class DeadlineExplanationResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: String })
  ruleKey!: string;

  @ApiProperty({ enum: ['PENDING', 'PAUSED', 'MET', 'MISSED', 'ENDED', 'CANCELLED'] })
  status!: string;

  @ApiProperty({ type: 'integer' })
  generation!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  startAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Phiên bản lịch ngày nghỉ đã dùng' })
  calendarVersion!: number | null;

  @ApiProperty({ type: Boolean, description: 'Hạn do Bí thư đặt thủ công' })
  manualDue!: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'rule, ruleKey, start, calendarVersion, countedDays, skipped (ngày bỏ qua và lý do), due, note, adjustments (điều chỉnh)',
  })
  explanation!: Record<string, unknown> | null;
}
