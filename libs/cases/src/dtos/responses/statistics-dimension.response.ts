import { ApiProperty } from '@nestjs/swagger';

/** Số vụ việc theo từng giá trị của một tiêu chí (documentation only: statistics.service.ts `byProcedure` builds it). */
export class StatisticsDimensionResponse {
  @ApiProperty({ type: String, description: 'Tên tiêu chí tiếng Việt' })
  label!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Số vụ việc theo từng giá trị, có cả giá trị bằng 0' })
  counts!: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Tên tiếng Việt của từng giá trị' })
  labels!: Record<string, string>;
}
