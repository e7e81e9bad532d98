import { ApiProperty } from '@nestjs/swagger';

/** One periodic report the server produces (GET /reports). */
export class ReportSummaryResponse {
  @ApiProperty({ example: 'quy-dinh-1374' }) key!: string;
  @ApiProperty({ example: 'Báo cáo kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU' }) title!: string;
  @ApiProperty({ description: 'Nội dung báo cáo' }) description!: string;
}
