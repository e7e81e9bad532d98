import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { generateOpenApi, serializeOpenApi } from '../../apps/api/src/openapi-document';

const ROOT = join(__dirname, '../..');
const COMMITTED = join(ROOT, 'docs/openapi.json');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Problem {
  severity: 'error' | 'warn';
  rule: string;
  message: string;
  where: string;
}

describe('the OpenAPI contract (docs/openapi.json)', () => {
  let generated: string;
  let doc: OpenAPIObject;

  beforeAll(async () => {
    doc = await generateOpenApi();
    generated = serializeOpenApi(doc);
  });

  it('is what the code generates (run `npm run openapi` and commit docs/openapi.json)', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      throw new Error(`docs/openapi.json is stale from line ${line + 1}:\n  committed: ${a[line]}\n  generated: ${b[line]}\nRun \`npm run openapi\`.`);
    }
  });

  it("passes Redocly's recommended ruleset without an error", () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, generated);
      const out = execFileSync(process.execPath, [join(__dirname, 'lint-openapi.mjs'), file], { encoding: 'utf8' });
      const problems = JSON.parse(out) as Problem[];
      const errors = problems.filter((p) => p.severity === 'error');
      const warnings = problems.filter((p) => p.severity !== 'error');
      const byRule = new Map<string, number>();
      for (const w of warnings) byRule.set(w.rule, (byRule.get(w.rule) ?? 0) + 1);
      console.log(`OpenAPI lint: ${errors.length} errors, ${warnings.length} warnings ${JSON.stringify(Object.fromEntries(byRule))}`);
      expect(errors.map((e) => `${e.rule} at ${e.where}: ${e.message}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has unique operation ids and a described tag for every tag in use', () => {
    const ids: string[] = [];
    const tags = new Set<string>();
    for (const item of Object.values(doc.paths)) {
      for (const m of METHODS) {
        const op = item[m];
        if (!op) continue;
        ids.push(op.operationId ?? '');
        for (const t of op.tags ?? []) tags.add(t);
      }
    }
    expect(ids.filter((id, i) => id === '' || ids.indexOf(id) !== i)).toEqual([]);
    const described = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
    expect([...tags].filter((t) => !described.get(t))).toEqual([]);
  });

  it('types every answer: a 2xx with a schema (or 204), and 401 with the error envelope where a token is needed', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const m of METHODS) {
        const op = item[m];
        if (!op) continue;
        const where = `${m.toUpperCase()} ${path}`;
        const ok = Object.entries(op.responses).filter(([s]) => /^2\d\d$/.test(s));
        if (ok.length === 0) missing.push(`${where}: no 2xx answer`);
        for (const [status, res] of ok) {
          const content = (res as { content?: Record<string, { schema?: unknown }> }).content;
          if (status !== '204' && !Object.values(content ?? {}).some((c) => c.schema)) missing.push(`${where}: ${status} has no schema`);
        }
        // `[{}]` (or none) is public: a requirement naming no scheme asks for nothing.
        const secured = (op.security ?? doc.security ?? []).some((r) => Object.keys(r).length > 0);
        const unauthorized = op.responses['401'] as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined;
        const envelope = unauthorized?.content?.['application/json']?.schema?.$ref === '#/components/schemas/ErrorEnvelopeDto';
        if (secured && !envelope) missing.push(`${where}: no 401 with ErrorEnvelopeDto`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes the error envelope with the stable codes as an enum', () => {
    const schemas = doc.components?.schemas as Record<string, { required?: string[]; properties?: Record<string, { allOf?: { $ref?: string }[] }> }>;
    expect(schemas.ErrorEnvelopeDto.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message', 'correlationId']));
    expect(schemas.ErrorEnvelopeDto.properties?.code.allOf?.[0].$ref).toBe('#/components/schemas/ErrorCode');
    expect(schemas.ErrorCode).toEqual(expect.objectContaining({ enum: expect.arrayContaining(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'INTERNAL_ERROR']) }));
  });
});
