import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AdminPageQuery } from '@hoso/core/http/page.query';

/** The deadline rules listing (kept by name for the legal-time controller): an administrator's page. */
export class RulesPageQuery extends AdminPageQuery {}

export class CalendarYearQuery {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class RecomputeDto {
  @ApiProperty({ description: 'true: chỉ liệt kê các thời hạn sẽ thay đổi' }) @IsBoolean() dryRun!: boolean;
  @ApiProperty({ description: 'Căn cứ, lý do (ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}
