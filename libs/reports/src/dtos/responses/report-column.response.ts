import { ApiProperty } from '@nestjs/swagger';

export class ReportColumnResponse {
  @ApiProperty({ example: 'received' }) key!: string;
  @ApiProperty({ example: 'Số thông tin tiếp nhận' }) label!: string;
  @ApiProperty({ enum: ['count', 'percent'], description: 'count: số; percent: tỷ lệ phần trăm (hai chữ số thập phân)' }) kind!: 'count' | 'percent';
}
