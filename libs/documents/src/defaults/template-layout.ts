import type { Block, Para, Run, Table } from './docx-writer';

/**
 * A default template as readable data: what the document is, and its text with the fields it is filled with
 * (`{field}`; a list repeats between `{#list}` and `{/list}` lines). The layout around it is the same for all: the
 * Party document format of Hướng dẫn 36-HD/VPTW (03/4/2018) — see `layout` below.
 */
export interface TemplateSpec {
  key: string;
  /** Vietnamese name of the template. */
  title: string;
  procedureId: string;
  /** The dossier code the generated document is filed under. */
  formCode: string;
  /** The form's printed code, top right (admission forms of Hướng dẫn 12-HD/BTCTW). */
  formMark?: string;
  /** Who issues it (see fill/common-fields.ts `headerOf`). */
  issuer: 'COMMITTEE' | 'INSPECTION_COMMISSION' | 'CELL' | 'GRASSROOTS_COMMITTEE' | 'ADMITTING_COMMITTEE';
  /** The document kind printed above the title (QUYẾT ĐỊNH, NGHỊ QUYẾT, THÔNG BÁO, KẾT LUẬN); none for a letter. */
  kind?: string;
  /** The kind's abbreviation in the document's symbol (QĐ, NQ, TB, KL, CV). */
  symbol: string;
  /** The title lines under the kind; for a letter, its "V/v" summary under the number. */
  subject: string[];
  /** A letter's addressee line ("Kính gửi: …"). */
  addressee?: string;
  /**
   * Body paragraphs: `**bold**` inline; a line starting with `# ` is centred in bold; a line of dots (`…`) is left to
   * fill in by hand; `{#list}` / `{/list}` lines open and close a repeated block.
   */
  body: string[];
  recipients: string[];
  /** The signature block's "T/M …" line and the signer's post (a procedure's fields may set others). */
  onBehalfOf: string;
  signerPosition: string;
  /** The guidance the layout follows and the regulation its content rests on. */
  basis: string;
  /** Version 1 applies to documents dated from this day: the date of the newest instrument `basis` cites. */
  effectiveFrom: string;
}

const SMALL = 12;
const KIND_SIZE = 15;
/** Text column: A4 less the margins (30 + 15 mm). */
const HEADER_WIDTHS = [70, 95];
const CLOSING_WIDTHS = [80, 85];

const p = (runs: Run[], o: Omit<Para, 'kind' | 'runs'> = {}): Para => ({ kind: 'p', runs, ...o });
/** One centred paragraph of a single run. */
export const centre = (text: string, r: Omit<Run, 'text'> = {}, o: Omit<Para, 'kind' | 'runs'> = {}): Para => p([{ text, ...r }], { align: 'center', ...o });

/** `**bold**` spans of a line as runs. */
export function inline(line: string): Run[] {
  return line.split('**').flatMap((text, i) => (text ? [{ text, ...(i % 2 ? { bold: true } : {}) }] : []));
}

/**
 * A body line as a paragraph: justified with a first-line indent; `# ` centred in bold; a `{#list}` / `{/list}` line
 * plain (docxtemplater drops it); a line of dots to fill in by hand left as it is, not stretched.
 */
export function bodyPara(line: string): Para {
  if (line.startsWith('# ')) return centre(line.slice(2), { bold: true }, { before: 6, after: 6 });
  if (/^\{[#/][A-Za-z]+\}$/.test(line)) return p([{ text: line }]);
  if (line.startsWith('…')) return p([{ text: line }], { after: 6 });
  return p(inline(line), { align: 'both', firstLine: 10, after: 6, line: 1.1 });
}

/** What the header of a Party document says, as text or `{tags}` to fill. */
export interface PartyHeader {
  /** The upper-direct committee (upright). */
  upperBody: string;
  /** The issuing body (bold). */
  issuingBody: string;
  /** The number and symbol line ("Số …-…"). */
  number: string;
  /** Lines under the number (a letter's "V/v" summary). */
  underNumber?: Para[];
  /** The place and date line (italic). */
  placeAndDate: string;
}

/**
 * The two-column header of a Party document (Hướng dẫn 36-HD/VPTW): the upper committee, the issuing body in bold, a
 * star, the number and symbol | "ĐẢNG CỘNG SẢN VIỆT NAM" in bold underlined, the place and date in italic.
 */
export function partyHeader(h: PartyHeader): Table {
  const left: Para[] = [centre(h.upperBody), centre(h.issuingBody, { bold: true }), centre('*'), centre(h.number), ...(h.underNumber ?? [])];
  const right: Para[] = [
    centre('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: KIND_SIZE }),
    centre(h.placeAndDate, { italic: true }, { before: 12 }),
  ];
  return { kind: 'tbl', widths: HEADER_WIDTHS, rows: [[left, right]] };
}

/** The kind (QUYẾT ĐỊNH, BÁO CÁO…) and the title lines under it, centred in bold, over a short rule. */
export function kindHeading(kind: string, subject: readonly string[]): Para[] {
  return [centre(kind, { bold: true, size: KIND_SIZE }, { before: 18 }), ...subject.map((s) => centre(s, { bold: true })), centre('-----', {}, { after: 12 })];
}

/** The closing: "Nơi nhận:" and the recipients (a comma after each, a full stop after the last) | the signature block. */
export function closing(recipients: readonly string[], signature: Para[]): Table {
  const lines = recipients.map((r, i) => p([{ text: `- ${r}${i === recipients.length - 1 ? '.' : ','}`, size: SMALL }]));
  return { kind: 'tbl', widths: CLOSING_WIDTHS, rows: [[[p([{ text: 'Nơi nhận:', underline: true }]), ...lines], signature]] };
}

/**
 * The document: the two-column header (issuing body, "*", number and symbol | "ĐẢNG CỘNG SẢN VIỆT NAM", place and
 * date in italic), the kind and title centred in bold, the body, and the closing (recipients | signature block).
 */
export function layout(t: TemplateSpec): Block[] {
  const header = partyHeader({
    upperBody: '{coQuanCapTren}',
    issuingBody: '{coQuanBanHanh}',
    number: 'Số {so}-{kyHieu}',
    underNumber: t.kind ? [] : t.subject.map((s) => centre(s, { italic: true, size: SMALL })),
    placeAndDate: '{diaDanh}, {ngayVanBan}',
  });
  const heading: Para[] = t.kind ? kindHeading(t.kind, t.subject) : [centre(t.addressee ?? '', {}, { before: 18, after: 12 })];
  const signature: Para[] = [
    centre('{thayMat}', { bold: true }),
    centre('{chucVuNguoiKy}', { bold: true }),
    ...[0, 1, 2].map(() => p([])),
    centre('{nguoiKy}', { bold: true }),
  ];
  return [
    ...(t.formMark ? [p([{ text: t.formMark, italic: true, size: SMALL }], { align: 'right' })] : []),
    header,
    ...heading,
    ...t.body.map(bodyPara),
    p([]),
    closing(t.recipients, signature),
  ];
}
