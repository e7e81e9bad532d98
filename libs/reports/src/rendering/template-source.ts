// The report's Word template is built from a readable source (libs/reports/templates/<name>/, the parts of a .docx as
// indented, commented XML) into templates/<name>.docx, byte for byte the same on every machine: comments and
// indentation are dropped, the parts are zipped in a fixed order with a fixed date. `npm run reports:templates` writes
// the file; a unit test checks the committed one is what the source builds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import PizZip from 'pizzip';

/** The templates folder, from the sources (libs/reports/src/rendering) or the build (dist/libs/reports/src/rendering). */
export function templatesDir(): string {
  const candidates = [join(__dirname, '../../templates'), join(__dirname, '../../../../../libs/reports/templates'), join(process.cwd(), 'libs/reports/templates')];
  const found = candidates.find((d) => existsSync(join(d, 'bao-cao.docx')) || existsSync(join(d, 'bao-cao')));
  if (!found) throw new Error(`The report templates are missing (looked in ${candidates.join(', ')})`);
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** One part as it goes into the package: comments and the indentation between elements removed. */
export function compactXml(xml: string): string {
  return xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s*\n\s*</g, '><')
    .trim();
}

/**
 * Zip date of every part (the zip format's earliest), so the bytes depend on the source alone. The zip writer reads
 * local hours and days, so the date is built from local fields: the same bytes in every time zone.
 */
const FIXED_DATE = new Date(1980, 0, 1);

/** The .docx built from a template's source folder. */
export function buildTemplate(sourceDir: string): Buffer {
  const zip = new PizZip();
  const parts = files(sourceDir).map((f) => relative(sourceDir, f).split(sep).join('/'));
  // [Content_Types].xml first, as Word writes it.
  const ordered = [...parts.filter((p) => p === '[Content_Types].xml'), ...parts.filter((p) => p !== '[Content_Types].xml')];
  for (const part of ordered) zip.file(part, compactXml(readFileSync(join(sourceDir, part), 'utf8')), { date: FIXED_DATE, createFolders: false });
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const REPORT_TEMPLATE = 'bao-cao';
