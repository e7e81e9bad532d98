// Fills `"case".offered_events` for the rows written before the CaseOfferedEvents migration (NULL). Until a row is
// filled, GET /inbox/awaiting-me checks it one by one (exact, only slower), so the backfill may take its time.
import type { DataSource } from 'typeorm';
import type { PersistedSnapshot, ProcedureRegistry } from '@hoso/workflows';
import { offeredEvents } from './offered-events';

export const OFFERED_EVENTS_BATCH = 2000;

/**
 * Computes offered_events for up to `batch` rows still NULL, in id order, and returns how many it wrote. Rows another
 * backfill or a transition holds are skipped (SKIP LOCKED); the write is conditioned on the version read and on the
 * column still NULL, so a row a transition moved meanwhile keeps the value that transition wrote. Rows on a machine
 * version the registry does not know are left alone (no query reads their steps).
 */
export async function fillOfferedEvents(dataSource: DataSource, registry: ProcedureRegistry, batch = OFFERED_EVENTS_BATCH): Promise<number> {
  const defs = registry.list();
  return dataSource.transaction(async (m) => {
    const rows: { id: string; procedure_id: string; machine_version: number; version: number; snapshot: PersistedSnapshot }[] = await m.query(
      `SELECT id, procedure_id, machine_version, version, snapshot FROM "case"
        WHERE offered_events IS NULL
          AND (procedure_id, machine_version) IN (SELECT * FROM unnest($1::text[], $2::int[]))
        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [defs.map((d) => d.id), defs.map((d) => d.version), batch],
    );
    if (rows.length === 0) return 0;
    const values = rows.map((r) => ({
      id: r.id,
      version: r.version,
      offered: offeredEvents(registry.find(r.procedure_id, r.machine_version)!, r.snapshot),
    }));
    const [{ written }]: { written: number }[] = await m.query(
      `WITH filled AS (
         UPDATE "case" c SET offered_events = ARRAY(SELECT jsonb_array_elements_text(v.offered))
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, version int, offered jsonb)
          WHERE c.id = v.id AND c.version = v.version AND c.offered_events IS NULL
         RETURNING 1)
       SELECT count(*)::int AS written FROM filled`,
      [JSON.stringify(values)],
    );
    return written;
  });
}
