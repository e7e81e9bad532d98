import { ApiProperty } from '@nestjs/swagger';

/** Vụ việc như danh sách và câu trả lời của các bước hiển thị (documentation only: case-summary.ts builds it). */
export class CaseSummaryResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, example: 'quy-dinh-1374' })
  procedureId!: string;

  @ApiProperty({ type: 'integer', description: 'Phiên bản quy trình mà vụ việc chạy theo' })
  machineVersion!: number;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String, description: 'Trạng thái (đường dẫn trong máy trạng thái)' })
  state!: string;

  @ApiProperty({ type: String, description: 'Tên trạng thái tiếng Việt' })
  stateLabel!: string;

  @ApiProperty({ enum: ['OPEN', 'CLOSED'] })
  status!: 'OPEN' | 'CLOSED';

  @ApiProperty({ type: String, description: 'Loại vụ việc dùng cho báo cáo thống kê' })
  reportCategory!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Nhãn phân loại của vụ việc (khóa → giá trị), ví dụ {"source":"PRESS","infoType":"TO_CAO"}',
    example: { source: 'PRESS' },
  })
  tags!: Record<string, string>;

  @ApiProperty({ type: 'integer', description: 'Phiên bản hiện tại (gửi lại trong If-Match hoặc expectedVersion)' })
  version!: number;

  @ApiProperty({ type: String, format: 'uuid', description: 'Đơn vị (cấp ủy) thụ lý' })
  orgUnitId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị được giao giải quyết' })
  assignedUnitId!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;
}
