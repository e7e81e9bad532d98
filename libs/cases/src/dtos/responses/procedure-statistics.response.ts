import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { STATISTICS_VIEWS, type StatisticsView } from '../../services/statistics.service';
import { StatisticsDimensionResponse } from './statistics-dimension.response';
import { StatisticsPeriodResponse } from './statistics-period.response';
import { StatisticsUnitCountResponse } from './statistics-unit-count.response';

/**
 * Thống kê một quy trình trong một kỳ và phạm vi (documentation only: statistics.service.ts `byProcedure` builds it).
 * The controller registers StatisticsDimensionResponse with @ApiExtraModels for the `dimensions` reference.
 */
export class ProcedureStatisticsResponse {
  @ApiProperty({ type: String, example: 'khieu-nai-ky-luat' })
  procedureId!: string;

  @ApiProperty({ type: String, description: 'Tên quy trình' })
  procedureTitle!: string;

  @ApiProperty({ type: () => StatisticsPeriodResponse })
  period!: StatisticsPeriodResponse;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị đã chọn (tính cả các đơn vị trực thuộc); null: mọi đơn vị trong phạm vi' })
  unitId!: string | null;

  @ApiProperty({
    type: String,
    enum: STATISTICS_VIEWS,
    description: 'Cách tính tổ chức của vụ việc: AS_THEY_WERE theo tổ chức vào cuối kỳ, CURRENT_UNITS theo tổ chức hiện nay',
  })
  view!: StatisticsView;

  @ApiProperty({ type: 'integer', description: 'Tổng số vụ việc tiếp nhận trong kỳ' })
  total!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Số vụ việc theo nhóm kết quả của quy trình, có cả nhóm bằng 0' })
  byCategory!: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Tên tiếng Việt của từng nhóm kết quả' })
  categoryLabels!: Record<string, string>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(StatisticsDimensionResponse) },
    description: 'Theo từng tiêu chí (khóa: mã tiêu chí), ví dụ lý do không thụ lý, kết quả, hình thức kỷ luật',
  })
  dimensions!: Record<string, StatisticsDimensionResponse>;

  @ApiProperty({ type: () => StatisticsUnitCountResponse, isArray: true, description: 'Số vụ việc theo từng tổ chức (theo `view`), xếp theo mã' })
  byUnit!: StatisticsUnitCountResponse[];
}
