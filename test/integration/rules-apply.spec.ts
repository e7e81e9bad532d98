// `npm run rules:apply` with the 2026 change set (docs/domain/changes/2026-instruments.json), run as its own process
// against a migrated test database, as an operator runs it: not applied by default; the dry run prints what would
// change and writes nothing; the real run registers the instruments and writes the rule versions UNVERIFIED, ending
// the rows they supersede, with the reason in the audit log; a second run is refused whole.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '@hoso/core/database';
import { SCHEMA } from '../../migrations/schema';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const FILE = join(__dirname, '../../docs/domain/changes/2026-instruments.json');
const REASON = 'Kiểm thử: áp dụng thế hệ văn bản 2026 vào cơ sở dữ liệu thử';

interface ChangeSet {
  instruments: { code: string }[];
  versions: { key: string; value: number; unit: string; effectiveFrom: string; instrumentCode: string }[];
}
const SET = JSON.parse(readFileSync(FILE, 'utf8')) as ChangeSet;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rulesApply(url: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, TS_NODE_TRANSPILE_ONLY: '1', LOG_LEVEL: 'error' };
    delete env.NODE_OPTIONS;
    const child = spawn('npm', ['run', '--silent', 'rules:apply', '--', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

const counts = async (url: string) =>
  (await query<Record<string, number>>(
    url,
    `SELECT (SELECT count(*)::int FROM legal_rule) AS rules, (SELECT count(*)::int FROM legal_instrument) AS instruments,
            (SELECT count(*)::int FROM audit_log) AS audit,
            (SELECT count(*)::int FROM legal_rule WHERE effective_to IS NOT NULL) AS ended`,
  ))[0];

describe('npm run rules:apply with the 2026 change set', () => {
  let db: TestDatabase;
  const codes = SET.instruments.map((i) => i.code).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    // Migrated (a no-op on the template copy), then left to the processes under test.
    const ds = await openDatabase(db.url, SCHEMA, 2);
    await ds.destroy();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('ships five instruments and five rule versions, none of them in a fresh database', async () => {
    expect(codes).toEqual(['01-HD/TW', '207-QĐ/TW', '208-QĐ/TW', '21-QĐ/TW', '212-QĐ/TW']);
    expect(SET.versions.map((v) => v.key)).toEqual(['C.CEREMONY', 'C.READMIT_MIN_GAP', 'C.MEMBERSHIP_TRANSFER', 'C.STRIKE_OFF_INACTIVITY', 'B3.SUSPENSION_MAX']);
    expect(await query(db.url, `SELECT code FROM legal_instrument WHERE code = ANY($1)`, [codes])).toEqual([]);
  });

  it('refuses to run without a reason, and writes nothing', async () => {
    const before = await counts(db.url);
    const run = await rulesApply(db.url, [FILE, '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--reason');
    expect(await counts(db.url)).toEqual(before);
  });

  it('a dry run prints each version and what it would change, and writes nothing', async () => {
    const before = await counts(db.url);
    const run = await rulesApply(db.url, [FILE, '--dry-run', '--reason', REASON]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain('[CHẠY THỬ — không ghi gì]');
    for (const v of SET.versions) expect(run.stdout).toContain(`${v.key} từ ${v.effectiveFrom}: ${v.value} ${v.unit} — UNVERIFIED, ${v.instrumentCode}`);
    expect(run.stdout).toMatch(/C\.CEREMONY .*thay thế 1 dòng/);
    expect(run.stdout).toMatch(/B3\.SUSPENSION_MAX .*thay thế 0 dòng/);
    expect(await counts(db.url)).toEqual(before);
  });

  it('the real run registers the instruments and writes the versions UNVERIFIED, ending the rows they supersede', async () => {
    const before = await counts(db.url);
    const run = await rulesApply(db.url, [FILE, '--reason', REASON]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain('[ĐÃ ÁP DỤNG]');
    // C.CEREMONY and C.READMIT_MIN_GAP supersede a 2025 row each; the three other keys are new.
    expect(await counts(db.url)).toEqual({ rules: before.rules + 5, instruments: before.instruments + 5, audit: before.audit + 10, ended: before.ended + 2 });
    const instruments = await query<{ code: string; confidence: string; effective_from: string | null }>(
      db.url, `SELECT code, confidence, effective_from FROM legal_instrument WHERE code = ANY($1) ORDER BY code`, [codes],
    );
    expect(instruments).toEqual(codes.map((code) => ({ code, confidence: 'UNVERIFIED', effective_from: null })));
    const rows = await query<Record<string, unknown>>(
      db.url,
      `SELECT r.key, r.value::int AS value, r.unit, r.confidence, i.code AS instrument, to_char(r.effective_from, 'YYYY-MM-DD') AS "from",
              r.extension_value::int AS ext, r.extension_max_count AS "extCount", r.created_by AS by
         FROM legal_rule r JOIN legal_instrument i ON i.id = r.instrument_id WHERE i.code = ANY($1) ORDER BY r.key`,
      [codes],
    );
    expect(rows).toEqual([
      { key: 'B3.SUSPENSION_MAX', value: 90, unit: 'CALENDAR_DAYS', confidence: 'UNVERIFIED', instrument: '21-QĐ/TW', from: '2026-04-11', ext: 30, extCount: 1, by: null },
      { key: 'C.CEREMONY', value: 30, unit: 'WORKING_DAYS', confidence: 'UNVERIFIED', instrument: '208-QĐ/TW', from: '2026-07-26', ext: null, extCount: 0, by: null },
      { key: 'C.MEMBERSHIP_TRANSFER', value: 60, unit: 'WORKING_DAYS', confidence: 'UNVERIFIED', instrument: '208-QĐ/TW', from: '2026-07-26', ext: null, extCount: 0, by: null },
      { key: 'C.READMIT_MIN_GAP', value: 36, unit: 'MONTHS', confidence: 'UNVERIFIED', instrument: '208-QĐ/TW', from: '2026-07-26', ext: null, extCount: 0, by: null },
      { key: 'C.STRIKE_OFF_INACTIVITY', value: 3, unit: 'MONTHS', confidence: 'UNVERIFIED', instrument: '208-QĐ/TW', from: '2026-07-26', ext: null, extCount: 0, by: null },
    ]);
    const ended = await query<{ key: string; to: string }>(
      db.url,
      `SELECT key, to_char(effective_to, 'YYYY-MM-DD') AS "to" FROM legal_rule
        WHERE org_unit_id IS NULL AND effective_to = '2026-07-26' ORDER BY key`,
    );
    expect(ended).toEqual([{ key: 'C.CEREMONY', to: '2026-07-26' }, { key: 'C.READMIT_MIN_GAP', to: '2026-07-26' }]);
    const audit = await query<{ action: string; n: number }>(
      db.url, `SELECT action, count(*)::int AS n FROM audit_log WHERE reason = $1 GROUP BY action ORDER BY action`, [REASON],
    );
    expect(audit).toEqual([{ action: 'LEGAL_INSTRUMENT_CREATE', n: 5 }, { action: 'RULE_VERSION', n: 5 }]);
  });

  it('a second run is refused whole (the instruments are registered already) and writes nothing', async () => {
    const before = await counts(db.url);
    const run = await rulesApply(db.url, [FILE, '--reason', REASON]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('LEGAL_INSTRUMENT_CODE_TAKEN');
    expect(await counts(db.url)).toEqual(before);
  });
});
