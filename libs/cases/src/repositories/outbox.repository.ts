import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Effect } from '@hoso/workflows';
import type { WriteStatement } from '@hoso/core/database/write-statement';
import { QueueBackend, relayBatch, type RelaySpec } from '@hoso/core/queue';

/** A message claimed for delivery: what the deliver handler needs to act on it. */
export interface ClaimedMessage {
  id: string;
  type: string;
  payload: { template?: string; audiences?: string[]; caseId?: string };
}

/** What a relay of the outbox puts on the queue: the queue, and the job for each row. */
export type OutboxRelayTarget = Pick<RelaySpec<{ id: string }>, 'queue' | 'job'>;

/**
 * `outbox_message`. Its part of a case's one write statement (a message per `notify` effect, relayed by the worker
 * after commit), and what the outbox jobs do to it afterwards: relay the pending rows to the queue, claim one for delivery.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  append(w: WriteStatement, caseId: string, seq: number, effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type !== 'notify') continue;
      w.then(`INSERT INTO outbox_message (case_id, event_seq, type, payload, status, attempts, created_at)
              SELECT u.id, ${w.p(seq)}::int, 'notify', ${w.p(JSON.stringify({ ...effect.params, caseId, seq }))}::jsonb, 'PENDING', 0, now() FROM u`);
    }
  }

  /**
   * One pass of the relay (see `relayBatch`): the pending rows, and the ones queued too long ago, go onto `target`'s
   * queue, then the pending ones are marked QUEUED. Returns how many rows were queued.
   */
  relayPending(queues: QueueBackend, target: OutboxRelayTarget): Promise<number> {
    return relayBatch<{ id: string }>(this.dataSource, queues, {
      select: `SELECT id FROM outbox_message
                WHERE status = 'PENDING' OR (status = 'QUEUED' AND created_at < now() - make_interval(secs => $2))
                ORDER BY id LIMIT $1`,
      queue: target.queue,
      job: target.job,
      markQueued: `UPDATE outbox_message SET status = 'QUEUED' WHERE id = ANY($1::bigint[]) AND status = 'PENDING'`,
    });
  }

  /**
   * Claims a message for delivery: marks it DONE with the attempt that delivered it, only if it is still pending or
   * queued. Returns the message, or undefined when there is none or another delivery claimed it already.
   */
  async claimForDelivery(id: string, attempt: number): Promise<ClaimedMessage | undefined> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_message SET status = 'DONE', processed_at = now(), attempts = $2
        WHERE id = $1 AND status IN ('PENDING', 'QUEUED') RETURNING id, type, payload`,
      [id, attempt],
    )) as [ClaimedMessage[], number];
    return rows[0];
  }
}
