import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { STATISTICS_VIEWS, type StatisticsView } from '@hoso/cases/services/statistics.service';

export const REPORT_FORMATS = ['json', 'xlsx', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A day, or an instant standing for its day in Vietnam (as the statistics take it). */
const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

/** GET /reports/:key — which unit, which period (by name or by dates), how units are counted, which format. */
export class ReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị báo cáo (tính cả các đơn vị trực thuộc); mặc định: đơn vị cao nhất người dùng có vai trò' })
  @IsOptional() @IsUUID() unitId?: string;

  @ApiPropertyOptional({
    example: '2026-Q1',
    description: 'Kỳ báo cáo theo tên: năm (2026), quý (2026-Q1 … 2026-Q4), 6 tháng (2026-H1, 2026-H2) hoặc tháng (2026-03). Không dùng cùng from/to.',
  })
  @IsOptional() @IsString() @MaxLength(16) period?: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'Ngày bắt đầu (tính từ 00:00 giờ Việt Nam); dùng cùng `to`' })
  @IsOptional() @Matches(DAY_OR_INSTANT) @IsISO8601({ strict: true }) from?: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'Ngày kết thúc, không tính ngày này (khoảng [from, to) theo giờ Việt Nam)' })
  @IsOptional() @Matches(DAY_OR_INSTANT) @IsISO8601({ strict: true }) to?: string;

  @ApiPropertyOptional({
    enum: STATISTICS_VIEWS,
    default: 'AS_THEY_WERE',
    description: 'AS_THEY_WERE: tính cho tổ chức giữ vụ việc vào cuối kỳ; CURRENT_UNITS: tính cho tổ chức hiện nay (tổ chức kế tục)',
  })
  @IsOptional() @IsIn(STATISTICS_VIEWS) view?: StatisticsView;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json', description: 'json: số liệu; xlsx: tệp Excel; docx: báo cáo Word theo thể thức văn bản của Đảng' })
  @IsOptional() @IsIn(REPORT_FORMATS) format?: ReportFormat;

  @ApiPropertyOptional({ example: 'TP. Hồ Chí Minh', description: 'Địa danh ghi ở đầu báo cáo Word (mặc định để trống cho văn phòng điền)' })
  @IsOptional() @IsString() @MaxLength(100) place?: string;
}
