import { ApiProperty } from '@nestjs/swagger';
import { TrustedKeyResponse } from './trusted-key.response';

/** Khóa công khai dùng để kiểm tra chữ ký các mốc (documentation only: the service builds the answer). */
export class PublicKeyResponse {
  @ApiProperty({ enum: ['Ed25519'] })
  algorithm!: 'Ed25519';

  @ApiProperty({ type: String })
  keyId!: string;

  @ApiProperty({ type: String, description: 'Base64' })
  publicKey!: string;

  @ApiProperty({ type: String })
  pem!: string;

  @ApiProperty({ type: Boolean, description: 'true: khóa phát triển, không dùng thật' })
  development!: boolean;

  @ApiProperty({ type: () => TrustedKeyResponse, isArray: true })
  trustedKeys!: TrustedKeyResponse[];
}
