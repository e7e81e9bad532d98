import { ApiProperty } from '@nestjs/swagger';

/** Số vụ việc của một tổ chức theo cách tính đã chọn (documentation only: statistics.service.ts `byUnit` builds it). */
export class StatisticsUnitCountResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  unitId!: string;

  @ApiProperty({ type: String, example: 'DU-A' })
  code!: string;

  @ApiProperty({ type: String, example: 'Đảng ủy phường A', description: 'Tên hiện tại của tổ chức' })
  name!: string;

  @ApiProperty({ type: 'integer' })
  total!: number;
}
