import { ApiProperty } from '@nestjs/swagger';
import { ReportTargetItemResponse } from './report-target-item.response';

export class ReportTargetListResponse {
  @ApiProperty({ type: () => ReportTargetItemResponse, isArray: true }) items!: ReportTargetItemResponse[];
}
