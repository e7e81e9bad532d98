import { ApiProperty } from '@nestjs/swagger';

/** Một lần gửi qua một kênh (documentation only: the service builds the answer). */
export class DeliveryResponse {
  @ApiProperty({ type: String })
  channel!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: 'integer' })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true })
  lastError!: string | null;
}
