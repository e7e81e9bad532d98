import { ApiProperty } from '@nestjs/swagger';

export class ReportRowResponse {
  @ApiProperty({ example: 'PRESS' }) key!: string;
  @ApiProperty({ example: 'Thông tin phản ánh của báo chí' }) label!: string;
  @ApiProperty({ type: 'integer', enum: [0, 1], description: '1: dòng chi tiết (thụt lề) của dòng trên' }) level!: 0 | 1;
  @ApiProperty({ description: 'Dòng tổng cộng' }) total!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'Số liệu theo mã cột; null: không áp dụng (ví dụ chưa có chỉ tiêu)',
  })
  values!: Record<string, number | null>;
}
