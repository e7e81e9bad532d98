import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-codes';

/** What every error answer looks like (AllExceptionsFilter): documentation only, the filter builds the body. */
export class ErrorEnvelopeDto {
  @ApiProperty({ description: 'Mã trạng thái HTTP (trùng với mã của câu trả lời)', example: 404, type: 'integer' })
  statusCode!: number;

  @ApiProperty({ description: 'Mã lỗi ổn định, dành cho chương trình', enum: ErrorCode, enumName: 'ErrorCode', example: ErrorCode.NOT_FOUND })
  code!: ErrorCode;

  @ApiProperty({ description: 'Thông điệp tiếng Việt, dành cho người dùng', example: 'Không tìm thấy.' })
  message!: string;

  @ApiPropertyOptional({
    description: 'Chi tiết theo từng mã lỗi, ví dụ `fields` (VALIDATION_FAILED), `currentVersion` (VERSION_CONFLICT), `retryAfterSeconds` (429, 423, 503; also sent as Retry-After)',
    type: 'object',
    additionalProperties: true,
  })
  details?: Record<string, unknown>;

  @ApiProperty({ description: 'Mã tham chiếu của yêu cầu (X-Request-Id), để tra nhật ký', example: '5f0c2a5e-3b7d-4d8e-9b0a-1c2d3e4f5a6b' })
  correlationId!: string;
}
