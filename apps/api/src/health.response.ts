import { ApiProperty } from '@nestjs/swagger';
import { HealthQueueResponse } from './health-queue.response';

/** `GET /health`: 200 with `ok`, 503 with `degraded` (documentation only). */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';

  @ApiProperty({ type: () => HealthQueueResponse })
  queue!: HealthQueueResponse;
}
