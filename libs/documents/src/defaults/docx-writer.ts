import PizZip from 'pizzip';

// The small part of WordprocessingML the default templates use (docx-to-pdf renders the same subset): paragraphs with
// alignment, indents and spacing, runs with bold / italic / underline / capitals / size, and borderless tables.
// Sizes are in points here and written in half-points; lengths in millimetres, written in twentieths of a point.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  /** Points. */
  size?: number;
}

export interface Para {
  kind: 'p';
  runs: Run[];
  align?: 'left' | 'center' | 'right' | 'both';
  /** Millimetres. */
  firstLine?: number;
  /** Points. */
  before?: number;
  after?: number;
  /** Line spacing as a multiple of single. */
  line?: number;
  /** Kept on the page of the next paragraph (a table's title over its table). */
  keepNext?: boolean;
}

export interface Table {
  kind: 'tbl';
  /** Column widths, millimetres. */
  widths: number[];
  rows: Para[][][];
}

export type Block = Para | Table;

/** An A4 page with the margins of Hướng dẫn 36-HD/VPTW (top/bottom 20 mm, left 30 mm, right 15 mm). */
const PAGE = { width: 11906, height: 16838, top: 20, bottom: 20, left: 30, right: 15 };
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
/** The text column (the page less its side margins), in twentieths of a point: what a table inserted as XML may fill. */
export const TEXT_WIDTH_TWIPS = PAGE.width - twips(PAGE.left) - twips(PAGE.right);
/** The body font size of a Party document (36-HD/VPTW: 13–14 pt). */
export const BODY_SIZE = 14;
/** Every part is dated the same, so the package of a template is the same bytes each time it is generated. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runXml(r: Run): string {
  const props = [
    r.bold ? '<w:b/><w:bCs/>' : '',
    r.italic ? '<w:i/><w:iCs/>' : '',
    r.caps ? '<w:caps/>' : '',
    r.underline ? '<w:u w:val="single"/>' : '',
    r.size && r.size !== BODY_SIZE ? `<w:sz w:val="${r.size * 2}"/><w:szCs w:val="${r.size * 2}"/>` : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
}

function paraXml(p: Para): string {
  const spacing = p.before !== undefined || p.after !== undefined || p.line !== undefined
    ? `<w:spacing${p.before !== undefined ? ` w:before="${p.before * 20}"` : ''}${p.after !== undefined ? ` w:after="${p.after * 20}"` : ''}${p.line !== undefined ? ` w:line="${Math.round(p.line * 240)}" w:lineRule="auto"` : ''}/>`
    : '';
  const ind = p.firstLine ? `<w:ind w:firstLine="${twips(p.firstLine)}"/>` : '';
  const jc = p.align ? `<w:jc w:val="${p.align}"/>` : '';
  // In the schema's order (CT_PPr): keepNext, spacing, ind, jc.
  const pPr = (p.keepNext ? '<w:keepNext/>' : '') + spacing + ind + jc;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${p.runs.map(runXml).join('')}</w:p>`;
}

const NO_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="nil"/>`).join('');

function tableXml(t: Table): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const grid = t.widths.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('');
  const rows = t.rows
    .map((row) => `<w:tr>${row.map((cell, i) => `<w:tc><w:tcPr><w:tcW w:w="${twips(t.widths[i])}" w:type="dxa"/></w:tcPr>${(cell.length ? cell : [{ kind: 'p', runs: [] } as Para]).map(paraXml).join('')}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${twips(total)}" w:type="dxa"/><w:tblBorders>${NO_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

export function documentXml(blocks: readonly Block[]): string {
  const body = blocks.map((b) => (b.kind === 'p' ? paraXml(b) : tableXml(b))).join('');
  const sect =
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${twips(PAGE.top)}" w:right="${twips(PAGE.right)}" w:bottom="${twips(PAGE.bottom)}" w:left="${twips(PAGE.left)}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}${sect}</w:body></w:document>`;
}

// Times New Roman at the body size, Vietnamese, single spacing: what a committee office's Word starts from.
const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
  `<w:sz w:val="${BODY_SIZE * 2}"/><w:szCs w:val="${BODY_SIZE * 2}"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
  `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

function coreXml(title: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>`
  );
}

/** The parts of a package, by name, in the order they are written. */
export function packageParts(blocks: readonly Block[], title: string): [string, string][] {
  return [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['docProps/core.xml', coreXml(title)],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/styles.xml', STYLES],
    ['word/document.xml', documentXml(blocks)],
  ];
}

/** A .docx package of the blocks: the same input gives the same bytes. */
export function writeDocx(blocks: readonly Block[], title: string): Buffer {
  const zip = new PizZip();
  for (const [name, content] of packageParts(blocks, title)) zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
