import { ApiProperty } from '@nestjs/swagger';
import { CaseLinksResponse } from './case-links.response';
import { TimelineItemResponse } from './timeline-item.response';
import { TimelineReminderResponse } from './timeline-reminder.response';

/** Một trang dòng thời gian của vụ việc (documentation only: case-query.service.ts `timeline` builds it). */
export class TimelineResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: () => TimelineReminderResponse, isArray: true })
  reminders!: TimelineReminderResponse[];

  @ApiProperty({ type: () => CaseLinksResponse })
  links!: CaseLinksResponse;

  @ApiProperty({ type: () => TimelineItemResponse, isArray: true })
  items!: TimelineItemResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Số bước trên dòng thời gian (bằng phiên bản vụ việc)' })
  total!: number;
}
