import type { EntityManager } from 'typeorm';
import type { DeadlineDueFact } from '@hoso/workflows';

/**
 * The `deadlineDue` fact: the latest generation of each of the case's deadlines under `keys`, as stored (the due the
 * planner counted with the working calendar, moved by an extension, a pause or a due set by hand), with its day in
 * Vietnam and the extensions its rule row allows; null for a key never scheduled.
 */
export async function deadlineDues(m: EntityManager, caseId: string, keys: readonly string[]): Promise<Record<string, DeadlineDueFact | null>> {
  const rows: {
    key: string; rule_key: string; generation: number; status: string; start_date: string; due_date: string | null; extensions_used: number;
    extensions_allowed: number | null;
  }[] = await m.query(
    `SELECT DISTINCT ON (d.key) d.key, d.rule_key, d.generation, d.status, d.extensions_used, r.extension_max_count AS extensions_allowed,
            to_char(d.start_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS start_date,
            to_char(d.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS due_date
       FROM deadline d LEFT JOIN legal_rule r ON r.id = d.rule_id
      WHERE d.case_id = $1 AND d.key = ANY($2::varchar[])
      ORDER BY d.key, d.generation DESC`,
    [caseId, [...keys]],
  );
  const out: Record<string, DeadlineDueFact | null> = Object.fromEntries(keys.map((k) => [k, null]));
  for (const r of rows) {
    out[r.key] = {
      ruleKey: r.rule_key, generation: r.generation, status: r.status, startDate: r.start_date, dueDate: r.due_date, extensionsUsed: r.extensions_used,
      extensionsAllowed: r.extensions_allowed ?? 0,
    };
  }
  return out;
}
