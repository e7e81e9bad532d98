import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** An open deadline not yet planned for its current generation, as the arming job reads it. */
export interface UnarmedDeadline {
  id: string;
  generation: number;
  start_at: Date;
  due_at: Date;
  term: boolean;
}

/** A deadline's latest generation as people read it (explanation, manual due). */
export interface DeadlineDetail {
  id: string;
  key: string;
  rule_key: string;
  status: string;
  generation: number;
  start_at: Date;
  due_at: Date | null;
  closed_at: Date | null;
  calendar_version: number | null;
  manual_due: boolean;
  explanation: { adjustments?: unknown[] } | null;
}

/**
 * The `deadline` table's statements outside a case's write statement (which DeadlineEffectsService builds): arming
 * reads and marks, and the manual due a secretary sets. Reads without a manager go through the DataSource, as the
 * callers did; writes take the caller's transaction.
 */
@Injectable()
export class DeadlineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Open deadlines with a due whose current generation is not planned yet, earliest due first. */
  findUnarmed(limit: number): Promise<UnarmedDeadline[]> {
    return this.dataSource.query(
      `SELECT id, generation, start_at, due_at, term FROM deadline
        WHERE status = 'PENDING' AND due_at IS NOT NULL AND armed_generation IS DISTINCT FROM generation
        ORDER BY due_at LIMIT $1`,
      [limit],
    );
  }

  /** Marks the deadlines planned, only if each row is still as it was read (same generation, still PENDING, same due). */
  async markArmed(m: EntityManager, rows: readonly Pick<UnarmedDeadline, 'id' | 'generation' | 'due_at'>[]): Promise<void> {
    await m.query(
      `UPDATE deadline d SET armed_generation = x.generation
         FROM unnest($1::uuid[], $2::int[], $3::timestamptz[]) AS x(id, generation, due_at)
        WHERE d.id = x.id AND d.generation = x.generation AND d.status = 'PENDING' AND date_trunc('milliseconds', d.due_at) = x.due_at`,
      [rows.map((r) => r.id), rows.map((r) => r.generation), rows.map((r) => new Date(r.due_at).toISOString())],
    );
  }

  /** The latest generation of a case's deadline under `key`, or undefined. */
  async findLatest(caseId: string, key: string): Promise<DeadlineDetail | undefined> {
    const rows: DeadlineDetail[] = await this.dataSource.query(
      `SELECT id, key, rule_key, status, generation, start_at, due_at, closed_at, calendar_version, manual_due, explanation
         FROM deadline WHERE case_id = $1 AND key = $2 ORDER BY generation DESC LIMIT 1`,
      [caseId, key],
    );
    return rows[0];
  }

  /**
   * Sets a due by hand and unarms the deadline, only while still open and without a legal due (a concurrent step may
   * have closed it since it was read). Answers whether the row was changed.
   */
  async setManualDue(m: EntityManager, id: string, dueAt: Date, explanation: unknown): Promise<boolean> {
    const [, changed] = (await m.query(
      `UPDATE deadline SET due_at = $2, manual_due = true, explanation = $3, armed_generation = NULL, updated_at = now()
        WHERE id = $1 AND status = 'PENDING' AND (due_at IS NULL OR manual_due)`,
      [id, dueAt, JSON.stringify(explanation)],
    )) as [unknown, number];
    return changed === 1;
  }
}
