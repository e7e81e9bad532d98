import { ApiProperty } from '@nestjs/swagger';

/** Người vừa đăng nhập (documentation only: the service builds the answer). */
export class LoginUserResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  username!: string;

  @ApiProperty({ type: String })
  displayName!: string;
}
