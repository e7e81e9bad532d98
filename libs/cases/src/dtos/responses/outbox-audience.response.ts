import { ApiProperty } from '@nestjs/swagger';

/** Một đối tượng nhận thông báo (documentation only: case-outbox.service.ts builds it). */
export class OutboxAudienceResponse {
  @ApiProperty({ type: String })
  audience!: string;

  @ApiProperty({ type: String })
  label!: string;
}
