import { ApiProperty } from '@nestjs/swagger';
import { BallotExclusionResponse } from './ballot-exclusion.response';
import { BallotVoterResponse } from './ballot-voter.response';

/** Quy tắc tính tổng số biểu quyết được áp dụng. */
export class BallotRuleResponse {
  @ApiProperty({ type: String, format: 'uuid' }) ruleId!: string;
  @ApiProperty({ type: String }) legalBasis!: string;
  @ApiProperty({ type: String }) confidence!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Vì sao áp dụng dòng quy tắc này' }) why!: string | null;
}

/** Thành viên bỏ phiếu và tổng số tính tỷ lệ (documentation only: case-ballot.service.ts builds it). */
export class BallotRosterResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String, format: 'uuid', description: 'Đơn vị có Ban Thường vụ quyết định' })
  bodyUnitId!: string;

  @ApiProperty({ type: 'integer', description: 'Tổng số tính tỷ lệ biểu quyết' })
  denominator!: number;

  @ApiProperty({
    type: () => BallotRuleResponse,
    nullable: true,
    description: 'Quy tắc tính tổng số đang áp dụng (VOTE.DENOMINATOR_EXCLUSIONS); null: chưa có quy tắc, không loại ai',
  })
  rule!: BallotRuleResponse | null;

  @ApiProperty({ type: () => BallotVoterResponse, isArray: true })
  voters!: BallotVoterResponse[];

  @ApiProperty({ type: () => BallotExclusionResponse, isArray: true })
  excluded!: BallotExclusionResponse[];
}
