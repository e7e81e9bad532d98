// `npm run bench:transitions -- --floor`: the floor under the HTTP figure. The API walks one case (a create and
// seven events) while sql-tap.ts records every statement it sends; node-postgres clients then replay that walk over
// and over with fresh ids, as named prepared statements, without HTTP, Nest, validation or the machines. What they
// reach is what the database (and a client library in the same process, like pgbench's own client) allows for hoso's
// SQL on this machine, whatever the JavaScript around it costs.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { TappedStatement } from './sql-tap';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export interface RecordedWalk {
  statements: TappedStatement[];
  /** Ids the walk created (the case and every row keyed by it): each replay gets its own. */
  local: Set<string>;
}

export function tapLines(file: string): TappedStatement[] {
  const text = readFileSync(file, 'utf8').trim();
  return text ? text.split('\n').map((l) => JSON.parse(l) as TappedStatement) : [];
}

/** The statements recorded after line `from`, and the ids of the rows they created for case `caseId`. */
export async function recordedWalk(file: string, from: number, db: Client, caseId: string): Promise<RecordedWalk> {
  const statements = tapLines(file).slice(from);
  const local = new Set([caseId.toLowerCase()]);
  const { rows: tables } = await db.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.columns i ON i.table_schema = c.table_schema AND i.table_name = c.table_name AND i.column_name = 'id'
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.column_name = 'case_id'`,
  );
  for (const { table_name } of tables) {
    const { rows } = await db.query<{ id: string }>(`SELECT id::text AS id FROM "${table_name}" WHERE case_id::text = $1`, [caseId]);
    for (const r of rows) local.add(r.id.toLowerCase());
  }
  return { statements, local };
}

/**
 * `clients` connections replay the walk until `seconds` have passed, each walk with fresh ids. Answers the walks
 * completed in the window, and the first error if any statement failed (a replay that no longer fits the schema).
 */
export async function replayWalk(url: string, walk: RecordedWalk, clients: number, seconds: number): Promise<{ walks: number; error?: string }> {
  const prepared = walk.statements.map((s) => ({
    name: s.values.length > 0 ? `floor_${createHash('sha1').update(s.text).digest('hex').slice(0, 16)}` : undefined,
    text: s.text,
    values: JSON.stringify(s.values),
  }));
  const end = Date.now() + seconds * 1000;
  let walks = 0;
  let error: string | undefined;
  const client = async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      while (Date.now() < end && !error) {
        const fresh = new Map<string, string>();
        const sub = (s: string) =>
          s.replace(UUID, (u) => {
            const key = u.toLowerCase();
            if (!walk.local.has(key)) return u;
            let id = fresh.get(key);
            if (!id) fresh.set(key, (id = randomUUID()));
            return id;
          });
        for (const s of prepared) {
          const values = JSON.parse(sub(s.values)) as unknown[];
          await c.query(s.name ? { name: s.name, text: s.text, values } : { text: s.text, values });
        }
        if (Date.now() < end) walks++;
      }
    } catch (e) {
      error ??= (e as Error).message;
    } finally {
      await c.end();
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { walks, error };
}
