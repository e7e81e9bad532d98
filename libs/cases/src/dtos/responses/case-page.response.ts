import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { CaseSummaryResponse } from './case-summary.response';

/** Một trang vụ việc trong phạm vi người dùng (documentation only: the service builds the answer). */
export class CasePageResponse extends PageResponseOf(() => CaseSummaryResponse) {
  @ApiProperty({
    description: 'true: total là số chính xác; false: có nhiều hơn total vụ việc (total là mức tối đa được đếm, 10.000)',
  })
  totalExact!: boolean;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Gửi lại làm cursor để lấy trang tiếp theo theo thứ tự mặc định; null ở trang cuối và khi tìm kiếm (q)',
  })
  nextCursor!: string | null;
}
