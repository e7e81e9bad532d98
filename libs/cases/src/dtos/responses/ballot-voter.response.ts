import { ApiProperty } from '@nestjs/swagger';

/** Một thành viên được bỏ phiếu (documentation only: case-ballot.service.ts builds it). */
export class BallotVoterResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  name!: string;
}
