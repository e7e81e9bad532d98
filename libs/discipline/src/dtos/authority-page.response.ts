import { ApiProperty } from '@nestjs/swagger';
import { AuthorityRowResponse } from './authority-row.response';

/** Một trang bảng thẩm quyền (documentation only: the service builds the answer). */
export class AuthorityPageResponse {
  @ApiProperty({ type: () => AuthorityRowResponse, isArray: true })
  items!: AuthorityRowResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
