import type { Block, Paragraph, RunStyle, Table } from './docx-model';
import { breakLines, type Line, type Measure } from './line-breaker';

/** The four faces of DejaVu Serif (full Vietnamese coverage, shipped as TrueType in an npm package, embedded). */
export const SERIF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf'),
  boldItalic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-BoldItalic.ttf'),
} as const;

// Underline position and thickness as fractions of the font size (close to what Word draws).
const UNDERLINE_OFFSET = 0.12;
const UNDERLINE_THICKNESS = 0.05;

/** The text column of a page, in points from the page's top-left corner. */
export interface Frame {
  left: number;
  top: number;
  width: number;
  bottom: number;
}

interface FontFace {
  ascender: number;
  descender: number;
  lineGap: number;
}

const faceName = (s: RunStyle): keyof typeof SERIF_FONTS => (s.bold ? (s.italic ? 'boldItalic' : 'bold') : s.italic ? 'italic' : 'regular');

/**
 * Lays paragraphs and borderless tables onto PDFKit pages: the text column is `frame`; a line that does not fit
 * goes to the next page, and a table row moves whole.
 */
export class PdfFlow implements Measure {
  y: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly frame: Frame,
  ) {
    for (const [name, file] of Object.entries(SERIF_FONTS)) pdf.registerFont(name, file);
    this.y = frame.top;
  }

  private use(style: RunStyle): FontFace {
    this.pdf.font(faceName(style)).fontSize(style.sizePt);
    return (this.pdf as unknown as { _font: FontFace })._font;
  }

  width(text: string, style: RunStyle): number {
    this.use(style);
    return this.pdf.widthOfString(text);
  }

  /** Ascent and descent (both positive, points) and the single line height of a style. */
  metrics(style: RunStyle): { ascent: number; descent: number; single: number } {
    const f = this.use(style);
    const k = style.sizePt / 1000;
    return { ascent: f.ascender * k, descent: -f.descender * k, single: (f.ascender - f.descender + f.lineGap) * k };
  }

  private newPage(): void {
    this.pdf.addPage();
    this.y = this.frame.top;
  }

  /** Lays the blocks at the current position; `flow` false (a table cell) never breaks the page. */
  blocks(blocks: Block[], x: number, width: number, flow = true): void {
    for (const b of blocks) {
      if (b.kind === 'p') this.paragraph(b, x, width, flow);
      else this.table(b, x, width, flow);
    }
  }

  /** The height the blocks take in a column `width` wide (page breaks aside). */
  measure(blocks: Block[], width: number): number {
    let h = 0;
    for (const b of blocks) {
      if (b.kind === 'p') h += b.spaceBefore + breakLines(b, width, this).reduce((s, l) => s + l.height, 0) + b.spaceAfter;
      else h += this.rowLayouts(b, width).reduce((s, r) => s + r.height, 0);
    }
    return h;
  }

  private paragraph(p: Paragraph, x: number, width: number, flow: boolean): void {
    if (flow && p.pageBreakBefore && this.y > this.frame.top) this.newPage();
    this.y += p.spaceBefore;
    for (const line of breakLines(p, width, this)) {
      if (flow && this.y + line.height > this.frame.bottom && this.y > this.frame.top) this.newPage();
      this.drawLine(line, x);
      this.y += line.height;
      if (flow && line.pageBreakAfter) this.newPage();
    }
    this.y += p.spaceAfter;
  }

  private drawLine(line: Line, x: number): void {
    const baseline = this.y + line.height - line.descent;
    for (const piece of line.pieces) {
      if (piece.kind === 'text') {
        this.use(piece.style);
        this.pdf.text(piece.text, x + piece.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      }
      if (piece.style.underline && piece.kind !== 'gap') {
        const size = piece.style.sizePt;
        this.pdf
          .save()
          .lineWidth(size * UNDERLINE_THICKNESS)
          .moveTo(x + piece.x, baseline + size * UNDERLINE_OFFSET)
          .lineTo(x + piece.x + piece.width, baseline + size * UNDERLINE_OFFSET)
          .stroke()
          .restore();
      }
    }
  }

  /** Column edges (scaled down when the grid is wider than the column) and each row's cells and height. */
  private rowLayouts(t: Table, width: number) {
    const cellCount = Math.max(1, ...t.rows.map((r) => r.reduce((s, c) => s + c.span, 0)));
    let cols = t.columns.length ? [...t.columns] : Array.from({ length: cellCount }, () => width / cellCount);
    while (cols.length < cellCount) cols.push(cols[cols.length - 1]);
    const total = cols.reduce((s, c) => s + c, 0);
    if (total > width) cols = cols.map((c) => (c * width) / total);
    const tableWidth = Math.min(total, width);
    const offset = t.align === 'center' ? (width - tableWidth) / 2 : t.align === 'right' ? width - tableWidth : Math.min(t.indent, width - tableWidth);
    const edges = [offset];
    for (const c of cols) edges.push(edges[edges.length - 1] + c);
    return t.rows.map((row) => {
      let g = 0;
      const cells = row.map((cell) => {
        const from = Math.min(g, cols.length - 1);
        const to = Math.min(g + cell.span, cols.length);
        g += cell.span;
        const inner = Math.max(1, edges[to] - edges[from] - t.cellMargin.left - t.cellMargin.right);
        return { x: edges[from] + t.cellMargin.left, width: inner, blocks: cell.blocks };
      });
      return { cells, height: Math.max(0, ...cells.map((c) => this.measure(c.blocks, c.width))) };
    });
  }

  private table(t: Table, x: number, width: number, flow: boolean): void {
    for (const row of this.rowLayouts(t, width)) {
      if (flow && this.y + row.height > this.frame.bottom && this.y > this.frame.top) this.newPage();
      const top = this.y;
      for (const cell of row.cells) {
        this.y = top;
        this.blocks(cell.blocks, x + cell.x, cell.width, false);
      }
      this.y = top + row.height;
    }
  }
}
