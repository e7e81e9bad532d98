import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RuleConfirmDto {
  @ApiProperty({ description: 'Căn cứ xác nhận lại (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}
