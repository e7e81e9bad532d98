import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { canonicalJson } from '@hoso/timeline/chain/hash-chain';

export interface StoredResponse {
  statusCode: number;
  body: unknown;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const UNIQUE_VIOLATION = '23505';

/**
 * The unit of work of a write request, below the controller: Idempotency-Key on POSTs. The key row is inserted inside
 * the command's transaction: a concurrent retry waits on the unique index, then finds the committed first answer.
 * A failed command rolls its key back with it.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly dataSource: DataSource) {}

  fingerprint(method: string, path: string, body: unknown): string {
    return createHash('sha256').update(`${method} ${path}\n${canonicalJson(body)}`).digest('hex');
  }

  assertValidKey(key: string): void {
    if (!KEY_PATTERN.test(key)) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_INVALID);
  }

  async find(userId: string, key: string, requestHash: string): Promise<StoredResponse | undefined> {
    const rows: { request_hash: string; status_code: number | null; response: unknown }[] = await this.dataSource.query(
      `SELECT request_hash, status_code, response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    if (rows.length === 0 || rows[0].status_code === null) return undefined;
    if (rows[0].request_hash !== requestHash) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED);
    return { statusCode: rows[0].status_code, body: rows[0].response };
  }

  async claim(m: EntityManager, userId: string, key: string, requestHash: string): Promise<void> {
    await m.query(`INSERT INTO idempotency_key (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, now())`, [
      userId,
      key,
      requestHash,
    ]);
  }

  async complete(m: EntityManager, userId: string, key: string, response: StoredResponse): Promise<void> {
    await m.query(`UPDATE idempotency_key SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2`, [
      userId,
      key,
      response.statusCode,
      JSON.stringify(response.body),
    ]);
  }

  isDuplicateKey(err: unknown): boolean {
    const e = err as { code?: string; constraint?: string; table?: string; detail?: string };
    return e?.code === UNIQUE_VIOLATION && (e.table === 'idempotency_key' || /idempotency_key/.test(e.constraint ?? ''));
  }

  /**
   * Run `work` in a transaction guarded by the key (when given). A retry returns the first stored answer
   * and runs nothing.
   */
  async run(
    opts: { userId: string; key?: string; requestHash: string; successStatus: number },
    work: (m: EntityManager) => Promise<unknown>,
  ): Promise<StoredResponse> {
    if (opts.key === undefined) {
      // Without a key the command's write is one atomic statement: no transaction needed.
      const body = await work(this.dataSource.manager);
      return { statusCode: opts.successStatus, body };
    }
    this.assertValidKey(opts.key);
    const key = opts.key;
    const earlier = await this.find(opts.userId, key, opts.requestHash);
    if (earlier) return earlier;
    try {
      return await this.dataSource.transaction(async (m) => {
        await this.claim(m, opts.userId, key, opts.requestHash);
        const response = { statusCode: opts.successStatus, body: await work(m) };
        await this.complete(m, opts.userId, key, response);
        return response;
      });
    } catch (err) {
      if (!this.isDuplicateKey(err)) throw err;
      const first = await this.find(opts.userId, key, opts.requestHash);
      if (first) return first;
      throw new DomainError(ErrorCode.VERSION_CONFLICT);
    }
  }

  /** Run `work` in one transaction, without a key: for a request whose read and its logged access commit together. */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
