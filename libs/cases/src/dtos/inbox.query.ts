import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['nearest', 'overdue', 'dueWithin'], default: 'nearest' })
  @IsOptional()
  @IsIn(['nearest', 'overdue', 'dueWithin'])
  view: 'nearest' | 'overdue' | 'dueWithin' = 'nearest';
  @ApiPropertyOptional({ description: 'Với view=dueWithin: số ngày làm việc', default: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  days?: number;
  @ApiPropertyOptional({ description: 'Đơn vị thụ lý vụ việc' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'Đơn vị được giao giải quyết' }) @IsOptional() @IsUUID() assignedUnitId?: string;
}
