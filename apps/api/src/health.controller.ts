import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@hoso/access/decorators/public.decorator';
import { QueueBackend } from '@hoso/core/queue';
import { HealthResponse } from './health.response';

/** How long one dependency may take to answer /health before it counts as down. */
export const PROBE_TIMEOUT_MS = 800;

/** True when `probe` resolves truthy within PROBE_TIMEOUT_MS; a rejection or a late answer is false. */
function withinProbeTime(probe: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
  return Promise.race([probe.catch(() => false), late]).finally(() => clearTimeout(timer));
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueBackend,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Tình trạng cơ sở dữ liệu và hàng đợi' })
  @ApiSecurity({})
  @ApiOkResponse({ type: HealthResponse, description: 'Cơ sở dữ liệu và hàng đợi hoạt động' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'Cơ sở dữ liệu hoặc hàng đợi không trả lời' })
  async health(@Res({ passthrough: true }) res: Response) {
    // Both probes at once, each bounded: a load balancer gets an answer within a second whatever is down.
    const [database, queue] = await Promise.all([
      withinProbeTime(this.dataSource.query('SELECT 1').then(() => true)),
      withinProbeTime(this.queue.ping(PROBE_TIMEOUT_MS)),
    ]).then((probes) => probes.map((up) => (up ? ('up' as const) : ('down' as const))));
    const ok = database === 'up' && queue === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', database, queue: { backend: this.queue.kind, status: queue } };
  }
}
