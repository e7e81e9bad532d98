import { ApiProperty } from '@nestjs/swagger';

/** Một bước trên dòng thời gian (nhật ký nối chuỗi băm) (documentation only: the service builds the answer). */
export class TimelineItemResponse {
  @ApiProperty({ type: 'integer' })
  seq!: number;

  @ApiProperty({ type: String, example: 'CREATE' })
  type!: string;

  @ApiProperty({ type: String, description: 'Tên bước tiếng Việt' })
  label!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Nội dung đã ghi của bước (kèm facts, separationBypass nếu có)' })
  payload!: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'uuid' })
  actorId!: string;

  @ApiProperty({ type: String, nullable: true })
  actorName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Không có ở bước đăng ký' })
  fromState!: string | null;

  @ApiProperty({ type: String })
  toState!: string;

  @ApiProperty({ type: String })
  toStateLabel!: string;

  @ApiProperty({ type: 'integer' })
  machineVersion!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: String, description: 'Mã băm của bước trước (chuỗi không sửa được)' })
  prevHash!: string;

  @ApiProperty({ type: String })
  hash!: string;
}
