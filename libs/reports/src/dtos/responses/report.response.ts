import { ApiProperty } from '@nestjs/swagger';
import { STATISTICS_VIEWS, type StatisticsView } from '@hoso/cases/services/statistics.service';
import { ReportPeriodResponse } from './report-period.response';
import { ReportTableResponse } from './report-table.response';
import { ReportUnitResponse } from './report-unit.response';

/** A periodic report's figures (documentation only: reports.service.ts builds it). */
export class ReportResponse {
  @ApiProperty({ example: 'quy-dinh-1374' }) key!: string;
  @ApiProperty({ example: 'Báo cáo kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU' }) title!: string;
  @ApiProperty({ example: 'kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU', description: 'Nội dung sau chữ "BÁO CÁO"' })
  subject!: string;
  @ApiProperty({ example: 'Báo cáo 1374', description: 'Phần đầu tên tệp khi tải về' }) fileTitle!: string;
  @ApiProperty({ type: () => ReportUnitResponse }) unit!: ReportUnitResponse;
  @ApiProperty({ type: () => ReportPeriodResponse }) period!: ReportPeriodResponse;
  @ApiProperty({ enum: STATISTICS_VIEWS }) view!: StatisticsView;
  @ApiProperty({ format: 'date-time', description: 'Thời điểm lập báo cáo' }) generatedAt!: string;
  @ApiProperty({ type: () => ReportTableResponse, isArray: true }) tables!: ReportTableResponse[];
  @ApiProperty({ type: String, isArray: true }) notes!: string[];
}
