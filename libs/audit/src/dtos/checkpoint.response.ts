import { ApiProperty } from '@nestjs/swagger';

/** Một mốc ký số đầu chuỗi (documentation only: the service builds the answer). */
export class CheckpointResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  seq!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  takenAt!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  scheduledFor!: string | null;

  @ApiProperty({ type: 'integer' })
  caseCount!: number;

  @ApiProperty({ type: 'integer' })
  eventCount!: number;

  @ApiProperty({ type: String })
  digest!: string;

  @ApiProperty({ type: String })
  signature!: string;

  @ApiProperty({ type: String })
  keyId!: string;

  @ApiProperty({ enum: ['VALID', 'BAD_SIGNATURE', 'DIGEST_MISMATCH', 'COUNT_MISMATCH', 'UNTRUSTED_KEY'] })
  signatureStatus!: 'VALID' | 'BAD_SIGNATURE' | 'DIGEST_MISMATCH' | 'COUNT_MISMATCH' | 'UNTRUSTED_KEY';
}
