import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class RulesPageQuery {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) pageSize = 100;
}

export class CalendarYearQuery {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class RecomputeDto {
  @ApiProperty({ description: 'true: chỉ liệt kê các thời hạn sẽ thay đổi' }) @IsBoolean() dryRun!: boolean;
  @ApiProperty({ description: 'Căn cứ, lý do (ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}
