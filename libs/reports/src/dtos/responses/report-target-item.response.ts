import { ApiProperty } from '@nestjs/swagger';
import { ReportTargetVersionResponse } from './report-target.response';

/** A unit's target for a year: the version in force and the earlier ones. */
export class ReportTargetItemResponse extends ReportTargetVersionResponse {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ enum: ['ADMISSIONS'] }) indicator!: string;
  @ApiProperty({ example: 'Kết nạp đảng viên mới' }) indicatorLabel!: string;
  @ApiProperty({ type: () => ReportTargetVersionResponse, isArray: true, description: 'Các phiên bản trước, mới nhất trước' })
  earlier!: ReportTargetVersionResponse[];
}
