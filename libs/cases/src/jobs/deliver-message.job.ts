import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type HandlerResult = 'DONE' | 'SKIPPED';

/**
 * Delivers one outbox message. Payloads carry ids only: the row is reloaded, skipped when already done, and
 * claimed with a conditional UPDATE so two deliveries of the same job act once.
 * A 1374 `notify` message (to the reporter, the unit, the upper committee) is recorded as delivered to the log:
 * those audiences are not users of the system; people's notifications go through `notification` and its channels.
 */
@Injectable()
export class DeliverMessageJob {
  private readonly logger = new Logger('DeliverMessage');

  constructor(private readonly dataSource: DataSource) {}

  async handle(data: { outboxId: string }, attempt: number): Promise<HandlerResult> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows] = (await this.dataSource.query(
        `UPDATE outbox_message SET status = 'DONE', processed_at = now(), attempts = $2
          WHERE id = $1 AND status IN ('PENDING', 'QUEUED') RETURNING id, type, payload`,
        [data.outboxId, attempt],
      )) as [{ id: string; type: string; payload: { template?: string; audiences?: string[]; caseId?: string } }[], number];
    if (rows.length === 0) return 'SKIPPED';
    const m = rows[0];
    this.logger.log(`${m.type} ${m.payload.template ?? ''} → ${(m.payload.audiences ?? []).join(',')} case ${m.payload.caseId ?? '?'}`);
    return 'DONE';
  }
}
