import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { AdminPageQuery } from '@hoso/core/http/page.query';
import { CONFIDENCES } from '../entities/legal-rule.entity';
import { IsCalendarDate } from './iso-date.validator';

const LISTED_CONFIDENCES = [...CONFIDENCES, 'OVERRIDE'] as const;

/** GET /rules: an administrator's page of rule rows, by key prefix, date in force and confidence. */
export class RuleListQuery extends AdminPageQuery {
  @ApiPropertyOptional({ description: 'Mã quy tắc bắt đầu bằng', example: 'A.' })
  @IsOptional() @IsString() @Matches(/^[A-Z0-9_.]{1,64}$/) key?: string;

  @ApiPropertyOptional({ description: 'Chỉ các dòng có hiệu lực vào ngày này', example: '2026-12-01' })
  @IsOptional() @IsCalendarDate() asOf?: string;

  @ApiPropertyOptional({ enum: LISTED_CONFIDENCES })
  @IsOptional() @IsIn(LISTED_CONFIDENCES) confidence?: (typeof LISTED_CONFIDENCES)[number];
}
