import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

/** What a target measures, with its Vietnamese name. */
export const TARGET_INDICATORS = { ADMISSIONS: 'Kết nạp đảng viên mới' } as const;
export type TargetIndicator = keyof typeof TARGET_INDICATORS;
const INDICATORS = Object.keys(TARGET_INDICATORS) as TargetIndicator[];

/** POST /report-targets: a committee's target for a unit and a year (a new version when one is already set). */
export class SetReportTargetDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị được giao chỉ tiêu' }) @IsUUID() orgUnitId!: string;
  @ApiProperty({ type: 'integer', example: 2026, minimum: 1990, maximum: 2200 }) @IsInt() @Min(1990) @Max(2200) year!: number;
  @ApiProperty({ enum: INDICATORS, description: 'Chỉ tiêu: ADMISSIONS – kết nạp đảng viên mới' }) @IsIn(INDICATORS) indicator!: TargetIndicator;
  @ApiProperty({ type: 'integer', example: 400, minimum: 0, maximum: 1000000, description: 'Giá trị chỉ tiêu (số đảng viên)' })
  @IsInt() @Min(0) @Max(1_000_000) value!: number;
  @ApiProperty({ example: 'Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2025–2030; Kế hoạch số 12-KH/ĐU ngày 10/01/2026', description: 'Căn cứ giao chỉ tiêu' })
  @IsString() @MinLength(3) @MaxLength(500) basis!: string;
  @ApiPropertyOptional({ description: 'Lý do điều chỉnh (bắt buộc khi chỉ tiêu đã được giao trước đó)' })
  @IsOptional() @IsString() @MinLength(3) @MaxLength(1000) reason?: string;
}

/** GET /report-targets: the targets of a year (of one unit's subtree, or of every unit in scope). */
export class ReportTargetsQuery {
  @ApiProperty({ type: 'integer', example: 2026 }) @Type(() => Number) @IsInt() @Min(1990) @Max(2200) year!: number;
  @ApiPropertyOptional({ enum: INDICATORS, default: 'ADMISSIONS' }) @IsOptional() @IsIn(INDICATORS) indicator?: TargetIndicator;
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị (tính cả các đơn vị trực thuộc)' }) @IsOptional() @IsUUID() unitId?: string;
}
