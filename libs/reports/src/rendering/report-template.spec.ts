import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { DEFAULT_TEMPLATES } from '@hoso/documents/defaults/default-templates';
import { defaultTemplateFile } from '@hoso/documents/defaults/generate-templates';
import { reportTemplate } from './report-template';

const fill = (docx: Buffer, data: Record<string, string>) => {
  const doc = new Docxtemplater(new PizZip(docx), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  doc.render(data);
  return doc.getZip().file('word/document.xml')!.asText();
};
const firstTable = (xml: string) => /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];

describe('the report template', () => {
  it('holds the Party header and every tag the renderer fills, and nothing else to fill', () => {
    const doc = new Docxtemplater(new PizZip(reportTemplate()), { paragraphLoop: true, linebreaks: true });
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
    const xml = new PizZip(reportTemplate()).file('word/document.xml')!.asText();
    expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('Nơi nhận:');
  });

  it('has the very header of the Party documents the documents library generates, filled alike', () => {
    const notice = DEFAULT_TEMPLATES.find((t) => t.key === 'to-cao.thong-bao-thu-ly')!;
    const documentHeader = firstTable(fill(defaultTemplateFile(notice), {
      coQuanCapTren: 'ĐẢNG BỘ TỈNH A', coQuanBanHanh: 'ĐẢNG ỦY XÃ B', so: '       ', kyHieu: 'BC/………', diaDanh: 'Xã B', ngayVanBan: 'ngày 05 tháng 1 năm 2027',
    }));
    const reportHeader = firstTable(fill(reportTemplate(), {
      upperBody: 'ĐẢNG BỘ TỈNH A', issuingBody: 'ĐẢNG ỦY XÃ B', place: 'Xã B', day: '05', month: '1', year: '2027',
    }));
    expect(reportHeader).toContain('ĐẢNG ỦY XÃ B');
    expect(reportHeader).toBe(documentHeader);
  });
});
