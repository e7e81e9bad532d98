import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { WriteStatement } from '@hoso/core/database/write-statement';
import { eventHash, GENESIS_HASH, type ChainedEvent } from '../chain/hash-chain';

/** The timeline's part of a case's one write statement: the hash-chained `case_event` row. */
@Injectable()
export class TimelineWriter {
  /** The hash a case's first event chains to. */
  genesis(): string {
    return GENESIS_HASH;
  }

  /** The hash `e` will have when chained to `prevHash` (the case row carries it as its chain head). */
  hashOf(prevHash: string, e: ChainedEvent): string {
    return eventHash(prevHash, e);
  }

  /** The timeline row chained to `prevHash`, written only with the case row (`FROM u`); returns its hash. */
  append(w: WriteStatement, prevHash: string, e: ChainedEvent): string {
    const hash = eventHash(prevHash, e);
    w.then(
      `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version,
                               occurred_at, recorded_at, prev_hash, hash)
       SELECT ${w.p(randomUUID())}::uuid, u.id, ${w.p(e.seq)}::int, ${w.p(e.type)}::varchar, ${w.p(JSON.stringify(e.payload ?? {}))}::jsonb,
              ${w.p(e.actorId)}::uuid, ${w.p(e.fromState)}::varchar, ${w.p(e.toState)}::varchar, ${w.p(e.machineVersion)}::int,
              ${w.p(e.occurredAt)}::timestamptz, ${w.p(e.recordedAt)}::timestamptz, ${w.p(prevHash)}::char(64), ${w.p(hash)}::char(64)
         FROM u`,
    );
    return hash;
  }
}
