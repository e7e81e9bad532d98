import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

export class OrgTreeQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Ngày xem cây tổ chức (mặc định: hôm nay, giờ Việt Nam)' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true }) asOf?: string;
}
