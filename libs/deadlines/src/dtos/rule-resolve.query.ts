import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { IsCalendarDate } from './iso-date.validator';

/** GET /rules/resolve: which row applies for a unit on a date. */
export class RuleResolveQuery {
  @ApiProperty({ example: 'A.PRESS_EXPLAIN' }) @IsString() @Matches(/^[A-Z0-9_.]{2,64}$/) key!: string;
  @ApiProperty({ description: 'Đơn vị (trong phạm vi của người hỏi)' }) @IsUUID() unitId!: string;
  @ApiPropertyOptional({ description: 'Ngày của sự kiện pháp lý; mặc định hôm nay (giờ Việt Nam)', example: '2026-12-01' })
  @IsOptional() @IsCalendarDate() date?: string;
}
