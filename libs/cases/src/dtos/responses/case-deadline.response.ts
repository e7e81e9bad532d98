import { ApiProperty } from '@nestjs/swagger';

/** Một thời hạn của vụ việc, mọi thế hệ (documentation only: the service builds the answer). */
export class CaseDeadlineResponse {
  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: String })
  ruleKey!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  startAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Không có khi quy định chưa đặt thời hạn' })
  dueAt!: string | null;

  @ApiProperty({ enum: ['PENDING', 'PAUSED', 'MET', 'MISSED', 'ENDED', 'CANCELLED'] })
  status!: string;

  @ApiProperty({ type: 'integer', description: 'Tăng mỗi lần thời hạn được đặt lại' })
  generation!: number;
}
