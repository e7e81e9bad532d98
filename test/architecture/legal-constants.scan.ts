// The scanner behind legal-constants.spec.ts: numeric literals in machine code that may be legal values (a deadline,
// an age, a threshold, a count of votes or invitations). Legal values are rule rows (changes-2026.md §4); machines
// read them as facts. What is left must be non-legal by construction (below) or allowed one by one, with a reason.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  literal: string;
  /** The source line, trimmed, for the report. */
  context: string;
}

/** One literal allowed in some files, with why it is not a legal value. */
export interface Allowance {
  /** Repository-relative path (with '/'), or a pattern of paths. */
  file: string | RegExp;
  /** The literal as written (`2`, `3n`, `5000`). */
  literal: string;
  /** Only as the initializer of a `const` with one of these names (e.g. the payload length limits TEXT, NAME). */
  declaredAs?: readonly string[];
  reason: string;
}

/** Numbers that are arithmetic everywhere: nothing, one, and (as `-1`) minus one. */
const ALWAYS = new Set(['0', '1', '0n', '1n']);
/** Milliseconds per day, hour and minute: unit conversions, never a legal value. */
const TIME_UNIT_MS = new Set([86_400_000, 3_600_000, 60_000]);
/** class-validator decorators bounding an input's length or size (input hygiene, not law). */
const SIZE_DECORATORS = new Set(['MinLength', 'MaxLength', 'Length', 'ArrayMinSize', 'ArrayMaxSize']);
/** String and array methods whose numeric arguments are positions or widths. */
const POSITION_METHODS = new Set(['slice', 'substring', 'substr', 'padStart', 'padEnd']);

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Why a literal is non-legal by construction, or undefined when it needs an allowance. */
function structuralReason(node: ts.NumericLiteral | ts.BigIntLiteral): string | undefined {
  if (ALWAYS.has(node.text)) return 'zero or one';
  if (ts.isNumericLiteral(node) && TIME_UNIT_MS.has(Number(node.text))) return 'milliseconds per day, hour or minute';
  let child: ts.Node = node;
  let parent = node.parent;
  // A negative literal is the literal under a prefix minus.
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.MinusToken) {
    child = parent;
    parent = parent.parent;
  }
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return 'an index';
  if (ts.isLiteralTypeNode(parent) && ts.isIndexedAccessTypeNode(parent.parent) && parent.parent.indexType === parent) return 'a type index';
  if (ts.isPropertyAssignment(parent) && parent.initializer === child && parent.name.getText() === 'version') return 'a machine or procedure version';
  if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) {
    const name = calleeName(parent);
    if (name && SIZE_DECORATORS.has(name) && ts.isDecorator(parent.parent)) return 'an input length or size limit';
    if (name && POSITION_METHODS.has(name) && ts.isPropertyAccessExpression(parent.expression)) return 'a position in a string or array';
  }
  return undefined;
}

function declaredName(node: ts.Node): string | undefined {
  const parent = node.parent;
  return ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
}

function allowanceFor(file: string, node: ts.NumericLiteral | ts.BigIntLiteral, allow: readonly Allowance[]): Allowance | undefined {
  return allow.find(
    (a) =>
      (typeof a.file === 'string' ? a.file === file : a.file.test(file)) &&
      a.literal === node.getText() &&
      (!a.declaredAs || a.declaredAs.includes(declaredName(node) ?? '')),
  );
}

/**
 * The literals of one source text that are neither non-legal by construction nor allowed; comments and strings are
 * not code, so nothing in them counts. `used` collects the allowances that matched, to find stale ones.
 */
export function scanSource(file: string, text: string, allow: readonly Allowance[] = [], used?: Set<Allowance>): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = text.split('\n');
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) {
      if (!structuralReason(node)) {
        const allowed = allowanceFor(file, node, allow);
        if (allowed) used?.add(allowed);
        else {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          findings.push({ file, line, literal: node.getText(source), context: lines[line - 1].trim() });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Machine code: workflows/**\/*.ts but specs, Vietnamese texts and test helpers; repository-relative, sorted. */
export function machineFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', '__tests__', 'testing', 'fixtures'].includes(entry.name)) walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.ts') && !/\.(spec|test|texts|fixtures|test-helpers)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  walk(path.join(root, 'workflows'));
  return out;
}

/** `file:line literal — context`, one finding a line. */
export function report(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line} ${f.literal} — ${f.context}`).join('\n');
}
