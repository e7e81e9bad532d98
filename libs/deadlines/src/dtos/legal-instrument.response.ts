import { ApiProperty } from '@nestjs/swagger';
import { CONFIDENCES } from '../entities/legal-rule.entity';

/** Một văn bản trong danh mục văn bản pháp lý (documentation only: the service builds the answer). */
export class LegalInstrumentResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) code!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String }) issuer!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveFrom!: string | null;
  @ApiProperty({ type: String, isArray: true }) replaces!: string[];
  @ApiProperty({ enum: CONFIDENCES }) confidence!: (typeof CONFIDENCES)[number];
  @ApiProperty({ type: String }) sourceRef!: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
