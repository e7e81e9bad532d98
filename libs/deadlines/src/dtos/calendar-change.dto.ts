import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import type { CalendarDayCategory } from '@hoso/kernel/legal-time';
import { IsCalendarDate } from './iso-date.validator';

const CATEGORIES: CalendarDayCategory[] = ['HOLIDAY', 'COMPENSATORY', 'SWAPPED_DAY_OFF', 'SWAPPED_WORKDAY'];

export class CalendarDayDto {
  @ApiProperty({ example: '2026-02-21' }) @IsCalendarDate() date!: string;
  @ApiProperty({ enum: ['HOLIDAY', 'WORKING_DAY'] }) @IsIn(['HOLIDAY', 'WORKING_DAY']) kind!: 'HOLIDAY' | 'WORKING_DAY';
  @ApiProperty({ example: 'Nghỉ bù Tết Nguyên Đán' }) @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @ApiPropertyOptional({
    enum: CATEGORIES,
    description:
      'HOLIDAY: ngày lễ, Tết (Điều 112(1) BLLĐ 2019); COMPENSATORY: nghỉ bù (Điều 111(3)); SWAPPED_DAY_OFF: ngày nghỉ hoán đổi; ' +
      'SWAPPED_WORKDAY: ngày làm bù. Mặc định: HOLIDAY cho ngày nghỉ, SWAPPED_WORKDAY cho ngày làm việc',
  })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: CalendarDayCategory;
}

export class CalendarChangeDto {
  @ApiProperty({ description: 'Căn cứ, lý do (ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
  @ApiProperty({ enum: ['SCHEDULE', 'EDIT'], description: 'SCHEDULE: lịch nghỉ chính thức hằng năm; EDIT: sửa đơn lẻ' })
  @IsIn(['SCHEDULE', 'EDIT'])
  kind!: 'SCHEDULE' | 'EDIT';
  @ApiProperty({ type: [CalendarDayDto] }) @IsArray() @ArrayMaxSize(400) @ValidateNested({ each: true }) @Type(() => CalendarDayDto) set!: CalendarDayDto[];
  @ApiProperty({ type: [String], description: 'Ngày trở lại theo lịch tuần thông thường' })
  @IsArray()
  @ArrayMaxSize(400)
  @IsCalendarDate({ each: true })
  clear!: string[];
  @ApiPropertyOptional({
    type: 'integer',
    example: 2027,
    description:
      'Năm có lịch nghỉ chính thức từ phiên bản này (xác nhận năm; từ 2021, năm Bộ luật Lao động 2019 có hiệu lực): thời hạn tính qua năm đó không còn cảnh báo. ' +
      'Năm chưa có trong lịch được tính theo luật trước, các ngày của thay đổi đặt lên trên',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2021)
  @Max(2100)
  confirmYear?: number;
  @ApiPropertyOptional({ description: 'Văn bản làm căn cứ (số, ngày); mặc định là lý do', example: 'Thông báo 9441/TB-BNV ngày 16/10/2025' })
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  sourceRef?: string;
}
