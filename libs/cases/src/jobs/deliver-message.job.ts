import { Injectable, Logger } from '@nestjs/common';
import { OutboxRepository } from '../repositories/outbox.repository';

export type HandlerResult = 'DONE' | 'SKIPPED';

/**
 * Delivers one outbox message. Payloads carry ids only: the row is reloaded, skipped when already done, and
 * claimed with a conditional UPDATE (`OutboxRepository.claimForDelivery`) so two deliveries of the same job act once.
 * A 1374 `notify` message (to the reporter, the unit, the upper committee) is recorded as delivered to the log:
 * those audiences are not users of the system; people's notifications go through `notification` and its channels.
 */
@Injectable()
export class DeliverMessageJob {
  private readonly logger = new Logger('DeliverMessage');

  constructor(private readonly outbox: OutboxRepository) {}

  async handle(data: { outboxId: string }, attempt: number): Promise<HandlerResult> {
    const m = await this.outbox.claimForDelivery(data.outboxId, attempt);
    if (!m) return 'SKIPPED';
    this.logger.log(`${m.type} ${m.payload.template ?? ''} → ${(m.payload.audiences ?? []).join(',')} case ${m.payload.caseId ?? '?'}`);
    return 'DONE';
  }
}
