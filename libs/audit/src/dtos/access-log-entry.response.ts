import { ApiProperty } from '@nestjs/swagger';

/** Một lần truy cập vụ việc (documentation only: the service builds the answer). */
export class AccessLogEntryResponse {
  @ApiProperty({ type: String, format: 'date-time' })
  at!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  userId!: string;

  @ApiProperty({ type: String, nullable: true })
  userName!: string | null;

  @ApiProperty({ type: String })
  action!: string;

  @ApiProperty({ type: String })
  actionLabel!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}
