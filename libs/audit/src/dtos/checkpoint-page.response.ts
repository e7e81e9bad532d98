import { ApiProperty } from '@nestjs/swagger';
import { CheckpointResponse } from './checkpoint.response';

/** Một trang mốc ký số (documentation only: the service builds the answer). */
export class CheckpointPageResponse {
  @ApiProperty({ type: () => CheckpointResponse, isArray: true })
  items!: CheckpointResponse[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Tổng số mục' })
  total!: number;
}
