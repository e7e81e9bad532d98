import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseSummaryResponse } from './case-summary.response';
import { OpenedChildResponse } from './opened-child.response';
import { RecordedEventResponse } from './recorded-event.response';

/** Kết quả đăng ký vụ việc hoặc thực hiện một bước (documentation only: case-command.service.ts builds it). */
export class CommandResultResponse {
  @ApiProperty({ type: () => CaseSummaryResponse, description: 'Vụ việc sau bước (header ETag mang phiên bản mới)' })
  case!: CaseSummaryResponse;

  @ApiProperty({ type: () => RecordedEventResponse })
  event!: RecordedEventResponse;

  @ApiPropertyOptional({ type: () => OpenedChildResponse, isArray: true, description: 'Chỉ có khi bước mở vụ việc con' })
  children?: OpenedChildResponse[];
}
