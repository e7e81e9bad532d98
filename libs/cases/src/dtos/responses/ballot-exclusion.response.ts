import { ApiProperty } from '@nestjs/swagger';

/** Một thành viên không bỏ phiếu, kèm lý do (documentation only: case-ballot.service.ts builds it). */
export class BallotExclusionResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ enum: ['CONFLICT_OF_INTEREST', 'PROBATIONARY', 'TRANSFERRED', 'EXEMPT_ABSENT'] })
  reason!: string;

  @ApiProperty({ type: String })
  reasonLabel!: string;
}
