// Writes libs/documents/templates/<key>.docx from the readable source (default-templates.ts):
//   npm run templates:generate
// The unit test default-templates.spec.ts fails when a committed file no longer matches what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES } from './default-templates';
import { writeDocx } from './docx-writer';
import { layout, type TemplateSpec } from './template-layout';

/** Where the default templates are kept, next to the library's sources. */
export const TEMPLATES_DIR = join(__dirname, '..', '..', 'templates');

export const templateFileName = (key: string) => `${key}.docx`;

/** The .docx of a default template (the same bytes every time). */
export function defaultTemplateFile(spec: TemplateSpec): Buffer {
  return writeDocx(layout(spec), spec.title);
}

if (require.main === module) {
  mkdirSync(TEMPLATES_DIR, { recursive: true });
  for (const spec of DEFAULT_TEMPLATES) {
    writeFileSync(join(TEMPLATES_DIR, templateFileName(spec.key)), defaultTemplateFile(spec));
    console.log(`${templateFileName(spec.key)}  ${spec.title}`);
  }
}
