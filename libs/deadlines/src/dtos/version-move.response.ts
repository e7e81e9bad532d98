import { ApiProperty } from '@nestjs/swagger';

/** Phiên bản lịch trước và sau (documentation only: the service builds the answer). */
export class VersionMoveResponse {
  @ApiProperty({ type: 'integer' })
  from!: number;

  @ApiProperty({ type: 'integer' })
  to!: number;
}
