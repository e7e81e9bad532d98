import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GuardMessageResponse } from './guard-message.response';

export const BALLOT_DESCRIPTION = 'true: bước này ghi kết quả biểu quyết; xem trước bằng POST /cases/{id}/vote-preview (không có trường này: không phải bước biểu quyết)';

/** Một bước người dùng được thực hiện lúc này (documentation only: caller-events.ts builds it). */
export class CallerEventResponse {
  @ApiProperty({ type: String, example: 'START_SCREENING' })
  type!: string;

  @ApiProperty({ type: String })
  label!: string;

  @ApiPropertyOptional({
    type: () => GuardMessageResponse,
    isArray: true,
    description: 'Điều kiện phụ thuộc nội dung gửi kèm: bước bị từ chối nếu không đáp ứng',
  })
  mayBeRefusedWhen?: GuardMessageResponse[];

  @ApiPropertyOptional({ type: Boolean, description: 'Người dùng đã chuẩn bị đề xuất của bước: chỉ được thực hiện khi nêu separationBypassReason' })
  requiresSeparationReason?: boolean;

  @ApiPropertyOptional({ type: String, description: 'Giải thích tiếng Việt cho hai trường trên' })
  note?: string;

  @ApiPropertyOptional({ type: Boolean, description: BALLOT_DESCRIPTION })
  ballot?: boolean;
}
