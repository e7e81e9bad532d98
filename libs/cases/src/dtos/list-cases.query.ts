import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';
import { STATISTICS_VIEWS, type StatisticsView } from '../services/statistics.service';

/**
 * The case list's query. `page` / `pageSize` skip rows (OFFSET) and reach as far as the list counts (10,000 cases;
 * further, 400 PAGE_BEYOND_COUNT): to walk further, pass each page's `nextCursor` back as `cursor` (the default order
 * only; a search `q` pages by number).
 */
export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'Con trỏ trang: giá trị nextCursor của trang trước; trả về các vụ việc tiếp theo theo thứ tự mặc định (mới nhất trước) ' +
      'mà không phải bỏ qua các trang trước, nên dùng cho các trang sâu. Khi có cursor, page chỉ được trả lại như đã gửi. Không dùng cùng q. ' +
      'Không có cursor, số trang chỉ đánh đến hết 10.000 vụ việc đầu tiên (trang bắt đầu sau đó: 400 PAGE_BEYOND_COUNT).',
  })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,200}$/) cursor?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[a-z0-9-]{1,64}$/) procedureId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) state?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Tìm theo tiêu đề, tóm tắt, tên đối tượng và tên tài liệu; không phân biệt hoa thường, có dấu hay không dấu' })
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: ['OPEN', 'CLOSED'] }) @IsOptional() @IsIn(['OPEN', 'CLOSED']) status?: 'OPEN' | 'CLOSED';
}

// 'YYYY-MM-DD', or an instant with its offset (without one it would be read in the server's own time zone).
const DAY_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A period of whole Vietnamese civil days [from, to): each boundary is 00:00 in Vietnam (17:00Z the day before). An
 * instant is accepted for older clients and stands for its Vietnamese date.
 */
export class StatisticsQuery {
  @ApiProperty({ example: '2026-01-01', description: 'Ngày bắt đầu (tính từ 00:00 giờ Việt Nam)' })
  @Matches(DAY_OR_INSTANT) @IsISO8601({ strict: true }) from!: string;
  @ApiProperty({ example: '2026-04-01', description: 'Ngày kết thúc, không tính ngày này (khoảng [from, to) theo giờ Việt Nam)' })
  @Matches(DAY_OR_INSTANT) @IsISO8601({ strict: true }) to!: string;
  @ApiPropertyOptional({ description: 'Đơn vị (tính cả các đơn vị trực thuộc, theo cách tính của `view`)' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({
    enum: STATISTICS_VIEWS,
    default: 'AS_THEY_WERE',
    description:
      'AS_THEY_WERE: mỗi vụ việc tính cho tổ chức giữ vụ việc vào cuối kỳ (trước các lần chuyển sang tổ chức kế tục sau đó); ' +
      'CURRENT_UNITS: tính cho tổ chức hiện nay (tổ chức kế tục của tổ chức đã kết thúc hoạt động)',
  })
  @IsOptional() @IsIn(STATISTICS_VIEWS) view?: StatisticsView;
}
