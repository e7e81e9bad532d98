import { ApiProperty } from '@nestjs/swagger';
import { ChainBreakResponse } from './chain-break.response';
import { CheckpointHeadResponse } from './checkpoint-head.response';

/** Kết quả kiểm tra chuỗi băm của một vụ việc (documentation only: the service builds the answer). */
export class TimelineVerifyResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: Boolean })
  intact!: boolean;

  @ApiProperty({ type: 'integer' })
  eventsChecked!: number;

  @ApiProperty({ type: Boolean })
  headMatches!: boolean;

  @ApiProperty({ type: () => ChainBreakResponse, nullable: true })
  firstBreak!: ChainBreakResponse | null;

  @ApiProperty({ type: () => CheckpointHeadResponse, nullable: true })
  checkpoint!: CheckpointHeadResponse | null;

  @ApiProperty({ type: Boolean })
  ok!: boolean;

  @ApiProperty({ type: String })
  summary!: string;
}
