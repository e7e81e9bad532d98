import { ApiProperty } from '@nestjs/swagger';
import { SOURCES } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';

/** Số vụ việc tiếp nhận trong kỳ, theo nguồn (documentation only: statistics.service.ts `quyDinh1374` builds it). */
export class ReceivedCountsResponse {
  @ApiProperty({ type: 'integer', description: 'Tổng số vụ việc tiếp nhận' })
  total!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: `Số vụ việc theo nguồn, có cả nguồn bằng 0 (${SOURCES.join(', ')})`,
    example: Object.fromEntries(SOURCES.map((s) => [s, 0])),
  })
  bySource!: Record<string, number>;
}
