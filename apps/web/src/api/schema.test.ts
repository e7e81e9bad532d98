// @vitest-environment node
// The generated client is current: schema.d.ts is what openapi-typescript makes of docs/openapi.json today, so a
// changed contract shows up as compile errors in the pages, not as a blank screen in production.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

it('src/api/schema.d.ts matches docs/openapi.json (npm run api-types -w apps/web)', async () => {
  const web = process.cwd();
  const spec = JSON.parse(readFileSync(join(web, '../../docs/openapi.json'), 'utf8'));
  const expected = astToString(await openapiTS(spec));
  const actual = readFileSync(join(web, 'src/api/schema.d.ts'), 'utf8');
  expect(actual.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')).toBe(expected);
}, 30_000);
