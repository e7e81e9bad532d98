import { Injectable } from '@nestjs/common';
import type { Effect } from '@hoso/workflows';
import type { WriteStatement } from '@hoso/core/database/write-statement';

/** The outbox's part of a case's one write statement: a message per `notify` effect, relayed by the worker after commit. */
@Injectable()
export class OutboxRepository {
  append(w: WriteStatement, caseId: string, seq: number, effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type !== 'notify') continue;
      w.then(`INSERT INTO outbox_message (case_id, event_seq, type, payload, status, attempts, created_at)
              SELECT u.id, ${w.p(seq)}::int, 'notify', ${w.p(JSON.stringify({ ...effect.params, caseId, seq }))}::jsonb, 'PENDING', 0, now() FROM u`);
    }
  }
}
