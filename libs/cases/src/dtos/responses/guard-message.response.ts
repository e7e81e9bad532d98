import { ApiProperty } from '@nestjs/swagger';

/** Một điều kiện có thể chặn bước, kèm lý do tiếng Việt (documentation only: the service builds the answer). */
export class GuardMessageResponse {
  @ApiProperty({ type: String, description: 'Tên điều kiện, ổn định cho chương trình' })
  guard!: string;

  @ApiProperty({ type: String, description: 'Lý do từ chối khi điều kiện không đáp ứng' })
  message!: string;
}
