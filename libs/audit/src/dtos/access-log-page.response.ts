import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { AccessLogEntryResponse } from './access-log-entry.response';

/** Một trang nhật ký truy cập (documentation only: the service builds the answer). */
export class AccessLogPageResponse extends PageResponseOf(() => AccessLogEntryResponse) {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;
}
