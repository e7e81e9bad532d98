// Dead rule rows (changes-2026.md §3.5): a seeded general rule that no procedure or service reads is a legal value
// that does nothing — an override of it changes nothing either. Every key the migrations seed must be named in
// production code (workflows/, libs/, apps/: a string literal, or a template such as `RETENTION.${procedure}`), or
// be listed below as being wired now. An entry that is used by now is stale and fails too.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@hoso/core/database';
import { SCHEMA } from '../../migrations/schema';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Seeded keys nothing reads yet, each with why (issue 13) — the lead's list to reconcile. A.OTHER_SOURCES_HANDLING and
 * A.CLEAR_VIOLATION_MAX, dead in December 2026 (§3.5), are scheduled by the 1374 machine now.
 */
const NOT_YET_USED: Readonly<Record<string, string>> = {
  'B3.STATE_NOTICE_TO_PARTY':
    'a state body notifies the Party organisation of its sanction within 5 days (296-QĐ/TW, procedures.md §11.1): no procedure records that notice yet',
};

/** Rule-key-shaped names in production code: whole keys, and the prefixes of templates (`RETENTION.${id}`). */
function namedKeys(text: string): { keys: Set<string>; prefixes: Set<string> } {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^[A-Z][A-Z0-9_]*\.[A-Z0-9_.]+$/.test(node.text)) keys.add(node.text);
    if (ts.isTemplateExpression(node) && /^[A-Z][A-Z0-9_]*\.[A-Z0-9_.]*$/.test(node.head.text)) prefixes.add(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, prefixes };
}

function productionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return productionFiles(full);
    return entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('seeded rule keys are used', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let seeded: string[];
  const used = { keys: new Set<string>(), prefixes: new Set<string>() };

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await openDatabase(db.url, SCHEMA, 2);
    seeded = (await ds.query(`SELECT DISTINCT key FROM legal_rule WHERE org_unit_id IS NULL ORDER BY key`)).map((r: { key: string }) => r.key);
    for (const file of ['workflows', 'libs', 'apps'].flatMap((d) => productionFiles(path.join(ROOT, d)))) {
      const found = namedKeys(fs.readFileSync(file, 'utf8'));
      found.keys.forEach((k) => used.keys.add(k));
      found.prefixes.forEach((p) => used.prefixes.add(p));
    }
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const isUsed = (key: string) => used.keys.has(key) || [...used.prefixes].some((p) => key.startsWith(p));

  it('finds the keys and the template prefixes code names', () => {
    const found = namedKeys("const a = 'A.PRESS_EXPLAIN'; const r = `RETENTION.${id}`; const s = 'not a key'; // 'B9.IN_COMMENT'");
    expect({ keys: [...found.keys], prefixes: [...found.prefixes] }).toEqual({ keys: ['A.PRESS_EXPLAIN'], prefixes: ['RETENTION.'] });
    expect(seeded).toEqual(expect.arrayContaining(['A.PRESS_EXPLAIN', 'RULE_OVERRIDE.ROLES']));
  });

  it('every seeded general rule is read by a procedure or a service, or is being wired (listed)', () => {
    const dead = seeded.filter((k) => !isUsed(k) && !(k in NOT_YET_USED));
    expect(dead).toEqual([]);
  });

  it('lists no key that is used by now, or that is not seeded', () => {
    const stale = Object.keys(NOT_YET_USED).filter((k) => isUsed(k) || !seeded.includes(k));
    expect(stale).toEqual([]);
  });
});
