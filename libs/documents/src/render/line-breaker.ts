import type { Paragraph, RunStyle } from './docx-model';

/** How wide a text is and how tall a style's line is: the PDF writer's fonts, or a fake in tests. */
export interface Measure {
  width(text: string, style: RunStyle): number;
  metrics(style: RunStyle): { ascent: number; descent: number; single: number };
}

/** A placed piece of a line: `x` from the column's left edge. A `gap` is the room a tab leaves. */
export interface Piece {
  kind: 'text' | 'space' | 'gap';
  text: string;
  style: RunStyle;
  x: number;
  width: number;
}

export interface Line {
  pieces: Piece[];
  height: number;
  /** Below the baseline, inside `height`. */
  descent: number;
  pageBreakAfter: boolean;
}

/** Word's default tab stops: every half inch. */
const DEFAULT_TAB_PT = 36;
// A hair of tolerance so that a word exactly as wide as the room left still fits.
const EPS = 0.01;

type Token =
  | { kind: 'word'; segs: { text: string; style: RunStyle }[] }
  | { kind: 'space'; style: RunStyle }
  | { kind: 'tab'; style: RunStyle }
  | { kind: 'break'; style: RunStyle }
  | { kind: 'page' };

function tokenize(p: Paragraph): Token[] {
  const out: Token[] = [];
  let word: { text: string; style: RunStyle }[] | null = null;
  const flush = () => {
    if (word) out.push({ kind: 'word', segs: word });
    word = null;
  };
  for (const inline of p.inlines) {
    if (inline.kind !== 'text') {
      flush();
      out.push(inline);
      continue;
    }
    // NFC: a decomposed "ệ" (e + two combining marks) becomes the one precomposed glyph the font draws well.
    for (const part of inline.text.normalize('NFC').replace(/[\r\n]/g, ' ').split(/( +)/)) {
      if (!part) continue;
      if (part.startsWith(' ')) {
        flush();
        for (let i = 0; i < part.length; i++) out.push({ kind: 'space', style: inline.style });
      } else (word ??= []).push({ text: part, style: inline.style });
    }
  }
  flush();
  return out;
}

/**
 * Breaks a paragraph into lines `width` wide (the text column; the paragraph's indents are inside it) and places
 * each piece: alignment (left, centre, right, justified except on a paragraph's last line and before a manual
 * break), first-line and hanging indents, tab stops (custom ones as left stops, then every half inch), line
 * spacing (auto multiples, exact, at least). A word wider than the line is cut between letters.
 */
export function breakLines(p: Paragraph, width: number, m: Measure): Line[] {
  const lines: Line[] = [];
  const right = Math.max(p.indentLeft + 1, width - p.indentRight);
  const stops = [...p.tabStops, ...(p.firstLine < 0 ? [p.indentLeft] : [])].sort((a, b) => a - b);
  let lineStart = Math.max(0, p.indentLeft + p.firstLine);
  let x = lineStart;
  let pieces: Piece[] = [];
  let afterSoftBreak = false;
  let lastStyle = p.markStyle;

  const finish = (how: 'soft' | 'hard' | 'page' | 'end') => {
    while (pieces.length && pieces[pieces.length - 1].kind === 'space') pieces.pop();
    const end = pieces.length ? pieces[pieces.length - 1].x + pieces[pieces.length - 1].width : lineStart;
    const slack = right - end;
    if (slack > 0 && (p.align === 'center' || p.align === 'right')) {
      const shift = p.align === 'center' ? slack / 2 : slack;
      for (const piece of pieces) piece.x += shift;
    } else if (slack > 0 && p.align === 'both' && how === 'soft') {
      const lastGap = pieces.map((q) => q.kind).lastIndexOf('gap');
      const spaces = pieces.filter((q, i) => i > lastGap && q.kind === 'space').length;
      let shift = 0;
      pieces.forEach((q, i) => {
        q.x += shift;
        if (i > lastGap && q.kind === 'space') {
          q.width += slack / spaces;
          shift += slack / spaces;
        }
      });
    }
    const styles = pieces.length ? pieces.map((q) => q.style) : [lastStyle];
    const ms = styles.map((s) => m.metrics(s));
    const ascent = Math.max(...ms.map((q) => q.ascent));
    const descent = Math.max(...ms.map((q) => q.descent));
    const single = Math.max(...ms.map((q) => q.single));
    const height = p.line.rule === 'auto' ? single * p.line.value : p.line.rule === 'exact' ? p.line.value : Math.max(single, p.line.value);
    lines.push({ pieces, height: Math.max(height, p.line.rule === 'exact' ? 0 : ascent + descent), descent, pageBreakAfter: how === 'page' });
    pieces = [];
    lineStart = x = p.indentLeft;
    afterSoftBreak = how === 'soft';
  };
  const hasText = () => pieces.some((q) => q.kind !== 'space');
  const place = (kind: Piece['kind'], text: string, style: RunStyle, w: number) => {
    pieces.push({ kind, text, style, x, width: w });
    x += w;
    lastStyle = style;
    afterSoftBreak = false;
  };

  for (const tok of tokenize(p)) {
    if (tok.kind === 'word') {
      const widths = tok.segs.map((s) => m.width(s.text, s.style));
      const total = widths.reduce((a, b) => a + b, 0);
      if (x + total > right + EPS && hasText()) finish('soft');
      if (x + total <= right + EPS) {
        tok.segs.forEach((s, i) => place('text', s.text, s.style, widths[i]));
        continue;
      }
      // Longer than a whole line: cut it letter by letter.
      for (const s of tok.segs) {
        let chunk = '';
        for (const ch of s.text) {
          const w = m.width(chunk + ch, s.style);
          if (chunk && x + w > right + EPS) {
            place('text', chunk, s.style, m.width(chunk, s.style));
            finish('soft');
            chunk = '';
          }
          chunk += ch;
        }
        if (chunk) place('text', chunk, s.style, m.width(chunk, s.style));
      }
    } else if (tok.kind === 'space') {
      // Spaces where a line wrapped are not carried to the next line.
      if (!(afterSoftBreak && pieces.length === 0)) place('space', ' ', tok.style, m.width(' ', tok.style));
    } else if (tok.kind === 'tab') {
      const stop = stops.find((s) => s > x + EPS) ?? (Math.floor(x / DEFAULT_TAB_PT + EPS) + 1) * DEFAULT_TAB_PT;
      if (stop > right + EPS) {
        finish('soft');
      } else place('gap', '', tok.style, stop - x);
    } else if (tok.kind === 'break') {
      lastStyle = tok.style;
      finish('hard');
    } else finish('page');
  }
  finish('end');
  return lines;
}
