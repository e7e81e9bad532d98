import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';

export const INBOX_VIEWS = ['nearest', 'overdue', 'dueWithin', 'awaitingReport'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** A procedure id, as GET /cases takes it. */
const PROCEDURE_ID = /^[a-z0-9-]{1,64}$/;

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: INBOX_VIEWS,
    default: 'nearest',
    description:
      'nearest: mọi vụ việc theo thời hạn gần nhất; overdue: chỉ quá hạn; dueWithin: đến hạn trong N ngày làm việc; ' +
      'awaitingReport: vụ việc đã giao đơn vị và đang chờ đơn vị đó báo cáo kết quả xử lý',
  })
  @IsOptional()
  @IsIn(INBOX_VIEWS)
  view: InboxView = 'nearest';
  @ApiPropertyOptional({ description: 'Với view=dueWithin: số ngày làm việc', default: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  days?: number;
  @ApiPropertyOptional({ description: 'Đơn vị thụ lý vụ việc' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Đơn vị được giao giải quyết' }) @IsOptional() @IsUUID() assignedUnitId?: string;
  @ApiPropertyOptional({ description: 'Quy trình (mã, ví dụ quy-dinh-1374)', example: 'quy-dinh-1374' })
  @IsOptional() @IsString() @Matches(PROCEDURE_ID) procedureId?: string;
  @ApiPropertyOptional({ description: 'Trạng thái (đường dẫn trạng thái đúng như trường state của vụ việc)', example: 'assignedToUnit.awaitingReport' })
  @IsOptional() @IsString() @MaxLength(200) state?: string;
}

/** GET /inbox/awaiting-me: the steps waiting for the caller's decision, one page. */
export class AwaitingMeQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Quy trình (mã, ví dụ quy-dinh-1374)', example: 'quy-dinh-1374' })
  @IsOptional() @IsString() @Matches(PROCEDURE_ID) procedureId?: string;
  @ApiPropertyOptional({ description: 'Đơn vị thụ lý vụ việc' }) @IsOptional() @IsUUID() unitId?: string;
}
