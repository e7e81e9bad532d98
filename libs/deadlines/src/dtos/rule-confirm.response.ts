import { ApiProperty } from '@nestjs/swagger';

/** Quy tắc vừa được cấp ủy xác nhận (lại) (documentation only: the service builds the answer). */
export class RuleConfirmResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId!: string | null;
  @ApiProperty({ type: String, format: 'uuid' }) confirmedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) confirmedAt!: string;
  @ApiProperty({ type: String }) reason!: string;
}
