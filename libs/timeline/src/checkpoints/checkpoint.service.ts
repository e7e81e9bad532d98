import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { checkpointMessage, HeadsDigest } from './checkpoint-digest';
import { CheckpointSigner } from './checkpoint-signer.service';
import { verifyEd25519 } from './ed25519-key';

const BATCH = 5000;
/** Below every case id: where a walk in case-id order starts. */
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

export interface CheckpointRow {
  id: string;
  /** The order checkpoints were taken in: each stores the heads that changed since the one before. */
  seq: number;
  takenAt: Date;
  scheduledFor: string | null;
  caseCount: number;
  eventCount: number;
  digest: string;
  signature: string;
  keyId: string;
}

export type SignatureStatus = 'VALID' | 'BAD_SIGNATURE' | 'DIGEST_MISMATCH' | 'COUNT_MISMATCH' | 'UNTRUSTED_KEY';

/** One head of a checkpoint that the database no longer backs. */
export interface HeadProblem {
  caseId: string;
  seq: number;
  hash: string;
  /** CASE_MISSING: no such case; EVENT_MISSING: its chain is shorter than checkpointed; HASH_DIFFERS: another event at that seq. */
  reason: 'CASE_MISSING' | 'EVENT_MISSING' | 'HASH_DIFFERS';
}

const SELECT_CHECKPOINT = `SELECT id, seq::float8 AS seq, taken_at AS "takenAt", to_char(scheduled_for, 'YYYY-MM-DD') AS "scheduledFor", case_count AS "caseCount",
                                  event_count::float8 AS "eventCount", digest, signature, key_id AS "keyId"
                             FROM chain_checkpoint`;

