import { ApiProperty } from '@nestjs/swagger';
import { UserSummaryResponse } from './user-summary.response';

/** Một trang người dùng (documentation only: the service builds the answer). */
export class UserPageResponse {
  @ApiProperty({ type: () => UserSummaryResponse, isArray: true })
  items!: UserSummaryResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
