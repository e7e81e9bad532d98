import { ApiProperty } from '@nestjs/swagger';

/** Một khóa công khai được tin cậy (documentation only: the service builds the answer). */
export class TrustedKeyResponse {
  @ApiProperty({ type: String })
  keyId!: string;

  @ApiProperty({ type: String, description: 'Base64' })
  publicKey!: string;

  @ApiProperty({ type: Boolean })
  current!: boolean;
}
