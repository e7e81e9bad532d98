import { ApiProperty } from '@nestjs/swagger';

/** Đầu chuỗi của vụ việc trong mốc ký gần nhất (documentation only: the service builds the answer). */
export class CheckpointHeadResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  takenAt!: string;

  @ApiProperty({ type: String })
  keyId!: string;

  @ApiProperty({ type: 'integer' })
  seq!: number;

  @ApiProperty({ type: String })
  hash!: string;

  @ApiProperty({ type: Boolean })
  present!: boolean;

  @ApiProperty({ enum: ['CASE_MISSING', 'EVENT_MISSING', 'HASH_DIFFERS'], nullable: true })
  problem!: 'CASE_MISSING' | 'EVENT_MISSING' | 'HASH_DIFFERS' | null;

  @ApiProperty({ enum: ['VALID', 'BAD_SIGNATURE', 'DIGEST_MISMATCH', 'COUNT_MISMATCH', 'UNTRUSTED_KEY'] })
  signature!: 'VALID' | 'BAD_SIGNATURE' | 'DIGEST_MISMATCH' | 'COUNT_MISMATCH' | 'UNTRUSTED_KEY';
}
