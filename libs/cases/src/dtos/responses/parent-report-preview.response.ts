import { ApiProperty } from '@nestjs/swagger';

/** Vụ việc cha sẽ được báo kết luận của vụ việc con này (documentation only: step-preview.ts builds it). */
export class ParentReportPreviewResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  parentCaseId!: string;

  @ApiProperty({ type: String })
  outcome!: string;
}
