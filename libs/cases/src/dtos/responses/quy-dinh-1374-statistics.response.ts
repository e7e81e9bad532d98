import { ApiProperty } from '@nestjs/swagger';
import { CATEGORY_LABELS, STATISTICS_VIEWS, type StatisticsView } from '../../services/statistics.service';
import { ReceivedCountsResponse } from './received-counts.response';
import { StatisticsLabelsResponse } from './statistics-labels.response';
import { StatisticsPeriodResponse } from './statistics-period.response';
import { StatisticsUnitCountResponse } from './statistics-unit-count.response';

/** Thống kê 1374 của một kỳ và phạm vi (documentation only: statistics.service.ts `quyDinh1374` builds it). */
export class QuyDinh1374StatisticsResponse {
  @ApiProperty({ type: String, enum: ['quy-dinh-1374'] })
  procedureId!: 'quy-dinh-1374';

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

  @ApiProperty({ type: () => ReceivedCountsResponse })
  received!: ReceivedCountsResponse;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: `Số vụ việc theo nhóm kết quả, có cả nhóm bằng 0 (${Object.keys(CATEGORY_LABELS).join(', ')})`,
    example: Object.fromEntries(Object.keys(CATEGORY_LABELS).map((c) => [c, 0])),
  })
  byCategory!: Record<string, number>;

  @ApiProperty({ type: () => StatisticsLabelsResponse })
  labels!: StatisticsLabelsResponse;

  @ApiProperty({ type: () => StatisticsUnitCountResponse, isArray: true, description: 'Số vụ việc theo từng tổ chức (theo `view`), xếp theo mã' })
  byUnit!: StatisticsUnitCountResponse[];
}
