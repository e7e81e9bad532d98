import { ApiProperty } from '@nestjs/swagger';
import { RULE_UNITS, START_CONVENTIONS } from '../entities/legal-rule.entity';

/** Điều chỉnh quy tắc vừa tạo (documentation only: the service builds the answer). */
export class RuleOverrideResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  valueData!: Record<string, unknown> | null;

  @ApiProperty({ enum: RULE_UNITS })
  unit!: (typeof RULE_UNITS)[number];

  @ApiProperty({ enum: START_CONVENTIONS })
  startConvention!: (typeof START_CONVENTIONS)[number];

  @ApiProperty({ type: String })
  startEvent!: string;

  @ApiProperty({ type: Number, nullable: true })
  extensionValue!: number | null;

  @ApiProperty({ type: 'integer' })
  extensionMaxCount!: number;

  @ApiProperty({ type: String })
  legalBasis!: string;

  @ApiProperty({ type: String })
  sourceRef!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String, format: 'date' })
  effectiveFrom!: string;

  @ApiProperty({ type: String })
  reason!: string;
}
