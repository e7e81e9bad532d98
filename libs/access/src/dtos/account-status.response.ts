import { ApiProperty } from '@nestjs/swagger';

/** Tài khoản sau khi kích hoạt hoặc vô hiệu hóa (documentation only: the service builds the answer). */
export class AccountStatusResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  username!: string;

  @ApiProperty({ type: Boolean })
  active!: boolean;
}
