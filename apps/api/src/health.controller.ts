import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@hoso/access/decorators/public.decorator';
import { QueueBackend } from '@hoso/core/queue';
import { HealthResponse } from './health.response';

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
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const queue = (await this.queue.ping()) ? ('up' as const) : ('down' as const);
    const ok = database === 'up' && queue === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', database, queue: { backend: this.queue.kind, status: queue } };
  }
}
