import { ApiProperty } from '@nestjs/swagger';

/** Một vụ việc trong hộp việc, với thời hạn gần nhất (documentation only: case-inbox.service.ts builds it). */
export class InboxItemResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String })
  procedureId!: string;

  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assignedUnitId!: string | null;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Thời hạn đang chạy gần nhất; null với vụ việc đã giao đơn vị mà không có thời hạn nào đang chạy (đang chờ hoặc ' +
      'đã nhận báo cáo của đơn vị; view=awaitingReport liệt kê đúng các vụ việc đang chờ báo cáo)',
  })
  deadlineKey!: string | null;

  @ApiProperty({ type: String, nullable: true })
  ruleKey!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: không có thời hạn luật định (xếp sau cùng)' })
  dueAt!: string | null;

  @ApiProperty({ enum: ['PENDING', 'MISSED'], nullable: true })
  deadlineStatus!: 'PENDING' | 'MISSED' | null;

  @ApiProperty({ type: Boolean })
  overdue!: boolean;

  @ApiProperty({ type: String, nullable: true, example: 'Không có thời hạn luật định', description: 'Chỉ khi không có hạn' })
  dueLabel!: string | null;
}
