import { inflateSync } from 'node:zlib';
import { extractPdfText } from '@hoso/documents/render/pdf-text';
import { timelinePdf, PDF_FONT, PDF_FONT_BOLD } from './timeline-pdf';
import type { TimelineDocument } from './timeline-document';

// fontkit is what PDFKit reads fonts with (its dependency, untyped): asking it is asking the PDF writer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean } };

const VIETNAMESE = 'Nhật ký diễn biến vụ việc: Nguyễn Văn Ẩn, Đảng ủy phường, Thành ủy, kiểm toán viên, Ỹ ỹ Ợ ợ Ữ ữ Ặ ặ';
const TITLE = 'Phản ánh đảng viên Nguyễn Văn Ẩn, Đảng ủy phường Bến Thành';
const HEAD_HASH = `1a2b3c4d${'0'.repeat(48)}9f8e7d6c`;
const CHECKPOINT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const event = (seq: number): TimelineDocument['events'][number] => ({
  seq,
  occurredAt: new Date('2026-11-20T17:05:09Z'),
  label: seq === 1 ? 'Tiếp nhận, đăng ký vụ việc' : 'Phân loại thông tin',
  actorName: 'Nguyễn Văn Ẩn',
  fromState: seq === 1 ? '' : 'Sàng lọc – chưa phân loại',
  toState: 'Sàng lọc – đã phân loại',
  details: [
    { depth: 0, label: 'Loại thông tin', value: 'Phản ánh' },
    { depth: 0, label: 'Đối tượng bị phản ánh', value: '' },
    { depth: 1, label: 'Tên cá nhân, tập thể', value: 'Nguyễn Văn X' },
    { depth: 0, label: 'Đơn vị được giao', value: 'Đảng ủy phường Bến Thành' },
  ],
  payloadJson: '{"infoType":"PHAN_ANH","subject":{"name":"Nguyễn Văn X"},"unitId":"6f0c3c1e-1111-4aaa-8aaa-000000000001"}',
  hash: seq === 40 ? HEAD_HASH : 'ab'.repeat(32),
});

const doc = (over: Partial<TimelineDocument> = {}): TimelineDocument => ({
  caseId: '3f1c0d8e-0000-4000-8000-000000000001',
  title: TITLE,
  procedureTitle: 'Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU',
  unitName: 'Đảng ủy phường A',
  generatedAt: new Date('2026-11-20T18:30:00Z'),
  generatedBy: 'Kiểm toán viên',
  chainHead: { seq: 40, hash: HEAD_HASH },
  events: Array.from({ length: 40 }, (_, i) => event(i + 1)),
  verification: {
    caseId: '3f1c0d8e-0000-4000-8000-000000000001',
    intact: true,
    eventsChecked: 40,
    headMatches: true,
    firstBreak: null,
    checkpoint: { id: CHECKPOINT_ID, takenAt: new Date('2026-11-20T17:00:00Z'), keyId: 'ed25519-9e2bf6a1e710487e', seq: 38, hash: 'cd'.repeat(32), present: true, problem: null, signature: 'VALID' },
    ok: true,
    summary: 'Toàn vẹn: 40 sự kiện.',
  },
  accessLog: [{ at: new Date('2026-11-21T01:00:00Z'), userName: 'Kiểm toán viên', action: 'Xem vụ việc', reason: '' }],
  accessLogOmitted: 0,
  ...over,
});

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
    const pdf = await timelinePdf(doc({ title: VIETNAMESE, events: [event(1)] }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    const cmaps = streams(pdf).filter((s) => s.includes('beginbfchar') || s.includes('beginbfrange')).join('\n').toLowerCase();
    // ậ U+1EAD, Ẩ U+1EA8, đ U+0111, ỹ U+1EF9, ợ U+1EE3
    for (const cp of ['1ead', '1ea8', '0111', '1ef9', '1ee3']) expect(cmaps).toContain(`<${cp}>`);
  });

  describe('on every page', () => {
    let pages: ReturnType<typeof extractPdfText>;
    beforeAll(async () => {
      pages = extractPdfText(await timelinePdf(doc()));
    });

    it('spans several pages for a long timeline', () => {
      expect(pages.length).toBeGreaterThan(1);
    });

    it('numbers the page "Trang x/y" at the foot, y being the real page count', () => {
      pages.forEach((p, i) => {
        const footer = p.items.filter((it) => it.y < 40);
        expect(footer.map((it) => it.text).join(' ')).toBe(`Trang ${i + 1}/${pages.length}`);
      });
    });

    it('heads the page with the case, its procedure and unit, the chain head and the checkpoint it is checked against', () => {
      for (const p of pages) {
        const head = p.lines.slice(0, 4);
        expect(head[0]).toBe(`Nhật ký diễn biến vụ việc: ${TITLE}`);
        expect(head[1]).toBe('Quy trình: Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU · Đơn vị: Đảng ủy phường A');
        expect(head[2]).toBe('Đầu chuỗi: sự kiện thứ 40, mã băm 1a2b3c4d…9f8e7d6c');
        expect(head[3]).toBe(
          'Mốc ký số 7c9e6679 lúc 21/11/2026 00:00:00, khóa ed25519-9e2bf6a1e710487e, chữ ký hợp lệ, ký đến sự kiện thứ 38',
        );
      }
    });
  });

  it('prints each step in Vietnamese: labels, values and names, never JSON or codes', async () => {
    const [first, ...rest] = extractPdfText(await timelinePdf(doc({ events: [event(1), event(2)], chainHead: { seq: 2, hash: 'ab'.repeat(32) } })));
    expect(rest).toEqual([]);
    const text = first.lines.join('\n');
    expect(first.lines).toContain('Loại thông tin: Phản ánh');
    expect(first.lines).toContain('Tên cá nhân, tập thể: Nguyễn Văn X');
    expect(first.lines).toContain('Đơn vị được giao: Đảng ủy phường Bến Thành');
    expect(first.lines).toContain('Trạng thái: Sàng lọc – chưa phân loại → Sàng lọc – đã phân loại');
    expect(text).not.toMatch(/PHAN_ANH|infoType|6f0c3c1e|[{}]/);
    // The body gives the checkpoint in full (the header abbreviates it).
    expect(text).toContain(CHECKPOINT_ID);
  });

  it('says when no checkpoint covers the case yet, and cuts a title too long for the header', async () => {
    const long = `${VIETNAMESE} `.repeat(4).trim();
    const [page] = extractPdfText(
      await timelinePdf(doc({ title: long, events: [event(1)], verification: { ...doc().verification, checkpoint: null } })),
    );
    expect(page.lines[0].endsWith('…')).toBe(true);
    expect(long.startsWith(page.lines[0].replace(/^Nhật ký diễn biến vụ việc: /, '').slice(0, -1).trimEnd())).toBe(true);
    expect(page.lines[3]).toBe('Mốc ký số: chưa có mốc nào bao gồm vụ việc này');
    expect(page.lines.join('\n')).toContain('Mốc ký số đối chiếu: chưa có mốc ký số nào bao gồm vụ việc này');
    const right = Math.max(...page.items.filter((i) => i.y > 780).map((i) => i.x + i.width));
    expect(right).toBeLessThanOrEqual(595.28 - 48 + 0.5);
  });
});
