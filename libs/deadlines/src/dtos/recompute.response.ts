import { ApiProperty } from '@nestjs/swagger';
import { DeadlineMoveResponse } from './deadline-move.response';

/** Kết quả tính lại thời hạn (documentation only: the service builds the answer). */
export class RecomputeResponse {
  @ApiProperty({ type: Boolean })
  dryRun!: boolean;

  @ApiProperty({ type: 'integer' })
  calendarVersion!: number;

  @ApiProperty({ type: 'integer' })
  examined!: number;

  @ApiProperty({ type: 'integer' })
  moved!: number;

  @ApiProperty({ type: () => DeadlineMoveResponse, isArray: true })
  moves!: DeadlineMoveResponse[];
}