/** Takes, lists and checks the signed checkpoints of every case's chain head. */
@Injectable()
export class CheckpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
  ) {}

  /**
   * Sign the head (version, chain_head) of every case, read from one snapshot. With `scheduledFor` (a Vietnamese
   * date) at most one checkpoint is taken for that day: a second call returns undefined.
   *
   * Only the heads that changed since the previous checkpoint are stored; the digest and counts cover the full set
   * (every case now, and a case the previous set had that is gone keeps its last head, so its loss stays reportable).
   */
  async take(opts: { scheduledFor?: string; now?: Date } = {}): Promise<CheckpointRow | undefined> {
    try {
      return await this.dataSource.transaction('REPEATABLE READ', async (m) => {
        const scheduledFor = opts.scheduledFor ?? null;
        if (scheduledFor) {
          const done = await m.query(`SELECT 1 FROM chain_checkpoint WHERE scheduled_for = $1`, [scheduledFor]);
          if (done.length > 0) return undefined;
        }
        const key = this.signer.key;
        await m.query(
          `INSERT INTO audit_signing_key (key_id, algorithm, public_key) VALUES ($1, 'Ed25519', $2) ON CONFLICT (key_id) DO NOTHING`,
          [key.keyId, key.publicKey.toString('base64')],
        );
        const previousSeq = (await this.latest(m))?.seq ?? 0;
        // Pass 1 merges the cases' heads with the previous full set, in case-id order, into the digest; pass 2 copies
        // the changed heads of the same snapshot inside the server.
        const digest = new HeadsDigest();
        let eventCount = 0;
        let changed = 0;
        const current = pagedById((after) =>
          m.query(`SELECT id AS case_id, version AS seq, chain_head AS hash FROM "case" WHERE id > $1 ORDER BY id LIMIT $2`, [after, BATCH]),
        );
        const previous = this.heads(m, previousSeq);
        for await (const [now, before] of mergeByCase(current, previous)) {
          const head = now ?? before!;
          digest.add(head.case_id, head.seq, head.hash);
          eventCount += head.seq;
          if (now && (!before || before.seq !== now.seq || before.hash !== now.hash)) changed++;
        }
        const fields = {
          id: randomUUID(),
          takenAt: opts.now ?? new Date(),
          scheduledFor,
          caseCount: digest.count,
          eventCount,
          digest: digest.hex(),
          keyId: key.keyId,
        };
        const signature = key.sign(checkpointMessage(fields));
        const [{ seq }] = await m.query(
          `INSERT INTO chain_checkpoint (id, taken_at, scheduled_for, case_count, event_count, digest, signature, key_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq::float8 AS seq`,
          [fields.id, fields.takenAt, scheduledFor, fields.caseCount, fields.eventCount, fields.digest, signature, fields.keyId],
        );
        const [{ stored }] = await m.query(
          `WITH stored AS (
             INSERT INTO chain_checkpoint_head (checkpoint_id, case_id, seq, hash)
             SELECT $1, c.id, c.version, c.chain_head FROM "case" c
               LEFT JOIN LATERAL (SELECT h.seq, h.hash FROM chain_checkpoint_head h JOIN chain_checkpoint k ON k.id = h.checkpoint_id
                                   WHERE h.case_id = c.id AND k.seq <= $2 ORDER BY k.seq DESC LIMIT 1) p ON true
              WHERE p.seq IS DISTINCT FROM c.version OR p.hash IS DISTINCT FROM c.chain_head
             RETURNING 1)
           SELECT count(*)::int AS stored FROM stored`,
          [fields.id, previousSeq],
        );
        if (stored !== changed) throw new Error(`checkpoint heads changed under the snapshot (${stored} ≠ ${changed})`);
        return { ...fields, seq, signature };
      });
    } catch (err) {
      // Two workers taking the same day's checkpoint: the loser meets the unique index and takes none.
      if (opts.scheduledFor && (err as { code?: string }).code === '23505') return undefined;
      throw err;
    }
  }

  async latest(m: EntityManager = this.dataSource.manager): Promise<CheckpointRow | undefined> {
    const rows: CheckpointRow[] = await m.query(`${SELECT_CHECKPOINT} ORDER BY seq DESC LIMIT 1`);
    return rows[0];
  }

  async list(page: number, pageSize: number): Promise<{ items: CheckpointRow[]; page: number; pageSize: number; total: number }> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM chain_checkpoint`);
    const items: CheckpointRow[] = await this.dataSource.query(`${SELECT_CHECKPOINT} ORDER BY seq DESC LIMIT $1 OFFSET $2`, [
      pageSize,
      (page - 1) * pageSize,
    ]);
    return { items, page, pageSize, total };
  }

  /** The row's signature over its own fields, with a trusted key. Cheap: the heads are not re-read. */
  rowSignature(c: CheckpointRow): SignatureStatus {
    const key = this.signer.trustedKey(c.keyId);
    if (!key) return 'UNTRUSTED_KEY';
    return verifyEd25519(key.publicKey, checkpointMessage(c), c.signature) ? 'VALID' : 'BAD_SIGNATURE';
  }

  /** The full check: the row's signature, then the digest and count recomputed over its full set of heads. */
  async verifySignature(c: CheckpointRow): Promise<SignatureStatus> {
    const row = this.rowSignature(c);
    if (row !== 'VALID') return row;
    const digest = new HeadsDigest();
    for await (const r of this.heads(this.dataSource.manager, c.seq)) digest.add(r.case_id, r.seq, r.hash);
    if (digest.count !== c.caseCount) return 'COUNT_MISMATCH';
    return digest.hex() === c.digest ? 'VALID' : 'DIGEST_MISMATCH';
  }

  /** Every head of the checkpoint that is no longer present in its case's chain, in case-id order. */
  async headProblems(checkpoint: Pick<CheckpointRow, 'seq'>, onProblem: (p: HeadProblem) => void, caseId?: string): Promise<number> {
    let checked = 0;
    for await (const r of this.heads(this.dataSource.manager, checkpoint.seq, { withEvents: true, caseId })) {
      checked++;
      const reason = problemOf(r);
      if (reason) onProblem({ caseId: r.case_id, seq: r.seq, hash: r.hash, reason });
    }
    return checked;
  }

  /** This case's head in the checkpoint's full set, with the event now stored at that seq. */
  async headFor(m: EntityManager, checkpoint: Pick<CheckpointRow, 'seq'>, caseId: string): Promise<(HeadRow & { problem: HeadProblem['reason'] | null }) | undefined> {
    for await (const r of this.heads(m, checkpoint.seq, { withEvents: true, caseId })) return { ...r, problem: problemOf(r) };
    return undefined;
  }

  /** The checkpoint's full set of heads (optionally with the events now stored at them, or one case's), in case-id order. */
  private heads(m: EntityManager, checkpointSeq: number, opts: { withEvents?: boolean; caseId?: string } = {}): AsyncGenerator<HeadRow> {
    const one = opts.caseId ? ' AND h.case_id = $4' : '';
    const heads = `${EFFECTIVE_HEADS}${one} ORDER BY h.case_id, k.seq DESC LIMIT $3`;
    const sql = opts.withEvents ? withEvents(heads) : heads;
    return pagedById((after) => m.query(sql, [checkpointSeq, after, BATCH, ...(opts.caseId ? [opts.caseId] : [])]));
  }
}

interface HeadRow {
  case_id: string;
  seq: number;
  hash: string;
  case_exists?: boolean;
  event_hash?: string | null;
}

/**
 * A checkpoint's full set: for each case, its head in the latest checkpoint up to `$1` (by seq) that stored one;
 * cases after `$2` in id order. Callers add conditions, the order (case id, then seq descending) and a limit.
 */
const EFFECTIVE_HEADS = `
  SELECT DISTINCT ON (h.case_id) h.case_id, h.seq, h.hash
    FROM chain_checkpoint_head h JOIN chain_checkpoint k ON k.id = h.checkpoint_id
   WHERE k.seq <= $1 AND h.case_id > $2`;

/** The heads of `heads`, each with whether its case exists and the hash of the event now stored at its seq. */
function withEvents(heads: string): string {
  return `SELECT h.case_id, h.seq, h.hash, (c.id IS NOT NULL) AS case_exists, e.hash AS event_hash
            FROM (${heads}) h
            LEFT JOIN "case" c ON c.id = h.case_id
            LEFT JOIN case_event e ON e.case_id = h.case_id AND e.seq = h.seq
           ORDER BY h.case_id`;
}

type Head = { case_id: string; seq: number; hash: string };

/** What the database now holds against a checkpointed head, or null when it still backs it. */
function problemOf(r: HeadRow): HeadProblem['reason'] | null {
  return !r.case_exists ? 'CASE_MISSING' : r.event_hash === null ? 'EVENT_MISSING' : r.event_hash !== r.hash ? 'HASH_DIFFERS' : null;
}

/** Rows of a query paged by case id (`after` is the last case id of the page before), in that order. */
async function* pagedById<T extends Head>(fetch: (after: string) => Promise<T[]>): AsyncGenerator<T> {
  let after = ZERO_UUID;
  for (;;) {
    const rows = await fetch(after);
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].case_id;
  }
}

/** Two streams ordered by case id, merged: each case once, with its row from either side (uuid order = text order). */
async function* mergeByCase(a: AsyncGenerator<Head>, b: AsyncGenerator<Head>): AsyncGenerator<[Head | undefined, Head | undefined]> {
  let x = await a.next();
  let y = await b.next();
  while (!x.done || !y.done) {
    if (y.done || (!x.done && x.value.case_id < y.value.case_id)) {
      yield [x.value as Head, undefined];
      x = await a.next();
    } else if (x.done || y.value.case_id < x.value.case_id) {
      yield [undefined, y.value];
      y = await b.next();
    } else {
      yield [x.value, y.value];
      x = await a.next();
      y = await b.next();
    }
  }
}
