import { ApiProperty } from '@nestjs/swagger';

/** Một quy tắc thời hạn (documentation only: the service builds the answer). */
export class LegalRuleResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty({ enum: ['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'] })
  unit!: 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS';

  @ApiProperty({ type: String })
  startConvention!: string;

  @ApiProperty({ type: String, nullable: true })
  startEvent!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  extensionValue!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  extensionMaxCount!: number | null;

  @ApiProperty({ type: String, format: 'date' })
  effectiveFrom!: string;

  @ApiProperty({ type: String, nullable: true })
  legalBasis!: string | null;

  @ApiProperty({ type: String, nullable: true })
  sourceRef!: string | null;

  @ApiProperty({ type: String, nullable: true })
  confidence!: string | null;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  orgUnitId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}
