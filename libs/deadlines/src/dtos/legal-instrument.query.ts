import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';
import { CONFIDENCES } from '../entities/legal-rule.entity';

/** GET /legal-instruments: a page of the register, by part of the number and by confidence. */
export class LegalInstrumentQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Số, ký hiệu có chứa', example: 'QĐ/TW' }) @IsOptional() @IsString() @MaxLength(64) code?: string;
  @ApiPropertyOptional({ enum: CONFIDENCES }) @IsOptional() @IsIn(CONFIDENCES) confidence?: (typeof CONFIDENCES)[number];
}
