import { ApiProperty } from '@nestjs/swagger';

/** Một hồ sơ cá nhân trong kết quả tìm kiếm (documentation only: the service builds the answer). */
export class PersonSummaryResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  fullName!: string;

  @ApiProperty({ type: String, format: 'date' })
  dateOfBirth!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String })
  status!: string;
}
