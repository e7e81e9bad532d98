import { inflateSync } from 'node:zlib';
import { timelinePdf, PDF_FONT, PDF_FONT_BOLD } from './timeline-pdf';
import type { TimelineDocument } from './timeline-document';

// fontkit is what PDFKit reads fonts with (its dependency, untyped): asking it is asking the PDF writer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean } };

const VIETNAMESE = 'Nhật ký diễn biến vụ việc: Nguyễn Văn Ẩn, Đảng ủy phường, Thành ủy, kiểm toán viên, Ỹ ỹ Ợ ợ Ữ ữ Ặ ặ';

const doc: TimelineDocument = {
  caseId: '3f1c0d8e-0000-4000-8000-000000000001',
  title: VIETNAMESE,
  procedureTitle: 'Quy định 1374-QĐ/TU',
  unitName: 'Đảng ủy phường A',
  generatedAt: new Date('2026-11-20T18:30:00Z'),
  generatedBy: 'Kiểm toán viên',
  events: [
    { seq: 1, occurredAt: new Date(), label: 'Tiếp nhận, đăng ký vụ việc', actorName: 'Nguyễn Văn Ẩn', fromState: '', toState: 'Đã tiếp nhận', payload: '{}', hash: 'ab'.repeat(32) },
  ],
  verification: { summary: 'Toàn vẹn: 1 sự kiện.', eventsChecked: 1, ok: true, headMatches: true, checkpoint: null } as unknown as TimelineDocument['verification'],
  accessLog: [],
  accessLogOmitted: 0,
};

/** The text of every FlateDecode stream in the file. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', at);
    if (start < 0) return out;
    const end = pdf.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start + 7, end)).toString('latin1'));
    } catch {
      // not compressed (or not a stream we need)
    }
    at = end + 10;
  }
}

describe('timeline PDF', () => {
  it('uses fonts that have a glyph for every letter of Vietnamese text', () => {
    for (const file of [PDF_FONT, PDF_FONT_BOLD]) {
      const font = fontkit.openSync(file);
      const missing = [...new Set(VIETNAMESE)].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing).toEqual([]);
    }
  });

  it('writes a PDF that embeds DejaVu Sans and maps its glyphs back to the Vietnamese letters', async () => {
    const pdf = await timelinePdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    const cmaps = streams(pdf).filter((s) => s.includes('beginbfchar') || s.includes('beginbfrange')).join('\n').toLowerCase();
    // ậ U+1EAD, Ẩ U+1EA8, đ U+0111, ỹ U+1EF9, ợ U+1EE3
    for (const cp of ['1ead', '1ea8', '0111', '1ef9', '1ee3']) expect(cmaps).toContain(`<${cp}>`);
  });
});
