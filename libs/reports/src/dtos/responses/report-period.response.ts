import { ApiProperty } from '@nestjs/swagger';

export class ReportPeriodResponse {
  @ApiProperty({ type: String, nullable: true, example: '2026-Q1', description: 'Mã kỳ khi chọn theo tên; null khi chọn theo ngày' }) code!: string | null;
  @ApiProperty({ example: 'Quý I năm 2026' }) label!: string;
  @ApiProperty({ example: '2026-01-01', description: 'Ngày đầu kỳ' }) from!: string;
  @ApiProperty({ example: '2026-04-01', description: 'Ngày sau ngày cuối kỳ (khoảng [from, to))' }) to!: string;
  @ApiProperty({ example: '2026-03-31', description: 'Ngày cuối kỳ' }) lastDay!: string;
  @ApiProperty({ format: 'date-time', description: '00:00 giờ Việt Nam ngày đầu kỳ' }) startsAt!: string;
  @ApiProperty({ format: 'date-time', description: '00:00 giờ Việt Nam ngày sau ngày cuối kỳ' }) endsBefore!: string;
}
