import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[a-z0-9-]{1,64}$/) procedureId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) state?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Tìm theo tiêu đề' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ enum: ['OPEN', 'CLOSED'] }) @IsOptional() @IsIn(['OPEN', 'CLOSED']) status?: 'OPEN' | 'CLOSED';
}

export class StatisticsQuery {
  @ApiProperty({ example: '2026-01-01' }) @Type(() => Date) @IsDate() from!: Date;
  @ApiProperty({ example: '2026-04-01', description: 'Không tính ngày này (khoảng [from, to))' }) @Type(() => Date) @IsDate() to!: Date;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
}
