// Lints an OpenAPI document with Redocly's `recommended` ruleset, offline; prints the problems as JSON on stdout.
// Usage: node test/contract/lint-openapi.mjs docs/openapi.json
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const file = resolve(process.argv[2] ?? 'docs/openapi.json');
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({ source: readFileSync(file, 'utf8'), absoluteRef: file, config });
const out = problems.map((p) => ({
  severity: p.severity,
  rule: p.ruleId,
  message: p.message,
  where: p.location.map((l) => l.pointer).join(' '),
}));
process.stdout.write(JSON.stringify(out));
