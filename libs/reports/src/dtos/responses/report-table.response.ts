import { ApiProperty } from '@nestjs/swagger';
import { ReportColumnResponse } from './report-column.response';
import { ReportRowResponse } from './report-row.response';

export class ReportTableResponse {
  @ApiProperty({ example: 'by-source' }) key!: string;
  @ApiProperty({ example: 'Tiếp nhận và kết quả xử lý thông tin theo nguồn' }) title!: string;
  @ApiProperty({ example: 'Nguồn thông tin', description: 'Tiêu đề cột nội dung' }) rowHeader!: string;
  @ApiProperty({ type: () => ReportColumnResponse, isArray: true }) columns!: ReportColumnResponse[];
  @ApiProperty({ type: () => ReportRowResponse, isArray: true }) rows!: ReportRowResponse[];
  @ApiProperty({ type: String, isArray: true, description: 'Cách tính, in dưới bảng' }) notes!: string[];
}
