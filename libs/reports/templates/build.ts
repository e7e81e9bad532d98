// Rebuilds the report templates from their readable sources: `npm run reports:templates`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTemplate, REPORT_TEMPLATE } from '../src/rendering/template-source';

const out = join(__dirname, `${REPORT_TEMPLATE}.docx`);
writeFileSync(out, buildTemplate(join(__dirname, REPORT_TEMPLATE)));
console.log(`wrote ${out}`);
