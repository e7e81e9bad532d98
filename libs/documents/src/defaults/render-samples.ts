// Writes docs/samples/<key>.png: the first page of each default template generated from the sample cases
// (fill/case-facts.fixtures.ts) and rendered to PDF, at 60 dpi, with poppler's pdftoppm:
//   npm run templates:samples
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultProcedures } from '@hoso/workflows';
import { TEMPLATE_FIXTURES } from '../fill/case-facts.fixtures';
import { fillDocx } from '../fill/fill-template';
import { TEMPLATE_KINDS } from '../fill/template-catalogue';
import { docxToPdf } from '../render/docx-to-pdf';
import { documentFields } from '../services/document-generation.service';
import { defaultTemplateFile } from './generate-templates';

const SAMPLES_DIR = join(__dirname, '..', '..', '..', '..', 'docs', 'samples');
const SAMPLE_DATE = '2026-12-06';

async function main() {
  const defs = new Map(defaultProcedures().map((d) => [d.id, d]));
  const work = mkdtempSync(join(tmpdir(), 'hoso-samples-'));
  mkdirSync(SAMPLES_DIR, { recursive: true });
  try {
    for (const [key, kind] of TEMPLATE_KINDS) {
      const { facts } = TEMPLATE_FIXTURES[key];
      const docx = fillDocx(defaultTemplateFile(kind.spec), documentFields(kind, facts, defs.get(facts.procedureId)!, { signerName: 'Nguyễn Văn An' }, SAMPLE_DATE));
      const pdf = join(work, `${key}.pdf`);
      writeFileSync(pdf, await docxToPdf(docx, { title: kind.spec.title }));
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(work, key)]);
      renameSync(join(work, `${key}.png`), join(SAMPLES_DIR, `${key}.png`));
      console.log(`docs/samples/${key}.png`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
