import { ApiProperty } from '@nestjs/swagger';

/** The queue's backend and whether it answers (documentation only). */
export class HealthQueueResponse {
  @ApiProperty({ enum: ['redis', 'postgres'] })
  backend!: 'redis' | 'postgres';

  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
}
