import { ApiProperty } from '@nestjs/swagger';

/** One version of a committee's target. */
export class ReportTargetVersionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: 'integer', example: 400 }) value!: number;
  @ApiProperty({ description: 'Căn cứ giao chỉ tiêu' }) basis!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Lý do điều chỉnh' }) reason!: string | null;
  @ApiProperty({ format: 'uuid' }) setById!: string;
  @ApiProperty({ example: 'Văn phòng Thành ủy' }) setByName!: string;
  @ApiProperty({ format: 'date-time' }) setAt!: string;
}
