// House rule: workflows/ and kernel/ are pure TypeScript — no framework, database, queue or application library
// imports; of our own code only kernel (and, inside workflows/, workflows itself).
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const FORBIDDEN: readonly { rule: string; test: (specifier: string) => boolean }[] = [
  { rule: '@nestjs/*', test: (s) => s.startsWith('@nestjs/') },
  ...['typeorm', 'bullmq', 'ioredis', 'pg'].map((pkg) => ({ rule: pkg, test: (s: string) => s === pkg || s.startsWith(`${pkg}/`) })),
  {
    rule: '@hoso/* (but kernel, workflows)',
    test: (s) => s.startsWith('@hoso/') && !/^@hoso\/(kernel|workflows)(\/|$)/.test(s),
  },
  // Reaching into the application by path, e.g. '../../libs/core/src' or 'apps/api/src/main'.
  { rule: 'libs/', test: (s) => /(^|\/)libs\//.test(s) },
  { rule: 'apps/', test: (s) => /(^|\/)apps\//.test(s) },
];

function forbiddenRule(specifier: string): string | undefined {
  return FORBIDDEN.find((f) => f.test(specifier))?.rule;
}

/** Module specifiers of imports, re-exports, require() and import() — comments and string contents are ignored. */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

function offendersIn(source: string): string[] {
  return importsOf(source)
    .filter((s) => forbiddenRule(s) !== undefined)
    .map((s) => `${s} (rule ${forbiddenRule(s)})`);
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.isFile() && entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('workflows purity', () => {
  const root = __dirname;
  const kernel = path.join(__dirname, '..', 'kernel');

  it('no file under workflows/ or kernel/ imports a framework, database, queue or application library', () => {
    const offenders = [root, kernel].flatMap((dir) =>
      tsFiles(dir).flatMap((file) => offendersIn(fs.readFileSync(file, 'utf8')).map((o) => `${path.relative(dir, file)}: ${o}`)),
    );
    expect(offenders).toEqual([]);
  });

  it('scans kernel/ too', () => {
    const files = tsFiles(kernel).map((f) => path.relative(kernel, f).split(path.sep).join('/'));
    expect(files).toEqual(expect.arrayContaining(['legal-time/working-calendar.ts', 'legal-time/calendar-months.ts']));
  });

  it('actually scans the workflow files, this one included', () => {
    const files = tsFiles(root).map((f) => path.relative(root, f).split(path.sep).join('/'));
    expect(files).toEqual(
      expect.arrayContaining([
        'shared/engine.ts',
        'quy-dinh-1374/quy-dinh-1374.machine.ts',
        'quy-dinh-1374/quy-dinh-1374.procedure.ts',
        'workflows-purity.spec.ts',
      ]),
    );
  });

  it.each([
    ['@nestjs/common', '@nestjs/*'],
    ['@nestjs/core/injector', '@nestjs/*'],
    ['typeorm', 'typeorm'],
    ['typeorm/browser', 'typeorm'],
    ['bullmq', 'bullmq'],
    ['ioredis', 'ioredis'],
    ['pg', 'pg'],
    ['@hoso/core', '@hoso/* (but kernel, workflows)'],
    ['@hoso/core/errors', '@hoso/* (but kernel, workflows)'],
    ['@hoso/cases', '@hoso/* (but kernel, workflows)'],
    ['@hoso/access/services/x', '@hoso/* (but kernel, workflows)'],
    ['@hoso/deadlines/calendar', '@hoso/* (but kernel, workflows)'],
    ['@hoso/kernelish', '@hoso/* (but kernel, workflows)'],
    ['../../libs/core/src', 'libs/'],
    ['libs/cases/src/entities/case.entity', 'libs/'],
    ['../apps/api/src/main', 'apps/'],
  ])('flags %s (rule %s)', (specifier, rule) => {
    expect(forbiddenRule(specifier)).toBe(rule);
  });

  it.each(['xstate', 'class-validator', 'class-transformer', './quy-dinh-1374.events', '../shared/engine', 'pg-boss', 'typeormish', '@hoso/workflows', '@hoso/kernel/legal-time'])(
    'allows %s',
    (specifier) => {
      expect(forbiddenRule(specifier)).toBeUndefined();
    },
  );

  it('finds forbidden imports in every syntactic form, and not in comments or strings', () => {
    const q = "'";
    const sample = [
      `import { Injectable } from ${q}@nestjs/common${q};`,
      `import type { Repository } from ${q}typeorm${q};`,
      `export { Queue } from ${q}bullmq${q};`,
      `import ${q}ioredis${q};`,
      `const pg = require(${q}pg${q});`,
      `const lazy = () => import(${q}@hoso/core${q});`,
      `import { CaseEntity } from ${q}../../libs/cases/src/entities/case.entity${q};`,
      `import { setup } from ${q}xstate${q};`,
      `// import { Nope } from ${q}@nestjs/testing${q};`,
      `const text = "import x from ${q}typeorm${q}";`,
    ].join('\n');
    expect(offendersIn(sample)).toEqual([
      '@nestjs/common (rule @nestjs/*)',
      'typeorm (rule typeorm)',
      'bullmq (rule bullmq)',
      'ioredis (rule ioredis)',
      'pg (rule pg)',
      '@hoso/core (rule @hoso/* (but kernel, workflows))',
      '../../libs/cases/src/entities/case.entity (rule libs/)',
    ]);
  });
});
