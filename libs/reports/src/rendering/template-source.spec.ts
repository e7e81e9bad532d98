import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { buildTemplate, compactXml, REPORT_TEMPLATE, templatesDir } from './template-source';

describe('the report template (templates/bao-cao.docx)', () => {
  const dir = templatesDir();

  it('is what its readable source builds (run `npm run reports:templates` after editing the source)', () => {
    const committed = readFileSync(join(dir, `${REPORT_TEMPLATE}.docx`));
    expect(buildTemplate(join(dir, REPORT_TEMPLATE)).equals(committed)).toBe(true);
  });

  it('builds the same bytes twice', () => {
    expect(buildTemplate(join(dir, REPORT_TEMPLATE)).equals(buildTemplate(join(dir, REPORT_TEMPLATE)))).toBe(true);
  });

  it('drops comments and indentation but keeps the text of a run', () => {
    expect(compactXml('<a>\n  <!-- why -->\n  <w:t xml:space="preserve">Số  -BC</w:t>\n</a>')).toBe('<a><w:t xml:space="preserve">Số  -BC</w:t></a>');
  });

  it('holds the Party header and every tag the renderer fills, and nothing else to fill', () => {
    const zip = new PizZip(readFileSync(join(dir, `${REPORT_TEMPLATE}.docx`)));
    const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
    const tags = new Set<string>();
    // docxtemplater's inspection of the parsed template: every placeholder it found.
    const walk = (parts: { type: string; value?: string; subparsed?: unknown[] }[]) => {
      for (const p of parts) {
        if (p.type === 'placeholder' && p.value) tags.add(p.value);
        if (p.subparsed) walk(p.subparsed as never);
      }
    };
    walk((doc as unknown as { compiled: Record<string, { postparsed: never[] }> }).compiled['word/document.xml'].postparsed);
    expect([...tags].sort()).toEqual(
      ['.', 'day', 'issuingBody', 'method', 'month', 'notes', 'number', 'place', 'reportNotes', 'scope', 'signingFor', 'subtitle', 'tableXml', 'tables', 'title', 'upperBody', 'year'].sort(),
    );
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('Nơi nhận:');
  });
});
