import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CONFIDENCES } from '../entities/legal-rule.entity';
import { IsCalendarDate } from './iso-date.validator';

/** A legal instrument to register (number, dates, issuer, what it replaces, how sure we are of it). */
export class LegalInstrumentDto {
  @ApiProperty({ example: '208-QĐ/TW', description: 'Số, ký hiệu như trên văn bản' }) @IsString() @MinLength(2) @MaxLength(64) code!: string;
  @ApiProperty({ description: 'Trích yếu' }) @IsString() @MinLength(3) @MaxLength(500) title!: string;
  @ApiProperty({ example: 'Ban Chấp hành Trung ương', description: 'Cơ quan ban hành' }) @IsString() @MinLength(2) @MaxLength(300) issuer!: string;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-07-26', nullable: true, description: 'Ngày ký, ban hành; null nếu chưa tìm thấy' })
  @IsOptional() @IsCalendarDate() issuedOn?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Ngày có hiệu lực; null nếu chưa tìm thấy' }) @IsOptional() @IsCalendarDate() effectiveFrom?: string | null;
  @ApiPropertyOptional({ type: String, isArray: true, description: 'Số, ký hiệu các văn bản được thay thế' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(2, { each: true }) @MaxLength(64, { each: true }) replaces?: string[];
  @ApiProperty({ enum: CONFIDENCES }) @IsIn(CONFIDENCES) confidence!: (typeof CONFIDENCES)[number];
  @ApiProperty({ description: 'Nguồn (số hiệu tài liệu, ví dụ [62][64])' }) @IsString() @MinLength(1) @MaxLength(64) sourceRef!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string | null;
  @ApiProperty({ description: 'Lý do đăng ký (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}
