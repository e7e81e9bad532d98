import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { compactStatisticsRollup } from '../services/statistics-rollup';

/** Folds the statistics rollup's pending deltas into its month rows (reads stay exact without it, only slower). */
@Injectable()
export class CompactStatisticsJob {
  private readonly logger = new Logger('StatisticsRollup');

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<{ moved: number }> {
    const moved = await compactStatisticsRollup(this.dataSource);
    if (moved > 0) this.logger.debug(`folded ${moved} statistics delta(s)`);
    return { moved };
  }
}
