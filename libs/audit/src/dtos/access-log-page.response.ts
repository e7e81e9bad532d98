import { ApiProperty } from '@nestjs/swagger';
import { AccessLogEntryResponse } from './access-log-entry.response';

/** Một trang nhật ký truy cập (documentation only: the service builds the answer). */
export class AccessLogPageResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: () => AccessLogEntryResponse, isArray: true })
  items!: AccessLogEntryResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
