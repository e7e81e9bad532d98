import PizZip from 'pizzip';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { docxToPdf } from './docx-to-pdf';
import { extractPdfText, type PdfPageText, type PdfTextItem } from './pdf-text';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MM = 72 / 25.4;
const PAGE_W = 595.28;
const PAGE_H = 841.89;
// The house defaults (Hướng dẫn 36-HD/VPTW lower bounds): left 30 mm, right 15 mm, top 20 mm.
const LEFT = 30 * MM;
const RIGHT = PAGE_W - 15 * MM;
const TOP = PAGE_H - 20 * MM;

const SENTENCE = 'Quyết định kỷ luật đảng viên Nguyễn Văn Ấn, Đảng ủy phường Bến Thành';

// A minimal WordprocessingML vocabulary for building documents in the tests.
const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (content: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
const tab = '<w:r><w:tab/></w:r>';
const br = '<w:r><w:br/></w:r>';
const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
const cell = (content: string) => `<w:tc>${content}</w:tc>`;
const table = (cols: number[], rows: string[][]) =>
  `<w:tbl><w:tblPr/><w:tblGrid>${cols.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>` +
  rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('') +
  '</w:tbl>';

function docx(body: string, parts: Record<string, string> = {}): Buffer {
  const zip = new PizZip();
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${body}</w:body></w:document>`);
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generate({ type: 'nodebuffer' });
}

const render = async (body: string, parts?: Record<string, string>): Promise<PdfPageText[]> => extractPdfText(await docxToPdf(docx(body, parts)));

/** The drawn runs whose text is `text` (a word: the renderer draws word by word). */
const find = (page: PdfPageText, text: string): PdfTextItem => {
  const hit = page.items.find((i) => i.text === text);
  if (!hit) throw new Error(`"${text}" not drawn; page has: ${page.lines.join(' | ')}`);
  return hit;
};
const lineEnd = (items: PdfTextItem[]) => Math.max(...items.map((i) => i.x + i.width));
const byLine = (page: PdfPageText) => {
  const rows = new Map<number, PdfTextItem[]>();
  for (const i of page.items) rows.set(Math.round(i.y * 10), [...(rows.get(Math.round(i.y * 10)) ?? []), i]);
  return [...rows.entries()].sort((a, b) => b[0] - a[0]).map(([, r]) => r);
};

async function refusal(input: Buffer): Promise<DomainError> {
  try {
    await docxToPdf(input);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('rendered a document that should have been refused');
}

describe('docxToPdf', () => {
  it('prints Vietnamese with every diacritic, in embedded DejaVu Serif', async () => {
    const pdf = await docxToPdf(docx(para(run(SENTENCE)) + para(run('ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ỳ ỷ ỹ ỵ ợ ữ'))));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif\b/);
    const [page] = extractPdfText(pdf);
    expect(page.lines.join(' ')).toContain(SENTENCE);
    expect(page.lines).toContain('ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ỳ ỷ ỹ ỵ ợ ữ');
  });

  it('composes letters typed as a base and combining marks (NFD) into the precomposed Vietnamese letters', async () => {
    const [page] = await render(para(run('Nguyễn Văn Ấn'.normalize('NFD'))));
    expect(page.lines).toEqual(['Nguyễn Văn Ấn']);
  });

  describe('page', () => {
    it('is A4 with the Party margins: text starts 30 mm from the left and 20 mm from the top', async () => {
      const [page] = await render(para(run('Trái')));
      const first = find(page, 'Trái');
      expect(first.x).toBeCloseTo(LEFT, 1);
      expect(first.y).toBeLessThan(TOP);
      expect(first.y).toBeGreaterThan(TOP - 2 * first.size);
    });

    it.each([
      ['10 mm (below the range) is raised to 30 mm', 567, 30],
      ['33 mm (inside the range) is kept', 1871, 33],
      ['50 mm (above the range) is lowered to 35 mm', 2835, 35],
    ])('a template asking for a left margin of %s', async (_label, twips, mm) => {
      const [page] = await render(para(run('Lề')) + `<w:sectPr><w:pgMar w:top="1134" w:bottom="1134" w:left="${twips}" w:right="851"/></w:sectPr>`);
      expect(find(page, 'Lề').x).toBeCloseTo(mm * MM, 0);
    });
  });

  describe('paragraphs', () => {
    it.each([
      ['left', (i: PdfTextItem) => expect(i.x).toBeCloseTo(LEFT, 1)],
      ['center', (i: PdfTextItem) => expect(i.x + i.width / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0)],
      ['right', (i: PdfTextItem) => expect(i.x + i.width).toBeCloseTo(RIGHT, 0)],
    ])('aligns %s (w:jc)', async (jc, check) => {
      const [page] = await render(para(run('QUYẾT'), `<w:jc w:val="${jc}"/>`));
      check(find(page, 'QUYẾT'));
    });

    it('justifies (w:jc both) every line but the last to both margins', async () => {
      const [page] = await render(para(run(`${SENTENCE}. `.repeat(5)), '<w:jc w:val="both"/>'));
      const lines = byLine(page);
      expect(lines.length).toBeGreaterThan(2);
      for (const l of lines.slice(0, -1)) {
        expect(Math.min(...l.map((i) => i.x))).toBeCloseTo(LEFT, 1);
        expect(lineEnd(l)).toBeCloseTo(RIGHT, 0);
      }
      expect(lineEnd(lines[lines.length - 1])).toBeLessThan(RIGHT - 20);
    });

    it('leaves a left-aligned paragraph ragged on the right', async () => {
      const [page] = await render(para(run(`${SENTENCE}. `.repeat(5))));
      const ends = byLine(page).slice(0, -1).map(lineEnd);
      expect(ends.some((e) => e < RIGHT - 3)).toBe(true);
      expect(ends.every((e) => e <= RIGHT + 0.01)).toBe(true);
    });

    it('indents the first line (w:firstLine), the whole paragraph (w:left) and hangs (w:hanging)', async () => {
      const text = `${SENTENCE}. `.repeat(3);
      const [first] = await render(para(run(text), '<w:ind w:firstLine="720"/>'));
      const fl = byLine(first);
      expect(fl[0][0].x).toBeCloseTo(LEFT + 36, 1);
      expect(fl[1][0].x).toBeCloseTo(LEFT, 1);

      const [left] = await render(para(run(text), '<w:ind w:left="1440" w:right="1440"/>'));
      for (const l of byLine(left)) {
        expect(l[0].x).toBeCloseTo(LEFT + 72, 1);
        expect(lineEnd(l)).toBeLessThanOrEqual(RIGHT - 72 + 0.01);
      }

      const [hanging] = await render(para(run(text), '<w:ind w:left="720" w:hanging="720"/>'));
      const hl = byLine(hanging);
      expect(hl[0][0].x).toBeCloseTo(LEFT, 1);
      expect(hl[1][0].x).toBeCloseTo(LEFT + 36, 1);
    });

    it('puts the spacing before and after a paragraph (w:spacing before/after) between the lines', async () => {
      const gap = async (pPr: string) => {
        const [page] = await render(para(run('Một'), pPr) + para(run('Hai')));
        return find(page, 'Một').y - find(page, 'Hai').y;
      };
      const plain = await gap('');
      expect(await gap('<w:spacing w:after="240"/>')).toBeCloseTo(plain + 12, 1);
      const [page] = await render(para(run('Một')) + para(run('Hai'), '<w:spacing w:before="480"/>'));
      expect(find(page, 'Một').y - find(page, 'Hai').y).toBeCloseTo(plain + 24, 1);
    });

    it('spaces lines by a multiple (auto), exactly, or at least (w:spacing line/lineRule)', async () => {
      const pitch = async (spacing: string) => {
        const [page] = await render(para(run('Một') + br + run('Hai'), spacing));
        return find(page, 'Một').y - find(page, 'Hai').y;
      };
      const single = await pitch('');
      expect(await pitch('<w:spacing w:line="360" w:lineRule="auto"/>')).toBeCloseTo(single * 1.5, 1);
      expect(await pitch('<w:spacing w:line="480" w:lineRule="exact"/>')).toBeCloseTo(24, 1);
      expect(await pitch('<w:spacing w:line="100" w:lineRule="atLeast"/>')).toBeCloseTo(single, 1);
      expect(await pitch('<w:spacing w:line="600" w:lineRule="atLeast"/>')).toBeCloseTo(30, 1);
    });

    it('breaks the line at w:br without starting a new paragraph', async () => {
      const [page] = await render(para(run('Nơi nhận:') + br + run('- Như Điều 3,'), '<w:spacing w:after="480"/>'));
      expect(page.lines).toEqual(['Nơi nhận:', '- Như Điều 3,']);
      expect(find(page, 'Nơi').y - find(page, '-').y).toBeLessThan(20);
      expect(find(page, '-').x).toBeCloseTo(LEFT, 1);
    });

    it('moves to the next default tab stop (every 1.27 cm) or to a custom one (w:tabs)', async () => {
      const [def] = await render(para(run('Điều 1.') + tab + run('Thi')));
      expect(find(def, 'Thi').x).toBeCloseTo(LEFT + 72, 1);
      const [custom] = await render(para(run('Điều 1.') + tab + run('Thi'), '<w:tabs><w:tab w:val="left" w:pos="2880"/></w:tabs>'));
      expect(find(custom, 'Thi').x).toBeCloseTo(LEFT + 144, 1);
    });

    it('starts a new page at a page break (w:br type=page) and before a paragraph with w:pageBreakBefore', async () => {
      const pages = await render(para(run('Một') + pageBreak + run('Hai')) + para(run('Ba'), '<w:pageBreakBefore/>'));
      expect(pages.map((p) => p.items.filter((i) => i.y > 100).map((i) => i.text))).toEqual([['Một'], ['Hai'], ['Ba']]);
    });

    it('flows a long document onto more pages without writing below the bottom margin', async () => {
      const pages = await render(para(run(`${SENTENCE}. `.repeat(120)), '<w:jc w:val="both"/>'));
      expect(pages.length).toBeGreaterThan(1);
      const bottom = 20 * MM;
      for (const p of pages) for (const i of p.items.filter((x) => x.text !== String(pages.indexOf(p) + 1))) expect(i.y).toBeGreaterThan(bottom);
      expect(pages.flatMap((p) => p.lines).join(' ')).toContain(SENTENCE);
    });

    it('cuts a word wider than the line between letters instead of writing past the margin', async () => {
      const hash = 'ab'.repeat(64);
      const [page] = await render(para(run(hash)));
      expect(page.lines.length).toBeGreaterThan(1);
      expect(page.lines.join('')).toBe(hash);
      for (const l of byLine(page)) expect(lineEnd(l)).toBeLessThanOrEqual(RIGHT + 0.01);
    });
  });

  describe('page numbers', () => {
    it('numbers pages at the bottom centre from the second page on, not the first', async () => {
      const pages = await render(para(run('Một') + pageBreak + run('Hai') + pageBreak + run('Ba')));
      const footer = (p: PdfPageText) => p.items.filter((i) => i.y < 20 * MM);
      expect(footer(pages[0])).toEqual([]);
      for (const [n, p] of [[2, pages[1]], [3, pages[2]]] as const) {
        const [num] = footer(p);
        expect(num.text).toBe(String(n));
        expect(num.x + num.width / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
      }
    });

    it('prints no number on a one-page document', async () => {
      const [page] = await render(para(run('Một')));
      expect(page.items.map((i) => i.text)).toEqual(['Một']);
    });
  });

  describe('runs', () => {
    it.each([
      ['<w:b/>', 'DejaVuSerif-Bold'],
      ['<w:i/>', 'DejaVuSerif-Italic'],
      ['<w:b/><w:i/>', 'DejaVuSerif-BoldItalic'],
      ['<w:b w:val="0"/>', 'DejaVuSerif'],
      ['', 'DejaVuSerif'],
    ])('%s prints in %s', async (rPr, font) => {
      const [page] = await render(para(run('Đảng', rPr)));
      expect(find(page, 'Đảng').font).toBe(font);
    });

    it('sets the size in half-points (w:sz 28 → 14 pt) and falls back to 13 pt', async () => {
      const [page] = await render(para(run('Lớn', '<w:sz w:val="28"/>') + run(' nhỏ')));
      expect(find(page, 'Lớn').size).toBe(14);
      expect(find(page, 'nhỏ').size).toBe(13);
    });

    it('underlines a run (w:u) and nothing else; w:u none is no underline', async () => {
      const [page] = await render(para(run('ĐẢNG CỘNG SẢN', '<w:u w:val="single"/>') + run(' VIỆT NAM') + run(' X', '<w:u w:val="none"/>')));
      const from = find(page, 'ĐẢNG').x;
      const to = find(page, 'SẢN');
      const under = page.strokes.filter((s) => s.y1 === s.y2 && s.y1 < to.y && s.y1 > to.y - to.size / 2);
      expect(Math.min(...under.map((s) => s.x1))).toBeCloseTo(from, 1);
      expect(Math.max(...under.map((s) => s.x2))).toBeCloseTo(to.x + to.width, 1);
      expect(under.every((s) => s.x2 <= find(page, 'VIỆT').x)).toBe(true);
    });

    it('joins runs without a space between them into one word', async () => {
      const [page] = await render(para(run('Nguy') + run('ễn', '<w:b/>') + run(' Văn')));
      expect(page.lines).toEqual(['Nguyễn Văn']);
    });

    it('prints capitals for w:caps', async () => {
      const [page] = await render(para(run('đảng ủy phường', '<w:caps/>')));
      expect(page.lines).toEqual(['ĐẢNG ỦY PHƯỜNG']);
    });
  });

  describe('tables', () => {
    const header = table(
      [3600, 5400],
      [[para(run('ĐẢNG ỦY PHƯỜNG BẾN THÀNH'), '<w:jc w:val="center"/>') + para(run('*'), '<w:jc w:val="center"/>'), para(run('ĐẢNG CỘNG SẢN VIỆT NAM', '<w:b/>'), '<w:jc w:val="center"/>')]],
    );

    it('lays the Party header in two columns sized by w:gridCol, side by side', async () => {
      const [page] = await render(header + para(run('QUYẾT ĐỊNH')));
      const col1 = { from: LEFT, to: LEFT + 180 };
      const col2 = { from: LEFT + 180, to: LEFT + 450 };
      const issuer = byLine(page).find((l) => l.some((i) => i.text === 'ỦY'))!.filter((i) => i.x < col1.to);
      const party = byLine(page).flat().filter((i) => i.font === 'DejaVuSerif-Bold');
      expect(party.map((i) => i.text).join(' ')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
      for (const i of party) expect(i.x).toBeGreaterThan(col2.from);
      expect(lineEnd(party)).toBeLessThan(col2.to);
      // Centred in its column (the cell's padding is the same on both sides).
      expect((party[0].x + lineEnd(party)) / 2).toBeCloseTo((col2.from + col2.to) / 2, 0);
      expect(issuer[0].x).toBeGreaterThanOrEqual(col1.from);
      expect(lineEnd(issuer)).toBeLessThan(col1.to);
      // The same row: both columns start at the top.
      expect(Math.abs(party[0].y - find(page, 'ĐẢNG').y)).toBeLessThan(3);
      // The paragraph after the table comes below its tallest cell (the issuer: two lines and a star).
      expect(find(page, 'QUYẾT').y).toBeLessThan(find(page, '*').y);
    });

    it('spans columns (w:gridSpan) and shrinks a grid wider than the page to fit', async () => {
      const wide = table([6000, 6000], [[para(run('A')), para(run('B'), '<w:jc w:val="right"/>')], ['<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + para(run('C'), '<w:jc w:val="right"/>')]]);
      const [page] = await render(wide);
      const b = find(page, 'B');
      const c = find(page, 'C');
      expect(b.x + b.width).toBeLessThanOrEqual(RIGHT);
      expect(c.x + c.width).toBeCloseTo(b.x + b.width, 1);
      expect(c.y).toBeLessThan(b.y);
    });

    it("keeps Word's 108-twip cell margins unless the table or the default table style sets others (w:tblCellMar)", async () => {
      const row = (tblPr: string) =>
        `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="3600"/></w:tblGrid>` +
        `<w:tr>${cell(para(run('Trái')))}${cell(para(run('Phải'), '<w:jc w:val="right"/>'))}</w:tr></w:tbl>`;
      const zero = '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>';
      const edges = (page: PdfPageText) => [find(page, 'Trái').x - LEFT, LEFT + 360 - (find(page, 'Phải').x + find(page, 'Phải').width)];
      const [word] = await render(row(''));
      expect(edges(word)[0]).toBeCloseTo(5.4, 1);
      expect(edges(word)[1]).toBeCloseTo(5.4, 1);
      const [own] = await render(row(zero));
      expect(edges(own)[0]).toBeCloseTo(0, 1);
      expect(edges(own)[1]).toBeCloseTo(0, 1);
      const styles = `<w:styles ${W_NS}><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:tblPr>${zero}</w:tblPr></w:style></w:styles>`;
      const [styled] = await render(row(''), { 'word/styles.xml': styles });
      expect(edges(styled)[0]).toBeCloseTo(0, 1);
    });

    it('moves a table row that does not fit to the next page whole', async () => {
      const filler = para(run('x'), '<w:spacing w:before="0" w:after="0" w:line="14000" w:lineRule="exact"/>');
      const sign = table([4500, 4500], [[para(run('Nơi nhận:')), para(run('T/M ĐẢNG ỦY')) + para(run('BÍ THƯ')) + para(run('Nguyễn Văn Ấn'))]]);
      const pages = await render(filler + sign);
      expect(pages).toHaveLength(2);
      expect(pages[1].lines.join(' ')).toContain('Nguyễn Văn Ấn');
      expect(pages[1].lines.join(' ')).toContain('Nơi nhận:');
    });
  });

  describe('styles (word/styles.xml)', () => {
    const styles = `<?xml version="1.0"?><w:styles ${W_NS}>
      <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Em"><w:rPr><w:i/></w:rPr></w:style>
    </w:styles>`;

    it('applies the document defaults, the default paragraph style, a based-on style and a character style', async () => {
      const [page] = await render(
        para(run('TIÊU'), '<w:pStyle w:val="Title"/>') + para(run('thân') + '<w:r><w:rPr><w:rStyle w:val="Em"/></w:rPr><w:t>nghiêng</w:t></w:r>'),
        { 'word/styles.xml': styles },
      );
      const title = find(page, 'TIÊU');
      expect(title.font).toBe('DejaVuSerif-Bold');
      expect(title.size).toBe(14);
      expect(title.x + title.width / 2).toBeCloseTo((LEFT + RIGHT) / 2, 0);
      expect(find(page, 'thân').font).toBe('DejaVuSerif');
      expect(find(page, 'thân').size).toBe(14);
      expect(find(page, 'nghiêng').font).toBe('DejaVuSerif-Italic');
    });
  });

  it('reads the text of links, content controls and tracked insertions, and skips deleted text', async () => {
    const [page] = await render(
      para(
        '<w:hyperlink><w:r><w:t>Một</w:t></w:r></w:hyperlink>' +
          '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> Hai</w:t></w:r></w:sdtContent></w:sdt>' +
          '<w:ins><w:r><w:t xml:space="preserve"> Ba</w:t></w:r></w:ins>' +
          '<w:del><w:r><w:delText> Xóa</w:delText></w:r></w:del>',
      ),
    );
    expect(page.lines).toEqual(['Một Hai Ba']);
  });

  it('sets the PDF title (document information, shown by viewers) only when given', async () => {
    const title = (pdf: Buffer) => {
      const text = pdf.toString('latin1');
      const id = /\/Title (\d+) 0 R/.exec(text)?.[1];
      if (!id) return undefined;
      const raw = pdf.subarray(text.indexOf(`${id} 0 obj\n(`) + `${id} 0 obj\n(`.length, text.indexOf(')\nendobj', text.indexOf(`${id} 0 obj`)));
      return raw.subarray(2).swap16().toString('utf16le');
    };
    const named = await docxToPdf(docx(para(run('x'))), { title: 'Quyết định kỷ luật' });
    expect(title(named)).toBe('Quyết định kỷ luật');
    expect(named.toString('latin1')).toContain('/DisplayDocTitle true');
    expect(title(await docxToPdf(docx(para(run('x')))))).toBeUndefined();
  });

  describe('refuses what is not a Word document, with a stable code and a Vietnamese message', () => {
    const zipWith = (files: Record<string, string>) => {
      const z = new PizZip();
      for (const [path, text] of Object.entries(files)) z.file(path, text);
      return z.generate({ type: 'nodebuffer' });
    };
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W_NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    it.each([
      ['plain text', Buffer.from('không phải tệp Word'), 'NOT_A_ZIP', /không đọc được cấu trúc nén ZIP/],
      ['an empty file', Buffer.alloc(0), 'NOT_A_ZIP', /không phải là tài liệu Word/],
      ['a zip without word/document.xml', zipWith({ 'a.txt': 'x' }), 'NO_DOCUMENT_XML', /thiếu phần nội dung chính/],
      ['a zip whose document.xml is cut short', zipWith({ 'word/document.xml': '<w:document><w:body>' }), 'MALFORMED_XML', /không phải XML hợp lệ/],
      ['an XML part that is not WordprocessingML', zipWith({ 'word/document.xml': '<html><body/></html>' }), 'MALFORMED_XML', /không có thân văn bản/],
      ['a document declaring an external entity (XXE)', zipWith({ 'word/document.xml': xxe }), 'MALFORMED_XML', /không phải XML hợp lệ/],
      ['a broken styles part', zipWith({ 'word/document.xml': `<w:document ${W_NS}><w:body/></w:document>`, 'word/styles.xml': '<w:styles' }), 'MALFORMED_XML', /word\/styles.xml/],
    ])('%s', async (_label, input, reason, message) => {
      const e = await refusal(input);
      expect(e.code).toBe(ErrorCode.DOCX_INVALID);
      expect(e.details).toEqual({ reason });
      expect(e.message).toMatch(message);
    });
  });
});
