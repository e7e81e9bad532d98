import { ApiProperty } from '@nestjs/swagger';
import { RULE_UNITS, START_CONVENTIONS } from '../entities/legal-rule.entity';

class RuleRowOverride {
  @ApiProperty({ type: String, format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ type: String }) reason!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) confirmedAt!: string | null;
}

/** Một dòng quy tắc như bộ giải quy tắc dùng (documentation only: the service builds the answer). */
export class RuleRowResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) valueData!: Record<string, unknown> | null;
  @ApiProperty({ enum: RULE_UNITS }) unit!: (typeof RULE_UNITS)[number];
  @ApiProperty({ enum: START_CONVENTIONS }) startConvention!: (typeof START_CONVENTIONS)[number];
  @ApiProperty({ type: String }) startEvent!: string;
  @ApiProperty({ type: Number, nullable: true }) extensionValue!: number | null;
  @ApiProperty({ type: 'integer' }) extensionMaxCount!: number;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
  @ApiProperty({ type: String }) legalBasis!: string;
  @ApiProperty({ type: String }) sourceRef!: string;
  @ApiProperty({ type: String }) confidence!: string;
  @ApiProperty({ type: String }) description!: string;
  @ApiProperty({ type: String, nullable: true }) instrument!: string | null;
  @ApiProperty({ type: RuleRowOverride, nullable: true, description: 'Điều chỉnh của cấp ủy đang áp dụng; null: quy tắc chung' })
  override!: RuleRowOverride | null;
}

/** Quy tắc áp dụng cho một đơn vị vào một ngày, kèm lý do (documentation only: the service builds the answer). */
export class RuleResolvedResponse extends RuleRowResponse {
  @ApiProperty({ type: String, description: 'Vì sao dòng này áp dụng (chung hay điều chỉnh, điều chỉnh nào đã hết áp dụng)' }) why!: string;
  @ApiProperty({ type: String, format: 'date' }) resolvedOn!: string;
  @ApiProperty({ type: String, format: 'uuid' }) unitId!: string;
}
