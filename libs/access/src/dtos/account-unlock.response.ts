import { ApiProperty } from '@nestjs/swagger';

/** Kết quả mở khóa tài khoản (documentation only: the service builds the answer). */
export class AccountUnlockResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  username!: string;

  @ApiProperty({ type: Boolean })
  wasLocked!: boolean;
}
