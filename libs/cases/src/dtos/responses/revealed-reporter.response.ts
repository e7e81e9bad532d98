import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RevealedSignatureResponse } from './revealed-signature.response';

/** Danh tính người cung cấp thông tin, đã giải mã (documentation only: reporter-identity.service.ts builds it). */
export class RevealedReporterResponse {
  @ApiPropertyOptional({ type: String, description: 'Họ và tên (nếu đã khai)' })
  name?: string;

  @ApiPropertyOptional({ type: String })
  address?: string;

  @ApiPropertyOptional({ type: String })
  contact?: string;

  @ApiProperty({ type: () => RevealedSignatureResponse, nullable: true })
  signature!: RevealedSignatureResponse | null;

  @ApiProperty({ type: String, format: 'date-time' })
  revealedAt!: string;
}
