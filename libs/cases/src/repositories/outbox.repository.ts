import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Effect } from '@hoso/workflows';
import type { WriteStatement } from '@hoso/core/database/write-statement';
import { QueueBackend, relayBatch, type RelaySpec } from '@hoso/core/queue';
import { manualAudiences } from '../notices/notice-audiences';

/** A message claimed for delivery: what the deliver handler needs to act on it. */
export interface ClaimedMessage {
  id: string;
  type: string;
  payload: { template?: string; audiences?: string[]; caseId?: string; summary?: string };
}

/** One holder of a role an audience asks for, on the case of a message. */
export interface AudienceHolder {
  audience: string;
  user_id: string;
  /** The case excludes this person (subject, head of a subject organisation, declared conflict): never told. */
  excluded: boolean;
  case_title: string;
}

/** Which roles on which unit one audience asks for (see `USER_AUDIENCES`), flattened to one row per role. */
export interface AudienceRole {
  audience: string;
  unit: string;
  role: string;
}

/** A message whose audiences (some or all) no user receives: a clerk sends it and marks it sent. */
export interface ManualItemRow {
  id: string;
  template: string | null;
  summary: string | null;
  audiences: string[];
  createdAt: Date;
  sentAt: Date | null;
  sentBy: string | null;
  note: string | null;
  attachmentId: string | null;
}

/** What marking an item sent found: done, or why not. */
export type MarkSentResult = { row: ManualItemRow } | { missing: 'ITEM' | 'ATTACHMENT' } | { alreadySent: ManualItemRow };

/** What a relay of the outbox puts on the queue: the queue, and the job for each row. */
export type OutboxRelayTarget = Pick<RelaySpec<{ id: string }>, 'queue' | 'job'>;

const MANUAL_COLUMNS = `id, payload->>'template' AS template, payload->>'summary' AS summary, manual_audiences AS audiences,
  created_at AS "createdAt", sent_at AS "sentAt", sent_by AS "sentBy", sent_note AS note, sent_attachment_id AS "attachmentId"`;

/**
 * `outbox_message`. Its part of a case's one write statement (a message per `notify` effect, relayed by the worker
 * after commit), and what happens to it afterwards: relay the pending rows to the queue, claim one for delivery, find
 * the people its audiences name, and the hand-sent part (audiences that are no users) a clerk marks sent.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  append(w: WriteStatement, caseId: string, seq: number, effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type !== 'notify') continue;
      // The audiences no user receives (the reporter) are a clerk's item from the start.
      w.then(`INSERT INTO outbox_message (case_id, event_seq, type, payload, status, attempts, created_at, manual_audiences)
              SELECT u.id, ${w.p(seq)}::int, 'notify', ${w.p(JSON.stringify({ ...effect.params, caseId, seq }))}::jsonb, 'PENDING', 0, now(),
                     ${w.p(manualAudiences(effect.params.audiences))}::text[] FROM u`);
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
   * Claims a message for delivery in the caller's transaction: marks it DONE with the attempt that delivered it, only
   * if it is still pending or queued (a concurrent claim waits on the row, then finds it DONE). Returns the message, or
   * undefined when there is none or another delivery claimed it already.
   */
  async claimForDelivery(m: EntityManager, id: string, attempt: number): Promise<ClaimedMessage | undefined> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows] = (await m.query(
      `UPDATE outbox_message SET status = 'DONE', processed_at = now(), attempts = $2
        WHERE id = $1 AND status IN ('PENDING', 'QUEUED') RETURNING id, type, payload`,
      [id, attempt],
    )) as [ClaimedMessage[], number];
    return rows[0];
  }

  /**
   * The people holding the roles each audience asks for, on the case's handling unit (its assigned unit, else its
   * unit), its parent unit, or its unit and above; each marked when the case excludes them (`case_excluded_users`).
   * Reads `case`, `org_unit`, `role_assignment`.
   */
  holders(m: EntityManager, caseId: string, wanted: readonly AudienceRole[]): Promise<AudienceHolder[]> {
    if (wanted.length === 0) return Promise.resolve([]);
    return m.query(
      `WITH k AS (SELECT c.id, c.title, COALESCE(c.assigned_unit_id, c.org_unit_id) AS handling_id, cu.parent_id, cu.path
                    FROM "case" c JOIN org_unit cu ON cu.id = c.org_unit_id WHERE c.id = $1),
            s AS (SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) AS s(audience, unit, role)),
            excluded AS MATERIALIZED (SELECT user_id FROM case_excluded_users(ARRAY[$1::uuid]))
       SELECT DISTINCT s.audience, ra.user_id, k.title AS case_title, EXISTS (SELECT 1 FROM excluded e WHERE e.user_id = ra.user_id) AS excluded
         FROM k CROSS JOIN s
         JOIN org_unit ou ON (s.unit = 'HANDLING_UNIT' AND ou.id = k.handling_id)
                          OR (s.unit = 'PARENT_UNIT' AND ou.id = k.parent_id)
                          OR (s.unit = 'UNIT_AND_ABOVE' AND left(k.path, length(ou.path)) = ou.path)
         JOIN role_assignment ra ON ra.unit_id = ou.id AND ra.role = s.role
        ORDER BY s.audience, ra.user_id`,
      [caseId, wanted.map((w) => w.audience), wanted.map((w) => w.unit), wanted.map((w) => w.role)],
    );
  }

  /** Audiences that found nobody to tell become part of the message's hand-sent item. */
  async addManualAudiences(m: EntityManager, id: string, audiences: readonly string[]): Promise<void> {
    if (audiences.length === 0) return;
    await m.query(
      `UPDATE outbox_message SET manual_audiences = ARRAY(SELECT DISTINCT unnest(manual_audiences || $2::text[]) ORDER BY 1) WHERE id = $1`,
      [id, audiences],
    );
  }

  /** The hand-sent items of a case, oldest first. */
  manualItems(caseId: string): Promise<ManualItemRow[]> {
    return this.dataSource.query(
      `SELECT ${MANUAL_COLUMNS} FROM outbox_message WHERE case_id = $1 AND cardinality(manual_audiences) > 0 ORDER BY id`,
      [caseId],
    );
  }

  /**
   * Marks a case's hand-sent item sent, once: by whom, when, with a note and optionally a document of the case's
   * dossier. The attachment must belong to the same case.
   */
  async markSent(m: EntityManager, caseId: string, id: string, by: string, note: string, attachmentId: string | null): Promise<MarkSentResult> {
    if (attachmentId) {
      const found: unknown[] = await m.query(`SELECT 1 FROM case_attachment WHERE id = $1 AND case_id = $2`, [attachmentId, caseId]);
      if (found.length === 0) return { missing: 'ATTACHMENT' };
    }
    const [rows] = (await m.query(
      `UPDATE outbox_message SET sent_at = now(), sent_by = $3, sent_note = $4, sent_attachment_id = $5
        WHERE id = $1 AND case_id = $2 AND cardinality(manual_audiences) > 0 AND sent_at IS NULL
        RETURNING ${MANUAL_COLUMNS}`,
      [id, caseId, by, note, attachmentId],
    )) as [ManualItemRow[], number];
    if (rows[0]) return { row: rows[0] };
    const [current]: ManualItemRow[] = await m.query(
      `SELECT ${MANUAL_COLUMNS} FROM outbox_message WHERE id = $1 AND case_id = $2 AND cardinality(manual_audiences) > 0`,
      [id, caseId],
    );
    return current ? { alreadySent: current } : { missing: 'ITEM' };
  }
}
