import { ApiProperty } from '@nestjs/swagger';
import { PersonSummaryResponse } from './person-summary.response';

/** Một trang hồ sơ cá nhân (documentation only: the service builds the answer). */
export class PersonPageResponse {
  @ApiProperty({ type: () => PersonSummaryResponse, isArray: true })
  items!: PersonSummaryResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
