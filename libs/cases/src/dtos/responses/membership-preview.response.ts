import { ApiProperty } from '@nestjs/swagger';

/** Tình trạng đảng viên bước sẽ ghi cho người mà vụ việc nói đến (documentation only: step-preview.ts builds it). */
export class MembershipPreviewResponse {
  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: String, format: 'date', description: 'Ngày có hiệu lực' })
  on!: string;
}
