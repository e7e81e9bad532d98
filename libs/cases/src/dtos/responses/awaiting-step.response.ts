import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Một bước đang chờ người dùng quyết định (documentation only: case-inbox.service.ts builds it). */
export class AwaitingStepResponse {
  @ApiProperty({ type: String, example: 'CONCLUDE' })
  type!: string;

  @ApiProperty({ type: String, example: 'Kết luận' })
  label!: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Người dùng đã chuẩn bị đề xuất của bước này: chỉ được thực hiện khi nêu lý do (separationBypassReason)',
  })
  requiresSeparationReason?: boolean;
}
