// Every legal value is a rule row (issue 13; changes-2026.md §4): a machine, guard or rule file under workflows/ that
// writes a number the law sets (a deadline, an age, a threshold, "three failed votes", "two invitations") fails here.
// Non-legal numbers pass by construction (0 and 1, indexes, machine versions, input length limits, string positions,
// milliseconds per day) or by an allowance below, each with its reason. Specs, *.texts.ts and test helpers are not
// machine code. An allowance that no longer matches anything fails too, so the list stays honest.
import * as fs from 'fs';
import * as path from 'path';
import { machineFiles, report, scanSource, type Allowance } from './legal-constants.scan';

const ROOT = path.join(__dirname, '..', '..');

const ALLOWED: readonly Allowance[] = [
  ...['5000', '300', '200', '64'].map((literal) => ({
    file: /^workflows\/[^/]+\/[^/]+\.events\.ts$/,
    literal,
    declaredAs: ['TEXT', 'NAME', 'REF', 'KEY'],
    reason: 'the longest text a payload field takes (TEXT, NAME, REF, KEY): input hygiene, as the size decorators',
  })),
  {
    file: 'workflows/shared/voting/threshold.ts',
    literal: '2n',
    reason: 'the definition of the named shares "more than half" (1/2) and "at least two thirds" (2/3); which share a vote needs is a rule row',
  },
  {
    file: 'workflows/shared/voting/threshold.ts',
    literal: '3n',
    reason: 'the denominator of the named share "at least two thirds"; which share a vote needs is a rule row',
  },
  {
    file: 'workflows/shared/org-change.ts',
    literal: '2',
    reason: 'a merger joins at least two organisations and a split makes at least two: the meaning of the words, not a legal value',
  },
  {
    file: 'workflows/ket-nap-dang-vien/ket-nap-dang-vien.eligibility.ts',
    literal: '2',
    reason: 'two full members introduce an applicant (Charter Art. 4 §1): kept in code until the Charter is amended (changes-2026.md §4 K11)',
  },
];

describe('no legal constant in machine code (workflows/)', () => {
  const files = machineFiles(ROOT);
  const used = new Set<Allowance>();
  const findings = files.flatMap((file) => scanSource(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ALLOWED, used));

  it('scans the machines, guards and rules, not specs or texts', () => {
    expect(files).toEqual(expect.arrayContaining(['workflows/quy-dinh-1374/quy-dinh-1374.machine.ts', 'workflows/shared/voting/threshold.ts']));
    expect(files.some((f) => /\.(spec|texts)\.ts$/.test(f))).toBe(false);
  });

  it('finds no numeric literal that is neither non-legal by construction nor allowed with a reason', () => {
    if (findings.length) {
      throw new Error(
        `${findings.length} numeric literal(s) in machine code may be legal values: make each a rule row read as a fact ` +
          `(changes-2026.md §4), or, if it is not law, allow it in test/architecture/legal-constants.spec.ts with a reason.\n${report(findings)}`,
      );
    }
  });

  it('has no stale allowance (each still matches a literal)', () => {
    const stale = ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.file} ${a.literal}${a.declaredAs ? ` (${a.declaredAs.join(', ')})` : ''}`);
    expect(stale).toEqual([]);
  });
});

describe('the scanner', () => {
  const scan = (text: string, allow: readonly Allowance[] = []) => scanSource('workflows/x/x.machine.ts', text, allow).map((f) => `${f.line}:${f.literal}`);

  it('reports a legal number, its line and literal: a deadline, a count, a share, an age in months', () => {
    expect(scan('const a = 1;\nconst NURSING_MONTHS = 12;\nif (invitations.size >= 2) ok();\nconst t = { n: 2n, d: 3n };\nconst AGE = 18 * 12;')).toEqual([
      '2:12', '3:2', '4:2n', '4:3n', '5:18', '5:12',
    ]);
    expect(scanSource('workflows/x/x.machine.ts', 'addMonths(born, 12)')).toEqual([
      { file: 'workflows/x/x.machine.ts', line: 1, literal: '12', context: 'addMonths(born, 12)' },
    ]);
  });

  it('ignores numbers in comments, strings and templates', () => {
    expect(scan('// 10 working days\n/* 45 WD */\nconst s = "30 ngày";\nconst u = `hạn ${x} 60 ngày`;\nconst k = \'B3.LIMIT_60\';')).toEqual([]);
  });

  it('passes what is non-legal by construction: 0, 1, −1, indexes, versions, size limits, positions, milliseconds', () => {
    const text = [
      'const none = 0; const one = 1; const i = list.indexOf(x) === -1;',
      'const third = parts[2]; type P = Parameters<typeof f>[3];',
      'export const def = { id: "x", version: 2 };',
      'class Dto { @MaxLength(5000) @MinLength(3) @ArrayMaxSize(500) a!: string; }',
      'const day = iso.slice(0, 10); const t = title.slice(0, 300);',
      'const before = Date.parse(d) - 86_400_000;',
    ].join('\n');
    expect(scan(text)).toEqual([]);
  });

  it('does not mistake a legal bound for a size limit or a position', () => {
    // @Min/@Max bound a value (e.g. an age), not a length; a method named like a position method on no object is a call.
    expect(scan('class Dto { @Min(18) @Max(60) age!: number; }\nslice(0, 3);\nconst x = a.slice(0, 10) + limit(10);')).toEqual([
      '1:18', '1:60', '2:3', '3:10',
    ]);
    // An index is only the argument of an element access, not any number in brackets.
    expect(scan('const xs = [2, 3];')).toEqual(['1:2', '1:3']);
  });

  it('allows a literal only in the files, and as the constant, its allowance names', () => {
    const allow: Allowance[] = [{ file: /\.events\.ts$/, literal: '5000', declaredAs: ['TEXT'], reason: 'payload text length' }];
    expect(scanSource('workflows/x/x.events.ts', 'const TEXT = 5000;', allow)).toEqual([]);
    expect(scanSource('workflows/x/x.events.ts', 'const DAYS = 5000;', allow).map((f) => f.literal)).toEqual(['5000']);
    expect(scanSource('workflows/x/x.machine.ts', 'const TEXT = 5000;', allow).map((f) => f.literal)).toEqual(['5000']);
    const used = new Set<Allowance>();
    scanSource('workflows/x/x.events.ts', 'const TEXT = 5000;', allow, used);
    expect([...used]).toEqual(allow);
  });
});
