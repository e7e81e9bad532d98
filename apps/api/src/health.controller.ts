import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@hoso/access/decorators/public.decorator';
import { QueueBackend } from '@hoso/core/queue';

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
