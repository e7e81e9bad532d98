import { ApiProperty } from '@nestjs/swagger';
import { CallerEventResponse } from './caller-event.response';
import { CaseDeadlineResponse } from './case-deadline.response';
import { CaseLinksResponse } from './case-links.response';
import { CaseSummaryResponse } from './case-summary.response';
import { MaskedReporterResponse } from './masked-reporter.response';

/** Chi tiết vụ việc (documentation only: case-query.service.ts `view` builds it). */
export class CaseViewResponse extends CaseSummaryResponse {
  @ApiProperty({ type: String })
  procedureTitle!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Dữ liệu của vụ việc trong máy trạng thái (theo từng quy trình)' })
  context!: Record<string, unknown>;

  @ApiProperty({ type: () => MaskedReporterResponse })
  reporter!: MaskedReporterResponse;

  @ApiProperty({ type: () => CallerEventResponse, isArray: true, description: 'Các bước người dùng được thực hiện lúc này' })
  availableEvents!: CallerEventResponse[];

  @ApiProperty({ type: () => CaseDeadlineResponse, isArray: true })
  deadlines!: CaseDeadlineResponse[];

  @ApiProperty({ type: () => CaseLinksResponse })
  links!: CaseLinksResponse;
}
