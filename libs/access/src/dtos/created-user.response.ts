import { ApiProperty } from '@nestjs/swagger';

/** Người dùng vừa tạo (documentation only: the service builds the answer). */
export class CreatedUserResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  username!: string;

  @ApiProperty({ type: String })
  displayName!: string;
}
