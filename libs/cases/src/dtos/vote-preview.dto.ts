import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, Matches } from 'class-validator';

/** A ballot step as being entered: its type and the payload so far (complete or not). */
export class VotePreviewDto {
  @ApiProperty({ example: 'RECORD_VOTE', description: 'Bước ghi kết quả biểu quyết (bước có `ballot: true`)' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,63}$/)
  type!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Nội dung của bước như đang nhập (có thể chưa đủ): cùng JSON Schema với `payload` của POST /cases/{id}/events; ' +
      'số phiếu thiếu hoặc không khớp được trả lời trong `problems`, không bị từ chối',
  })
  @IsObject()
  payload!: Record<string, unknown>;
}
