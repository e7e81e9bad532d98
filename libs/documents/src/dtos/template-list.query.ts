import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

export class TemplateListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị: kể cả mẫu riêng của đơn vị và cấp trên (bỏ trống: mẫu chung)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: '2026-12-06', description: 'Ngày của văn bản (mặc định: hôm nay)' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}
