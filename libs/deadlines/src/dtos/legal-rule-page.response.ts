import { ApiProperty } from '@nestjs/swagger';
import { LegalRuleResponse } from './legal-rule.response';

/** Một trang quy tắc thời hạn (documentation only: the service builds the answer). */
export class LegalRulePageResponse {
  @ApiProperty({ type: () => LegalRuleResponse, isArray: true })
  items!: LegalRuleResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
