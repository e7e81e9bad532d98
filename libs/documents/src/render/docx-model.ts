import { child, childElements, type XmlElement } from './xml-reader';
import { attr, DEFAULT_CELL_MARGIN_PT, num, readCellMargin, readPPr, readRPr, twips, type StyleSheet } from './docx-styles';

export interface RunStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: boolean;
  sizePt: number;
}

export type Inline =
  | { kind: 'text'; text: string; style: RunStyle }
  | { kind: 'tab'; style: RunStyle }
  | { kind: 'break'; style: RunStyle }
  | { kind: 'page' };

export type Align = 'left' | 'center' | 'right' | 'both';

export interface Paragraph {
  kind: 'p';
  align: Align;
  /** Points, from the text column's edges; `firstLine` is negative for a hanging indent. */
  indentLeft: number;
  indentRight: number;
  firstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  line: { rule: 'auto' | 'exact' | 'atLeast'; value: number };
  pageBreakBefore: boolean;
  /** Custom tab stops, points from the text column's left edge, ascending. */
  tabStops: number[];
  inlines: Inline[];
  /** The paragraph mark's style: the height of an empty paragraph. */
  markStyle: RunStyle;
}

export interface TableCell {
  span: number;
  blocks: Block[];
}
export interface Table {
  kind: 'tbl';
  /** Column widths in points (w:tblGrid). */
  columns: number[];
  align: 'left' | 'center' | 'right';
  indent: number;
  /** Room between a cell's edges and its text, points (w:tblCellMar; Word's default 108 twips each side). */
  cellMargin: { left: number; right: number };
  rows: TableCell[][];
}
export type Block = Paragraph | Table;

/** Page margins in points as the document's section asks for them (undefined when it does not say). */
export interface SectionMargins {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

// Containers whose children are read as if they stood in the paragraph (links, tracked insertions, content controls).
const INLINE_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:customXml', 'w:dir', 'w:bdo']);

function readRun(r: XmlElement, pStyle: string | undefined, styles: StyleSheet, out: Inline[]): void {
  const rPr = child(r, 'w:rPr');
  const style = styles.runStyle(pStyle, attr(child(rPr, 'w:rStyle'), 'val'), readRPr(rPr));
  for (const c of childElements(r)) {
    if (c.name === 'w:t') {
      const text = c.children.filter((x): x is string => typeof x === 'string').join('');
      if (text) out.push({ kind: 'text', text: style.caps ? text.toLocaleUpperCase('vi') : text, style });
    } else if (c.name === 'w:tab' || c.name === 'w:ptab') out.push({ kind: 'tab', style });
    else if (c.name === 'w:br') out.push(attr(c, 'type') === 'page' ? { kind: 'page' } : { kind: 'break', style });
    else if (c.name === 'w:cr') out.push({ kind: 'break', style });
    else if (c.name === 'w:noBreakHyphen') out.push({ kind: 'text', text: '\u2011', style });
  }
}

function readInlines(el: XmlElement, pStyle: string | undefined, styles: StyleSheet, out: Inline[]): void {
  for (const c of childElements(el)) {
    if (c.name === 'w:r') readRun(c, pStyle, styles, out);
    else if (INLINE_CONTAINERS.has(c.name)) readInlines(c, pStyle, styles, out);
  }
}

function readParagraph(p: XmlElement, styles: StyleSheet): Paragraph {
  const pPrEl = child(p, 'w:pPr');
  const pStyle = attr(child(pPrEl, 'w:pStyle'), 'val');
  const props = styles.paragraphProps(pStyle, readPPr(pPrEl));
  const inlines: Inline[] = [];
  readInlines(p, pStyle, styles, inlines);
  return {
    kind: 'p',
    align: props.align ?? 'left',
    indentLeft: props.indentLeft ?? 0,
    indentRight: props.indentRight ?? 0,
    firstLine: props.firstLine ?? 0,
    spaceBefore: props.spaceBefore ?? 0,
    spaceAfter: props.spaceAfter ?? 0,
    line: props.line ?? { rule: 'auto', value: 1 },
    pageBreakBefore: props.pageBreakBefore ?? false,
    tabStops: props.tabStops ?? [],
    inlines,
    markStyle: styles.runStyle(pStyle, undefined, readRPr(child(pPrEl, 'w:rPr'))),
  };
}

function readTable(tbl: XmlElement, styles: StyleSheet): Table {
  const tblPr = child(tbl, 'w:tblPr');
  const columns = childElements(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => twips(attr(g, 'w')) ?? 0);
  const jc = attr(child(tblPr, 'w:jc'), 'val');
  const own = readCellMargin(child(tblPr, 'w:tblCellMar'));
  const rows = childElements(tbl, 'w:tr').map((tr) =>
    childElements(tr, 'w:tc').map((tc) => {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, num(attr(child(tcPr, 'w:gridSpan'), 'val')) ?? 1);
      // The lower cells of a vertical merge carry an empty paragraph: they print nothing.
      const vMerge = child(tcPr, 'w:vMerge');
      const continued = vMerge !== undefined && attr(vMerge, 'val') !== 'restart';
      return { span, blocks: continued ? [] : readBlocks(tc, styles) };
    }),
  );
  return {
    kind: 'tbl',
    columns,
    align: jc === 'center' ? 'center' : jc === 'right' || jc === 'end' ? 'right' : 'left',
    indent: twips(attr(child(tblPr, 'w:tblInd'), 'w')) ?? 0,
    cellMargin: {
      left: own.left ?? styles.defaultCellMargin.left ?? DEFAULT_CELL_MARGIN_PT,
      right: own.right ?? styles.defaultCellMargin.right ?? DEFAULT_CELL_MARGIN_PT,
    },
    rows,
  };
}

/** The paragraphs and tables of a body, a table cell or a content control, in order. */
export function readBlocks(container: XmlElement, styles: StyleSheet): Block[] {
  const out: Block[] = [];
  for (const c of childElements(container)) {
    if (c.name === 'w:p') out.push(readParagraph(c, styles));
    else if (c.name === 'w:tbl') out.push(readTable(c, styles));
    else if (c.name === 'w:sdt') out.push(...readBlocks(child(c, 'w:sdtContent') ?? c, styles));
    else if (c.name === 'w:customXml') out.push(...readBlocks(c, styles));
  }
  return out;
}

/** The margins the document's last section asks for (w:sectPr/w:pgMar), in points. */
export function readMargins(body: XmlElement): SectionMargins {
  const mar = child(child(body, 'w:sectPr'), 'w:pgMar');
  return { top: twips(attr(mar, 'top')), bottom: twips(attr(mar, 'bottom')), left: twips(attr(mar, 'left')), right: twips(attr(mar, 'right')) };
}
