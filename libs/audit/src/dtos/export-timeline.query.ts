import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { ExportFormat } from '../services/timeline-export.service';

export class ExportTimelineQuery {
  @ApiProperty({ enum: ['csv', 'pdf'] }) @IsIn(['csv', 'pdf']) format!: ExportFormat;
}
