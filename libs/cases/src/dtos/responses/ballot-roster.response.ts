import { ApiProperty } from '@nestjs/swagger';
import { BallotExclusionResponse } from './ballot-exclusion.response';
import { BallotVoterResponse } from './ballot-voter.response';

/** Thành viên bỏ phiếu và tổng số tính tỷ lệ (documentation only: case-ballot.service.ts builds it). */
export class BallotRosterResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String, format: 'uuid', description: 'Đơn vị có Ban Thường vụ quyết định' })
  bodyUnitId!: string;

  @ApiProperty({ type: 'integer', description: 'Tổng số tính tỷ lệ biểu quyết' })
  denominator!: number;

  @ApiProperty({ type: () => BallotVoterResponse, isArray: true })
  voters!: BallotVoterResponse[];

  @ApiProperty({ type: () => BallotExclusionResponse, isArray: true })
  excluded!: BallotExclusionResponse[];
}
