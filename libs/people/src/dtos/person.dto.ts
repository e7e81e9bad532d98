import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

export class CreatePersonDto {
  @ApiProperty({ description: 'Họ và tên' }) @IsString() @MinLength(2) @MaxLength(200) fullName!: string;
  @ApiProperty({ example: '2000-05-31', description: 'Ngày sinh' }) @IsCalendarDate() dateOfBirth!: string;
  @ApiProperty({ description: 'Đơn vị (chi bộ, đảng bộ) quản lý' }) @IsUUID() orgUnitId!: string;
}

export class PersonSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Tìm theo họ tên' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}
