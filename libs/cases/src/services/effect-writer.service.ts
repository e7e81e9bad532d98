import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Effect } from '@hoso/workflows';

/**
 * Performs a machine's declared effects inside the transition's transaction: deadline rows and outbox rows.
 * The switch is exhaustive over the effect union; the engine has already refused unknown effect types.
 */
@Injectable()
export class EffectWriterService {
  async perform(m: EntityManager, caseId: string, seq: number, effects: readonly Effect[]): Promise<void> {
    for (const effect of effects) {
      switch (effect.type) {
        case 'scheduleDeadline': {
          const { key, ruleKey, startAt } = effect.params;
          // A new schedule of the same key supersedes the pending one: only the newest generation is current.
          await m.query(`UPDATE deadline SET status = 'CANCELLED', closed_at = now(), updated_at = now()
                          WHERE case_id = $1 AND key = $2 AND status = 'PENDING'`, [caseId, key]);
          await m.query(
            `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, created_at, updated_at)
             SELECT $1, $2, $3, $4, $5, NULL, 'PENDING', COALESCE(MAX(generation), 0) + 1, $6, now(), now()
               FROM deadline WHERE case_id = $2 AND key = $3`,
            [randomUUID(), caseId, key, ruleKey, startAt, seq],
          );
          break;
        }
        case 'markDeadlineMet':
        case 'cancelDeadline':
          await m.query(
            `UPDATE deadline SET status = $4, closed_at = $3, updated_at = now()
              WHERE case_id = $1 AND key = $2 AND status = 'PENDING'`,
            [caseId, effect.params.key, effect.params.at, effect.type === 'markDeadlineMet' ? 'MET' : 'CANCELLED'],
          );
          break;
        case 'notify':
          await m.query(
            `INSERT INTO outbox_message (case_id, event_seq, type, payload, status, attempts, created_at)
             VALUES ($1, $2, 'notify', $3, 'PENDING', 0, now())`,
            [caseId, seq, JSON.stringify({ ...effect.params, caseId, seq })],
          );
          break;
        default: {
          const never: never = effect;
          throw new Error(`Unhandled effect ${(never as { type: string }).type}`);
        }
      }
    }
  }
}
