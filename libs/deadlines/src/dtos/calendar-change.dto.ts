import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate } from './iso-date.validator';

export class CalendarDayDto {
  @ApiProperty({ example: '2026-02-21' }) @IsCalendarDate() date!: string;
  @ApiProperty({ enum: ['HOLIDAY', 'WORKING_DAY'] }) @IsIn(['HOLIDAY', 'WORKING_DAY']) kind!: 'HOLIDAY' | 'WORKING_DAY';
  @ApiProperty({ example: 'Nghỉ bù Tết Nguyên Đán' }) @IsString() @MinLength(2) @MaxLength(200) name!: string;
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
}
