import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { checkpointMessage, HeadsDigest } from './checkpoint-digest';
import { CheckpointSigner } from './checkpoint-signer.service';
import { verifyEd25519 } from './ed25519-key';

const BATCH = 5000;

export interface CheckpointRow {
  id: string;
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

const SELECT_CHECKPOINT = `SELECT id, taken_at AS "takenAt", to_char(scheduled_for, 'YYYY-MM-DD') AS "scheduledFor", case_count AS "caseCount",
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
        // Pass 1 streams the heads into the digest; pass 2 copies the same snapshot's heads inside the server.
        const digest = new HeadsDigest();
        let eventCount = 0;
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows: { id: string; version: number; chain_head: string }[] = await m.query(
            `SELECT id, version, chain_head FROM "case" WHERE id > $1 ORDER BY id LIMIT $2`,
            [after, BATCH],
          );
          for (const r of rows) {
            digest.add(r.id, r.version, r.chain_head);
            eventCount += r.version;
          }
          if (rows.length < BATCH) break;
          after = rows[rows.length - 1].id;
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
        await m.query(
          `INSERT INTO chain_checkpoint (id, taken_at, scheduled_for, case_count, event_count, digest, signature, key_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [fields.id, fields.takenAt, scheduledFor, fields.caseCount, fields.eventCount, fields.digest, signature, fields.keyId],
        );
        await m.query(
          `INSERT INTO chain_checkpoint_head (checkpoint_id, case_id, seq, hash) SELECT $1, id, version, chain_head FROM "case"`,
          [fields.id],
        );
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM chain_checkpoint_head WHERE checkpoint_id = $1`, [fields.id]);
        if (n !== fields.caseCount) throw new Error(`checkpoint heads changed under the snapshot (${n} ≠ ${fields.caseCount})`);
        return { ...fields, signature };
      });
    } catch (err) {
      // Two workers taking the same day's checkpoint: the loser meets the unique index and takes none.
      if (opts.scheduledFor && (err as { code?: string }).code === '23505') return undefined;
      throw err;
    }
  }

  async latest(m: EntityManager = this.dataSource.manager): Promise<CheckpointRow | undefined> {
    const rows: CheckpointRow[] = await m.query(`${SELECT_CHECKPOINT} ORDER BY taken_at DESC, id DESC LIMIT 1`);
    return rows[0];
  }

  async list(page: number, pageSize: number): Promise<{ items: CheckpointRow[]; page: number; pageSize: number; total: number }> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM chain_checkpoint`);
    const items: CheckpointRow[] = await this.dataSource.query(`${SELECT_CHECKPOINT} ORDER BY taken_at DESC, id DESC LIMIT $1 OFFSET $2`, [
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

  /** The full check: the row's signature, then the digest and count recomputed over every stored head. */
  async verifySignature(c: CheckpointRow): Promise<SignatureStatus> {
    const row = this.rowSignature(c);
    if (row !== 'VALID') return row;
    const digest = new HeadsDigest();
    await this.eachHeadPage(c.id, (rows) => {
      for (const r of rows) digest.add(r.case_id, r.seq, r.hash);
    });
    if (digest.count !== c.caseCount) return 'COUNT_MISMATCH';
    return digest.hex() === c.digest ? 'VALID' : 'DIGEST_MISMATCH';
  }

  /** Every head of the checkpoint that is no longer present in its case's chain, in case-id order. */
  async headProblems(checkpointId: string, onProblem: (p: HeadProblem) => void, caseId?: string): Promise<number> {
    let checked = 0;
    const collect = (rows: HeadRow[]) => {
      for (const r of rows) {
        checked++;
        const reason = !r.case_exists ? 'CASE_MISSING' : r.event_hash === null ? 'EVENT_MISSING' : r.event_hash !== r.hash ? 'HASH_DIFFERS' : null;
        if (reason) onProblem({ caseId: r.case_id, seq: r.seq, hash: r.hash, reason });
      }
    };
    await this.eachHeadPage(checkpointId, collect, { withEvents: true, caseId });
    return checked;
  }

  /** This case's head in the checkpoint, with the event now stored at that seq. */
  async headFor(m: EntityManager, checkpointId: string, caseId: string): Promise<(HeadRow & { problem: HeadProblem['reason'] | null }) | undefined> {
    const rows: HeadRow[] = await m.query(`${HEADS_WITH_EVENTS} WHERE h.checkpoint_id = $1 AND h.case_id = $2`, [checkpointId, caseId]);
    const r = rows[0];
    if (!r) return undefined;
    const problem = !r.case_exists ? 'CASE_MISSING' : r.event_hash === null ? 'EVENT_MISSING' : r.event_hash !== r.hash ? 'HASH_DIFFERS' : null;
    return { ...r, problem };
  }

  private async eachHeadPage(
    checkpointId: string,
    onPage: (rows: HeadRow[]) => void,
    opts: { withEvents?: boolean; caseId?: string } = {},
  ): Promise<void> {
    const select = opts.withEvents ? HEADS_WITH_EVENTS : `SELECT h.case_id, h.seq, h.hash FROM chain_checkpoint_head h`;
    if (opts.caseId) {
      onPage(await this.dataSource.query(`${select} WHERE h.checkpoint_id = $1 AND h.case_id = $2`, [checkpointId, opts.caseId]));
      return;
    }
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: HeadRow[] = await this.dataSource.query(
        `${select} WHERE h.checkpoint_id = $1 AND h.case_id > $2 ORDER BY h.case_id LIMIT $3`,
        [checkpointId, after, BATCH],
      );
      onPage(rows);
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].case_id;
    }
  }
}

interface HeadRow {
  case_id: string;
  seq: number;
  hash: string;
  case_exists?: boolean;
  event_hash?: string | null;
}

const HEADS_WITH_EVENTS = `
  SELECT h.case_id, h.seq, h.hash, (c.id IS NOT NULL) AS case_exists, e.hash AS event_hash
    FROM chain_checkpoint_head h
    LEFT JOIN "case" c ON c.id = h.case_id
    LEFT JOIN case_event e ON e.case_id = h.case_id AND e.seq = h.seq`;
