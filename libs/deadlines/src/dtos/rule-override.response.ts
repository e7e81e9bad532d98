import { ApiProperty } from '@nestjs/swagger';

/** Điều chỉnh quy tắc vừa tạo (documentation only: the service builds the answer). */
export class RuleOverrideResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  key!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty({ enum: ['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'] })
  unit!: 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS';

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String, format: 'date' })
  effectiveFrom!: string;

  @ApiProperty({ type: String })
  reason!: string;
}
