import type { Align, Paragraph, RunStyle } from './docx-model';
import { child, childElements, type XmlElement } from './xml-reader';

// WordprocessingML measures in twentieths of a point (twips) and font sizes in half-points.
const TWIPS_PER_PT = 20;
/** Word's default left and right cell margins: 108 twips. */
export const DEFAULT_CELL_MARGIN_PT = 5.4;
const HALF_POINTS_PER_PT = 2;
/** A size when neither the run, its styles nor the document defaults give one: 13 pt, the Party body size. */
const FALLBACK_SIZE_PT = 13;
/** "auto" line spacing is in 240ths of a single line. */
const AUTO_LINE_UNIT = 240;

type PPr = Partial<Omit<Paragraph, 'kind' | 'inlines' | 'markStyle' | 'line'>> & { line?: Paragraph['line'] };
type RPr = Partial<RunStyle>;
interface Style {
  type: string;
  basedOn?: string;
  pPr: PPr;
  rPr: RPr;
}

export const attr = (el: XmlElement | undefined, name: string): string | undefined => el?.attrs[`w:${name}`];
export const num = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};
export const twips = (v: string | undefined): number | undefined => {
  const n = num(v);
  return n === undefined ? undefined : n / TWIPS_PER_PT;
};
/** A toggle property (`<w:b/>`, `<w:b w:val="false"/>`). */
const toggle = (el: XmlElement | undefined): boolean | undefined =>
  el === undefined ? undefined : !['0', 'false', 'off'].includes(attr(el, 'val') ?? 'true');

export function readRPr(el: XmlElement | undefined): RPr {
  const out: RPr = {};
  if (!el) return out;
  const b = toggle(child(el, 'w:b'));
  if (b !== undefined) out.bold = b;
  const i = toggle(child(el, 'w:i'));
  if (i !== undefined) out.italic = i;
  const caps = toggle(child(el, 'w:caps'));
  if (caps !== undefined) out.caps = caps;
  const u = child(el, 'w:u');
  if (u) out.underline = (attr(u, 'val') ?? 'single') !== 'none';
  const sz = num(attr(child(el, 'w:sz'), 'val'));
  if (sz !== undefined && sz > 0) out.sizePt = sz / HALF_POINTS_PER_PT;
  return out;
}

export function readCellMargin(el: XmlElement | undefined): { left?: number; right?: number } {
  return { left: twips(attr(child(el, 'w:left') ?? child(el, 'w:start'), 'w')), right: twips(attr(child(el, 'w:right') ?? child(el, 'w:end'), 'w')) };
}

const ALIGN: Record<string, Align> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both', justify: 'both' };

export function readPPr(el: XmlElement | undefined): PPr {
  const out: PPr = {};
  if (!el) return out;
  const jc = attr(child(el, 'w:jc'), 'val');
  if (jc && ALIGN[jc]) out.align = ALIGN[jc];
  const ind = child(el, 'w:ind');
  if (ind) {
    const left = twips(attr(ind, 'left') ?? attr(ind, 'start'));
    const right = twips(attr(ind, 'right') ?? attr(ind, 'end'));
    const first = twips(attr(ind, 'firstLine'));
    const hanging = twips(attr(ind, 'hanging'));
    if (left !== undefined) out.indentLeft = left;
    if (right !== undefined) out.indentRight = right;
    if (hanging !== undefined) out.firstLine = -hanging;
    else if (first !== undefined) out.firstLine = first;
  }
  const sp = child(el, 'w:spacing');
  if (sp) {
    const before = twips(attr(sp, 'before'));
    const after = twips(attr(sp, 'after'));
    const line = num(attr(sp, 'line'));
    if (before !== undefined) out.spaceBefore = before;
    if (after !== undefined) out.spaceAfter = after;
    if (line !== undefined && line > 0) {
      const rule = attr(sp, 'lineRule');
      out.line = rule === 'exact' || rule === 'atLeast' ? { rule, value: line / TWIPS_PER_PT } : { rule: 'auto', value: line / AUTO_LINE_UNIT };
    }
  }
  const pbb = toggle(child(el, 'w:pageBreakBefore'));
  if (pbb !== undefined) out.pageBreakBefore = pbb;
  const tabs = childElements(child(el, 'w:tabs'), 'w:tab');
  if (tabs.length) {
    out.tabStops = tabs
      .filter((t) => attr(t, 'val') !== 'clear')
      .map((t) => twips(attr(t, 'pos')))
      .filter((p): p is number => p !== undefined)
      .sort((a, b) => a - b);
  }
  return out;
}

/** Styles from word/styles.xml: the document defaults and each style's own (unresolved) properties. */
export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private defaultPPr: PPr = {};
  private defaultRPr: RPr = {};
  private defaultParagraphStyle?: string;
  /** The default table style's cell margins, where it sets them. */
  defaultCellMargin: { left?: number; right?: number } = {};

  constructor(stylesXml?: XmlElement) {
    if (!stylesXml) return;
    const defaults = child(stylesXml, 'w:docDefaults');
    this.defaultRPr = readRPr(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
    this.defaultPPr = readPPr(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    for (const s of childElements(stylesXml, 'w:style')) {
      const id = attr(s, 'styleId');
      if (!id) continue;
      const type = attr(s, 'type') ?? 'paragraph';
      this.styles.set(id, { type, basedOn: attr(child(s, 'w:basedOn'), 'val'), pPr: readPPr(child(s, 'w:pPr')), rPr: readRPr(child(s, 'w:rPr')) });
      if (type === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '')) {
        this.defaultParagraphStyle = id;
      }
      if (type === 'table' && ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '')) {
        this.defaultCellMargin = readCellMargin(child(child(s, 'w:tblPr'), 'w:tblCellMar'));
      }
    }
  }

  /** The style and its ancestors, the farthest ancestor first (a cycle stops the walk). */
  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    while (id && !seen.has(id)) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      out.unshift(s);
      id = s.basedOn;
    }
    return out;
  }

  paragraphProps(styleId: string | undefined, direct: PPr): PPr {
    const chain = this.chain(styleId ?? this.defaultParagraphStyle);
    return Object.assign({}, this.defaultPPr, ...chain.map((s) => s.pPr), direct);
  }

  runStyle(paragraphStyleId: string | undefined, runStyleId: string | undefined, direct: RPr): RunStyle {
    const pChain = this.chain(paragraphStyleId ?? this.defaultParagraphStyle);
    const rChain = this.chain(runStyleId);
    const merged: RPr = Object.assign({}, this.defaultRPr, ...pChain.map((s) => s.rPr), ...rChain.map((s) => s.rPr), direct);
    return {
      bold: merged.bold ?? false,
      italic: merged.italic ?? false,
      underline: merged.underline ?? false,
      caps: merged.caps ?? false,
      sizePt: merged.sizePt ?? FALLBACK_SIZE_PT,
    };
  }
}
