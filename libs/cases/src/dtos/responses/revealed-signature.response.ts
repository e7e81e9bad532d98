import { ApiProperty } from '@nestjs/swagger';

/** Ảnh chữ ký của người cung cấp thông tin (documentation only: reporter-identity.service.ts builds it). */
export class RevealedSignatureResponse {
  @ApiProperty({ type: String, nullable: true, example: 'image/png' })
  type!: string | null;

  @ApiProperty({ type: String, format: 'byte' })
  base64!: string;
}
