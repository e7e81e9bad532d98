import { ApiProperty } from '@nestjs/swagger';
import { VersionMoveResponse } from './version-move.response';

/** Một thời hạn được dời (documentation only: the service builds the answer). */
export class DeadlineMoveResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  deadlineId!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  from!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  to!: string;

  @ApiProperty({ type: () => VersionMoveResponse })
  calendarVersion!: VersionMoveResponse;
}
