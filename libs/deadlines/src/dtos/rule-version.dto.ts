import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CONFIDENCES, RULE_UNITS, START_CONVENTIONS, type RuleUnit, type StartConvention } from '../entities/legal-rule.entity';
import { IsCalendarDate } from './iso-date.validator';

/**
 * A new general version of a rule (the law changed): from `effectiveFrom`, based on a registered instrument. Only
 * what a time rule does not restate (start event, convention, extension, description) is taken from the version it
 * supersedes.
 */
export class RuleVersionDto {
  @ApiProperty({ example: 'A.PRESS_EXPLAIN' }) @IsString() @Matches(/^[A-Z0-9_.]{2,64}$/) key!: string;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Số ngày, số tháng hoặc số lượng; null/không gửi khi giá trị nằm trong valueData hoặc không có giá trị pháp lý' })
  @IsOptional() @IsInt() value?: number | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'FRACTION {numerator, denominator, strict}; LIST {items}; TABLE {rows}' })
  @IsOptional() @IsObject() valueData?: Record<string, unknown> | null;
  @ApiProperty({ enum: RULE_UNITS }) @IsIn(RULE_UNITS) unit!: RuleUnit;
  @ApiPropertyOptional({ description: 'Sự kiện bắt đầu tính (thời hạn)' }) @IsOptional() @IsString() @MaxLength(500) startEvent?: string;
  @ApiPropertyOptional({ enum: START_CONVENTIONS }) @IsOptional() @IsIn(START_CONVENTIONS) startConvention?: StartConvention;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) @IsOptional() @IsInt() extensionValue?: number | null;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) extensionMaxCount?: number;
  @ApiProperty({ example: '2027-01-01', description: 'Ngày bắt đầu có hiệu lực (phải sau phiên bản chung mới nhất)' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiProperty({ example: '294-QĐ/TW', description: 'Số, ký hiệu văn bản đã có trong danh mục' }) @IsString() @MinLength(1) @MaxLength(64) instrumentCode!: string;
  @ApiProperty({ description: 'Căn cứ (điều, khoản của văn bản)' }) @IsString() @MinLength(3) @MaxLength(2000) legalBasis!: string;
  @ApiProperty({ description: 'Nguồn (số hiệu tài liệu, ví dụ [62])' }) @IsString() @MinLength(1) @MaxLength(32) sourceRef!: string;
  @ApiProperty({ enum: CONFIDENCES }) @IsIn(CONFIDENCES) confidence!: (typeof CONFIDENCES)[number];
  @ApiPropertyOptional({ description: 'Mô tả; mặc định như phiên bản trước' }) @IsOptional() @IsString() @MinLength(3) @MaxLength(2000) description?: string;
  @ApiProperty({ description: 'Lý do (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ description: 'true: chỉ báo cáo những gì sẽ thay đổi, không ghi gì', default: false }) @IsOptional() @IsBoolean() dryRun?: boolean;
}
