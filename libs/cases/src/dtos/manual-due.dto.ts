import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class ManualDueDto {
  @ApiProperty({ example: '2026-12-15', description: 'Hạn là hết ngày này (giờ Việt Nam)' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) dueDate!: string;
  @ApiProperty({ description: 'Lý do (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}
