import { inflateSync } from 'node:zlib';

/** A run of text as drawn: position in points from the page's bottom-left corner, the font without its subset tag. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  font: string;
  size: number;
}

export interface PdfPageText {
  items: PdfTextItem[];
  /** The page's text, line by line (top to bottom), words separated where the writer left room between them. */
  lines: string[];
  /** Straight strokes (an underline is one), in the same coordinates as the items. */
  strokes: { x1: number; y1: number; x2: number; y2: number }[];
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

interface FontInfo {
  name: string;
  toUnicode: Map<number, string>;
  widths: Map<number, number>;
}

// Room between two runs on a line, as a fraction of the font size, above which a reader sees a space.
const SPACE_GAP = 0.15;

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    if (s < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, s);
    const dataStart = start + s + 'stream'.length + (text[start + s + 6] === '\r' ? 2 : 1);
    const dataEnd = text.lastIndexOf('endstream', end);
    let data = pdf.subarray(dataStart, dataEnd);
    if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data);
    out.set(Number(m[1]), { dict, stream: data });
    re.lastIndex = end;
  }
  return out;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // A ligature maps one glyph to several characters: `<0066 0066>` (whitespace inside a hex string is ignored).
  const hexToString = (spaced: string) => {
    const hex = spaced.replace(/\s+/g, '');
    let s = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        [...m[3].matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((d, i) => map.set(lo + i, hexToString(d[1])));
      } else {
        const base = parseInt(m[3].slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(m[1], 16), hexToString(m[2]));
  }
  return map;
}

function fontInfo(objs: Map<number, PdfObject>, id: number): FontInfo {
  const font = objs.get(id)!.dict;
  const name = (/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/>]+)/.exec(font)?.[1] ?? '').trim();
  const tu = ref(font, 'ToUnicode');
  const toUnicode = tu !== undefined ? parseCMap(objs.get(tu)!.stream!.toString('latin1')) : new Map<number, string>();
  const widths = new Map<number, number>();
  const descendant = /\/DescendantFonts\s*\[\s*(\d+) 0 R/.exec(font)?.[1];
  const w = descendant ? /\/W\s*\[([\s\S]*)\]/.exec(objs.get(Number(descendant))!.dict)?.[1] : undefined;
  if (w) {
    for (const m of w.matchAll(/(\d+)\s*\[([^\]]*)\]/g)) {
      m[2].trim().split(/\s+/).forEach((v, i) => widths.set(Number(m[1]) + i, Number(v)));
    }
  }
  return { name, toUnicode, widths };
}

/**
 * The text a PDF written by PDFKit shows, page by page, decoded through each font's ToUnicode map (compressed or
 * not). Made for tests: it reads the simple, regular files PDFKit writes, not every PDF.
 */
export function extractPdfText(pdf: Buffer): PdfPageText[] {
  const objs = objects(pdf);
  const root = ref(pdf.toString('latin1').slice(pdf.lastIndexOf('trailer')), 'Root')!;
  const pagesId = ref(objs.get(root)!.dict, 'Pages')!;
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(objs.get(pagesId)!.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const fontCache = new Map<number, FontInfo>();
  return kids.map((pageId) => {
    const page = objs.get(pageId)!.dict;
    const resId = ref(page, 'Resources');
    const resources = resId !== undefined ? objs.get(resId)!.dict : page;
    const fonts = new Map<string, FontInfo>();
    for (const m of (/\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '').matchAll(/\/(\S+)\s+(\d+) 0 R/g)) {
      const id = Number(m[2]);
      if (!fontCache.has(id)) fontCache.set(id, fontInfo(objs, id));
      fonts.set(m[1], fontCache.get(id)!);
    }
    const contentIds = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    const content = contentIds.map((id) => objs.get(id)!.stream!.toString('latin1')).join('\n');
    const items: PdfTextItem[] = [];
    let font: FontInfo | undefined;
    let size = 0;
    let x = 0;
    let y = 0;
    const re = /\/(\S+)\s+([\d.]+)\s+Tf|([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+Tm|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
    for (const m of content.matchAll(re)) {
      if (m[1]) {
        font = fonts.get(m[1]);
        size = Number(m[2]);
      } else if (m[3] !== undefined) {
        x = Number(m[7]);
        y = Number(m[8]);
      } else if (font) {
        const hex = (m[9] ?? `<${m[10]}>`).match(/<([0-9a-fA-F]*)>/g)?.map((h) => h.slice(1, -1)).join('') ?? '';
        let text = '';
        let advance = 0;
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          const cid = parseInt(hex.slice(i, i + 4), 16);
          text += font.toUnicode.get(cid) ?? '\uFFFD';
          advance += font.widths.get(cid) ?? 0;
        }
        items.push({ text, x, y, width: (advance / 1000) * size, font: font.name, size });
      }
    }
    // PDFKit draws paths in its top-down space (the page starts with a flip); turn them to the items' bottom-up one.
    const height = Number(/\/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+[-\d.]+\s+([-\d.]+)/.exec(page)?.[1] ?? 0);
    const strokes = [...content.matchAll(/([-\d.]+) ([-\d.]+) m\s+([-\d.]+) ([-\d.]+) l\s+S/g)].map((m) => ({
      x1: Number(m[1]),
      y1: height - Number(m[2]),
      x2: Number(m[3]),
      y2: height - Number(m[4]),
    }));
    return { items, lines: toLines(items), strokes };
  });
}

function toLines(items: PdfTextItem[]): string[] {
  const rows = new Map<number, PdfTextItem[]>();
  for (const it of items) {
    const key = Math.round(it.y);
    rows.set(key, [...(rows.get(key) ?? []), it]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => {
      row.sort((a, b) => a.x - b.x);
      let out = '';
      let end = -Infinity;
      for (const it of row) {
        if (out && it.x - end > SPACE_GAP * it.size) out += ' ';
        out += it.text;
        end = it.x + it.width;
      }
      return out;
    });
}
