import { ApiProperty } from '@nestjs/swagger';
import { CaseSummaryResponse } from './case-summary.response';

/** Một trang vụ việc trong phạm vi người dùng (documentation only: the service builds the answer). */
export class CasePageResponse {
  @ApiProperty({ type: () => CaseSummaryResponse, isArray: true })
  items!: CaseSummaryResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer' })
  total!: number;
}
