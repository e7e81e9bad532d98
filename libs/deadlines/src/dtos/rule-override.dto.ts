import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { RULE_UNITS, START_CONVENTIONS, type RuleUnit, type StartConvention } from '../entities/legal-rule.entity';
import { IsCalendarDate } from './iso-date.validator';

/**
 * A committee's override of a rule for a unit's subtree: the value (or its structured value), and optionally the
 * unit, how it is counted, the extension and the legal basis; what is not given is the rule's in force on that date.
 */
export class RuleOverrideDto {
  @ApiProperty({ example: 'A.OTHER_SOURCES_HANDLING' }) @IsString() @Matches(/^[A-Z0-9_.]{2,64}$/) key!: string;
  @ApiProperty({ description: 'Đơn vị (cấp ủy) áp dụng cho toàn bộ đơn vị trực thuộc' }) @IsUUID() orgUnitId!: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    description: 'Giá trị mới (thời hạn: 1–3650 ngày hoặc tháng; số lượng: từ 0); null = không đặt thời hạn, hoặc giá trị nằm trong valueData',
  })
  @ValidateIf((o: RuleOverrideDto) => o.value !== null)
  @IsInt()
  @Min(0)
  value!: number | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'Giá trị có cấu trúc (FRACTION, LIST, TABLE)' })
  @IsOptional() @IsObject() valueData?: Record<string, unknown> | null;
  @ApiPropertyOptional({ enum: RULE_UNITS, description: 'Đơn vị tính (cùng loại với quy tắc); mặc định như quy tắc' })
  @IsOptional() @IsIn(RULE_UNITS) unit?: RuleUnit;
  @ApiPropertyOptional({ description: 'Sự kiện bắt đầu tính; mặc định như quy tắc' }) @IsOptional() @IsString() @MaxLength(500) startEvent?: string;
  @ApiPropertyOptional({ enum: START_CONVENTIONS }) @IsOptional() @IsIn(START_CONVENTIONS) startConvention?: StartConvention;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Mỗi lần gia hạn (cùng đơn vị); null = không gia hạn' })
  @IsOptional() @IsInt() @Min(1) extensionValue?: number | null;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) extensionMaxCount?: number;
  @ApiPropertyOptional({ description: 'Căn cứ của điều chỉnh; mặc định căn cứ của quy tắc' }) @IsOptional() @IsString() @MinLength(3) @MaxLength(2000) legalBasis?: string;
  @ApiPropertyOptional({ description: 'Nguồn (số hiệu tài liệu)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(32) sourceRef?: string;
  @ApiProperty({ description: 'Lý do (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ example: '2026-12-01' }) @IsOptional() @IsCalendarDate() effectiveFrom?: string;
}
