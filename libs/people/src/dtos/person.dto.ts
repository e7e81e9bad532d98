import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

export class CreatePersonDto {
  @ApiProperty({ description: 'Họ và tên' }) @IsString() @MinLength(2) @MaxLength(200) fullName!: string;
  @ApiProperty({ example: '2000-05-31', description: 'Ngày sinh' }) @IsCalendarDate() dateOfBirth!: string;
  @ApiProperty({ description: 'Đơn vị (chi bộ, đảng bộ) quản lý' }) @IsUUID() orgUnitId!: string;
}

export class PersonSearchQuery {
  @ApiPropertyOptional({ description: 'Tìm theo họ tên' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page = 1;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize = 20;
}
