import { ApiProperty } from '@nestjs/swagger';

/** Tên tiếng Việt của các nguồn và nhóm kết quả 1374 (documentation only: statistics.service.ts builds it). */
export class StatisticsLabelsResponse {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Tên tiếng Việt của từng nguồn' })
  sources!: Record<string, string>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Tên tiếng Việt của từng nhóm kết quả' })
  categories!: Record<string, string>;
}
