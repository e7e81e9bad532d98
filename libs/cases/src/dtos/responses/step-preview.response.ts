import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChildPreviewResponse } from './child-preview.response';
import { DeadlinePreviewResponse } from './deadline-preview.response';
import { MembershipPreviewResponse } from './membership-preview.response';
import { NotificationPreviewResponse } from './notification-preview.response';
import { ParentReportPreviewResponse } from './parent-report-preview.response';
import { PreviewEventResponse } from './preview-event.response';
import { PreviewFromResponse } from './preview-from.response';
import { PreviewNextResponse } from './preview-next.response';

/** Câu trả lời của `?dryRun=true`: bước sẽ làm gì; không có gì được ghi (documentation only: step-preview.ts builds it). */
export class StepPreviewResponse {
  @ApiProperty({ type: Boolean, description: 'Luôn true: chỉ xem trước, không ghi gì' })
  dryRun!: true;

  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: () => PreviewEventResponse })
  event!: PreviewEventResponse;

  @ApiProperty({ type: () => PreviewFromResponse })
  from!: PreviewFromResponse;

  @ApiProperty({ type: () => PreviewNextResponse })
  next!: PreviewNextResponse;

  @ApiProperty({ type: () => DeadlinePreviewResponse, isArray: true })
  deadlines!: DeadlinePreviewResponse[];

  @ApiProperty({ type: () => ChildPreviewResponse, isArray: true })
  children!: ChildPreviewResponse[];

  @ApiProperty({ type: () => NotificationPreviewResponse, isArray: true })
  notifications!: NotificationPreviewResponse[];

  @ApiPropertyOptional({ type: () => ParentReportPreviewResponse })
  parentReport?: ParentReportPreviewResponse;

  @ApiPropertyOptional({ type: () => MembershipPreviewResponse })
  membership?: MembershipPreviewResponse;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Bước áp dụng thay đổi tổ chức: các vướng mắc nếu áp dụng lúc này (problems) và kết quả dự kiến (preview); không ghi gì',
  })
  orgChange?: Record<string, unknown>;
}
