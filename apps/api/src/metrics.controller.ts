import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@hoso/access/decorators/public.decorator';
import { readOutboxBacklog } from '@hoso/cases/repositories/outbox-backlog';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { metricsAuthorized, metricsRegistry, outboxBacklog, outboxOldestSeconds, queueJobs, scrapeErrors } from '@hoso/core/metrics';
import { QueueBackend, QueueName } from '@hoso/core/queue';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
// A store that is down must not hang the scrape (the jobs' Redis client queues commands while offline).
const SCRAPE_TIMEOUT_MS = 2000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('scrape timeout')), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Prometheus metrics, for the operators' scraper only: off (404) unless METRICS_TOKEN is set, then the token is
 * required as a bearer token (401 otherwise). Not in the API contract: it answers text, not JSON.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: EnvDto,
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
  ) {}

  @Public()
  @Get()
  @ApiExcludeEndpoint()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = this.config.METRICS_TOKEN;
    if (!token) throw new DomainError(ErrorCode.ROUTE_NOT_FOUND);
    if (!metricsAuthorized(authorization, token)) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    await Promise.all([this.readOutbox(), this.readQueues()]);
    // Set here, not by decorator: a refusal above keeps the JSON error envelope's own type.
    res.set({ 'Content-Type': metricsRegistry.contentType, 'Cache-Control': 'no-store' });
    return metricsRegistry.metrics();
  }

  // Read at scrape time so that the gauges are true whichever process did the work.
  private async readOutbox(): Promise<void> {
    try {
      const backlog = await within(SCRAPE_TIMEOUT_MS, readOutboxBacklog(this.dataSource));
      outboxBacklog.set(backlog.count);
      outboxOldestSeconds.set(backlog.oldestSeconds);
    } catch {
      scrapeErrors.inc({ source: 'database' });
    }
  }

  private async readQueues(): Promise<void> {
    await Promise.all(
      Object.values(QueueName).map(async (name) => {
        try {
          const counts = await within(SCRAPE_TIMEOUT_MS, this.queues.queue(name).then((q) => q.getJobCounts(...JOB_STATES)));
          for (const state of JOB_STATES) queueJobs.set({ queue: name, state }, counts[state] ?? 0);
        } catch {
          scrapeErrors.inc({ source: 'queue' });
        }
      }),
    );
  }
}
