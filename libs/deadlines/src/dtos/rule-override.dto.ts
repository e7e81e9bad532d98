import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from './iso-date.validator';

export class RuleOverrideDto {
  @ApiProperty({ example: 'A.OTHER_SOURCES_HANDLING' }) @IsString() @Matches(/^[A-Z0-9_.]{2,64}$/) key!: string;
  @ApiProperty({ description: 'Đơn vị (cấp ủy) áp dụng cho toàn bộ đơn vị trực thuộc' }) @IsUUID() orgUnitId!: string;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 3650, description: 'Giá trị mới; null = không đặt thời hạn' })
  @ValidateIf((o: RuleOverrideDto) => o.value !== null)
  @IsInt()
  @Min(1)
  @Max(3650)
  value!: number | null;
  @ApiProperty({ description: 'Lý do (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @IsCalendarDate() effectiveFrom?: string;
}
