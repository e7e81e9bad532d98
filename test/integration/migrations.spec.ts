// Migrations on an empty database: up, all the way down, up again — and then the schema matches the entities.
import type { DataSource } from 'typeorm';
import { createDataSource } from '@hoso/core/database';
import { defaultProcedures } from '@hoso/workflows';
import { MIGRATIONS, SCHEMA } from '../../migrations/schema';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const TABLES = [
  'access_log', 'app_user', 'audit_log', 'audit_signing_key', 'calendar_entry', 'calendar_version', 'calendar_year', 'case', 'case_attachment', 'case_event', 'case_link', 'case_participant', 'case_person',
  'case_reporter', 'case_statistics_delta', 'case_statistics_month', 'case_unit_transfer', 'chain_checkpoint', 'chain_checkpoint_head', 'deadline', 'deadline_delivery', 'deadline_firing', 'deadline_missed_event',
  'discipline_authority', 'document_template', 'idempotency_key', 'legal_instrument', 'legal_rule', 'login_attempt', 'notification', 'notification_delivery', 'org_change', 'org_lineage', 'org_unit',
  'org_unit_period', 'outbox_message', 'person', 'person_membership', 'person_transfer', 'refresh_token', 'report_target', 'role_assignment',
];

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
    ds = createDataSource(db.url, SCHEMA, 2);
    await ds.initialize();
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  async function publicTables(): Promise<string[]> {
    const rows: { table_name: string }[] = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    return rows.map((r) => r.table_name).filter((n) => n !== 'typeorm_migrations');
  }

  async function appendOnlyTriggers(): Promise<string[]> {
    const rows: { tgname: string }[] = await ds.query(
      `SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relname = 'case_event' AND NOT t.tgisinternal ORDER BY t.tgname`,
    );
    return rows.map((r) => r.tgname);
  }

  async function appliedMigrations(): Promise<string[]> {
    const rows: { name: string }[] = await ds.query(`SELECT name FROM typeorm_migrations ORDER BY id`);
    return rows.map((r) => r.name);
  }

  const names = (MIGRATIONS as { name: string }[]).map((m) => m.name);

  it('starts from an empty database', async () => {
    expect(await publicTables()).toEqual([]);
  });

  it('runs every migration up', async () => {
    const done = await ds.runMigrations({ transaction: 'each' });
    expect(done.map((m) => m.name)).toEqual(names);
    expect(await publicTables()).toEqual(TABLES);
    expect(await appliedMigrations()).toEqual(names);
  });

  it('reverts every migration, one by one, back to an empty schema', async () => {
    for (let i = names.length - 1; i >= 0; i--) {
      await ds.undoLastMigration({ transaction: 'each' });
      expect(await appliedMigrations()).toEqual(names.slice(0, i));
    }
    expect(await publicTables()).toEqual([]);
    const fns: unknown[] = await ds.query(`SELECT 1 FROM pg_proc WHERE proname IN ('case_event_refuse_change', 'audit_log_refuse_change')`);
    expect(fns).toEqual([]);
  });

  it('runs them all up again', async () => {
    const done = await ds.runMigrations({ transaction: 'each' });
    expect(done.map((m) => m.name)).toEqual(names);
    expect(await publicTables()).toEqual(TABLES);
    expect(await ds.showMigrations()).toBe(false);
  });

  it('leaves a schema that matches the entities (no drift)', async () => {
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has the append-only triggers on the timeline after the second up', async () => {
    expect(await appendOnlyTriggers()).toEqual(['case_event_append_only', 'case_event_no_truncate']);
    // The statement trigger fires even on an empty table.
    await expect(ds.query(`TRUNCATE case_event`)).rejects.toThrow(/append-only/);
  });

  it.each(['RETENTION', 'DOSSIER_RETENTION'])('seeds a %s setting (empty: kept) for every registered procedure', async (prefix) => {
    const keys = defaultProcedures().map((p) => `${prefix}.${p.id.toUpperCase().replace(/-/g, '_')}`);
    const rows: { key: string; value: string | null; unit: string }[] = await ds.query(
      `SELECT key, value, unit FROM legal_rule WHERE starts_with(key, $1) AND org_unit_id IS NULL ORDER BY key`,
      [`${prefix}.`],
    );
    expect(rows.map((r) => r.key)).toEqual([...new Set(keys)].sort());
    for (const r of rows) expect(r).toMatchObject({ value: null, unit: 'MONTHS' });
  });
});
