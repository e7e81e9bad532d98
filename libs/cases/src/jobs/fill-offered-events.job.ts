import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { fillOfferedEvents, OFFERED_EVENTS_BATCH } from '../services/offered-events-backfill';
import { ProcedureRegistryService } from '../services/procedure-registry.service';

/** Per run: batches follow one another for this long at most, so that one run never holds the audit queue for long. */
const RUN_BUDGET_MS = 5_000;

/**
 * Fills `offered_events` on the cases written before it existed (GET /inbox/awaiting-me is exact without it, only
 * slower on those cases). Scheduled often; once every row is filled a run is one empty query.
 */
@Injectable()
export class FillOfferedEventsJob {
  private readonly logger = new Logger('OfferedEvents');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ProcedureRegistryService,
  ) {}

  async handle(batch = OFFERED_EVENTS_BATCH, budgetMs = RUN_BUDGET_MS): Promise<{ filled: number }> {
    const started = Date.now();
    let filled = 0;
    for (;;) {
      const n = await fillOfferedEvents(this.dataSource, this.registry, batch);
      filled += n;
      if (n < batch || Date.now() - started >= budgetMs) break;
    }
    if (filled > 0) this.logger.log(`filled offered_events on ${filled} case(s)`);
    return { filled };
  }
}
