import { ApiProperty } from '@nestjs/swagger';

/** Chỗ đứt đầu tiên của chuỗi băm (documentation only: the service builds the answer). */
export class ChainBreakResponse {
  @ApiProperty({ type: 'integer' })
  seq!: number;

  @ApiProperty({ enum: ['SEQ_GAP', 'PREV_HASH_MISMATCH', 'HASH_MISMATCH'] })
  reason!: 'SEQ_GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';

  @ApiProperty({ type: String })
  reasonLabel!: string;
}
