import { ApiProperty } from '@nestjs/swagger';
import { OrgUnitResponse } from './org-unit.response';

/** Một trang đơn vị (documentation only: the service builds the answer). */
export class OrgUnitPageResponse {
  @ApiProperty({ type: () => OrgUnitResponse, isArray: true })
  items!: OrgUnitResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
