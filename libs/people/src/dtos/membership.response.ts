import { ApiProperty } from '@nestjs/swagger';

/** Một mốc trong quá trình sinh hoạt Đảng (documentation only: the service builds the answer). */
export class MembershipResponse {
  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: String, format: 'date' })
  onDate!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  partyAgeFrom!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  caseId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  recordedAt!: string;
}
