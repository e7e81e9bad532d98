import { toVietnamDate, vietnamDate } from '@hoso/kernel/legal-time';
import type { CaseDocumentFacts, DocumentUnit } from '@hoso/cases/services/case-document-facts.query';
import { day, text, type FieldDocs, type Fields } from './field-values';

/**
 * Who issues a template's document: the case unit's committee or its inspection commission; for the admission forms,
 * the cell, the grassroots committee or the committee that admits, as the admission's registration names them.
 */
export type Issuer = 'COMMITTEE' | 'INSPECTION_COMMISSION' | 'CELL' | 'GRASSROOTS_COMMITTEE' | 'ADMITTING_COMMITTEE';

export const COMMON_FIELDS: FieldDocs = {
  coQuanCapTren: 'Tên cơ quan cấp trên trực tiếp (dòng trên tên cơ quan ban hành), chữ in hoa',
  coQuanBanHanh: 'Tên cơ quan ban hành văn bản, chữ in hoa',
  so: 'Số của văn bản (để trống nếu chưa cấp số)',
  kyHieu: 'Ký hiệu: tên loại văn bản viết tắt / cơ quan ban hành viết tắt (QĐ/TU)',
  diaDanh: 'Địa danh (TP. Hồ Chí Minh)',
  ngayVanBan: 'Ngày tháng năm ban hành: "ngày 05 tháng 3 năm 2026"',
  donVi: 'Tên đơn vị của vụ việc',
  donViCapTren: 'Tên đơn vị cấp trên trực tiếp',
  tieuDeVuViec: 'Tiêu đề vụ việc',
  maVuViec: 'Mã tra cứu vụ việc (8 ký tự đầu)',
  quyTrinh: 'Tên quy trình',
  trangThai: 'Trạng thái hiện tại của vụ việc',
  ngayTiepNhan: 'Ngày tiếp nhận vụ việc (dd/MM/yyyy)',
  thayMat: 'Dòng "T/M …" của khối chữ ký',
  chucVuNguoiKy: 'Chức vụ người ký',
  nguoiKy: 'Họ tên người ký',
};

/** What the person generating a document may set: its number, date, place, signer and header lines. */
export interface DocumentOptions {
  number?: string;
  documentDate?: string;
  place?: string;
  signerName?: string;
  signerPosition?: string;
  onBehalfOf?: string;
  issuingBody?: string;
  upperBody?: string;
}

// The word naming a Party body at the head of its name, its abbreviation in a document's symbol, and the kind of
// locality it implies when the name leaves it out ("Tỉnh ủy Quảng Ninh" is the committee of the province).
const BODY_WORDS: [RegExp, string, string?][] = [
  [/^thành ủy\s*/iu, 'TU', 'thành phố'],
  [/^tỉnh ủy\s*/iu, 'TU', 'tỉnh'],
  [/^đảng ủy\s*/iu, 'ĐU'],
  [/^chi bộ\s*/iu, 'CB'],
  [/^đảng bộ\s*/iu, 'ĐB'],
];

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

/** A body's name without the word naming the body: "Thành ủy Thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh". */
export function locality(name: string): string {
  for (const [word] of BODY_WORDS) if (word.test(name)) return name.replace(word, '').trim();
  return name.trim();
}

/** The Party organisation a committee leads: "Tỉnh ủy Quảng Ninh" → "Đảng bộ tỉnh Quảng Ninh". */
function partyOrganisation(name: string): string {
  const place = locality(name);
  const implied = BODY_WORDS.find(([word]) => word.test(name))?.[2];
  const where = implied && place && !place.toLocaleLowerCase('vi').startsWith(implied) ? `${implied} ${place}` : place;
  return where ? `Đảng bộ ${where}` : 'Đảng bộ';
}

/** The abbreviation of a body in a document's symbol (TU, ĐU, CB), else the initials of its name. */
export function bodyAbbreviation(name: string): string {
  for (const [word, abbr] of BODY_WORDS) if (word.test(name)) return abbr;
  return upper(name.split(/\s+/).map((w) => w[0] ?? '').join(''));
}

/** The word naming the body alone ("Thành ủy"), as the head of a top committee's own header. */
function bodyWord(name: string): string {
  for (const [word] of BODY_WORDS) {
    const m = word.exec(name);
    if (m) return m[0].trim();
  }
  return name;
}

export interface Header {
  upper: string;
  issuing: string;
  abbreviation: string;
}

/**
 * The two header lines of a body and its abbreviation (Hướng dẫn 36-HD/VPTW: the upper body, then the issuing body in
 * bold): a ward's committee under the city reads "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH / ĐẢNG ỦY PHƯỜNG BẾN THÀNH"; a
 * committee with none above it "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH / THÀNH ỦY".
 */
export function bodyHeader(name: string, above: string | null | undefined): Header {
  return {
    upper: upper(partyOrganisation(above ?? name)),
    issuing: upper(above ? name : bodyWord(name)),
    abbreviation: bodyAbbreviation(name),
  };
}

/**
 * The header of a template's issuer for a case: its unit's committee (under the unit above it), its inspection
 * commission (under its committee), or a body the admission names (`names`: the procedure's fields chiBo,
 * dangUyCoSo, capUyCoThamQuyen); the case unit's committee when the body is not known.
 */
export function headerOf(issuer: Issuer, f: CaseDocumentFacts, names: Fields = {}): Header {
  const committee = bodyHeader(f.unit.name, f.parentUnit?.name);
  const name = (k: string) => text(names[k]);
  const other = (a: string | undefined, b: string | undefined) => (a && b && a !== b ? a : undefined);
  switch (issuer) {
    case 'INSPECTION_COMMISSION':
      return { upper: upper(f.unit.name), issuing: 'ỦY BAN KIỂM TRA', abbreviation: `UBKT${bodyAbbreviation(f.unit.name)}` };
    case 'CELL': {
      const cell = name('chiBo');
      return cell ? bodyHeader(cell, name('dangUyCoSo')) : committee;
    }
    case 'GRASSROOTS_COMMITTEE': {
      const g = name('dangUyCoSo');
      return g ? bodyHeader(g, other(name('capUyCoThamQuyen'), g) ?? other(f.topUnit.name, g)) : committee;
    }
    case 'ADMITTING_COMMITTEE': {
      const a = name('capUyCoThamQuyen');
      return a ? bodyHeader(a, other(f.topUnit.name, a)) : committee;
    }
    default:
      return committee;
  }
}

/** The place a document is dated at: the top committee's locality, "Thành phố" shortened to "TP.". */
export function placeOf(top: DocumentUnit): string | undefined {
  const p = locality(top.name).replace(/^thành phố\s+/iu, 'TP. ');
  return p || undefined;
}

/**
 * A date as a Party document prints it (36-HD/VPTW): "ngày 05 tháng 02 năm 2026" — a day below 10 and a month below 3
 * take a leading zero.
 */
export function documentDateLine(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** The fields every template has, from the case, its units, the procedure's fields and what the person chose. */
export function commonFields(
  f: CaseDocumentFacts, t: { issuer: Issuer; symbol: string; onBehalfOf: string; signerPosition: string }, procedure: Fields,
  o: DocumentOptions, date: string,
): Fields {
  const h = headerOf(t.issuer, f, procedure);
  const issuing = text(o.issuingBody) ?? h.issuing;
  return {
    coQuanCapTren: text(o.upperBody) ?? h.upper,
    coQuanBanHanh: issuing,
    so: text(o.number),
    kyHieu: `${t.symbol}/${o.issuingBody ? bodyAbbreviation(issuing) : h.abbreviation}`,
    diaDanh: text(o.place) ?? placeOf(f.topUnit),
    ngayVanBan: documentDateLine(date),
    donVi: f.unit.name,
    donViCapTren: f.parentUnit?.name,
    tieuDeVuViec: f.title,
    maVuViec: f.caseId.slice(0, 8),
    quyTrinh: f.procedureTitle,
    trangThai: f.stateLabel,
    ngayTiepNhan: day(f.receivedAt),
    thayMat: t.onBehalfOf,
    chucVuNguoiKy: t.signerPosition,
    nguoiKy: text(o.signerName),
  };
}

/** The document's date: the one given, else today in Vietnam. */
export function documentDate(o: DocumentOptions, now: Date): string {
  return o.documentDate ? vietnamDate(o.documentDate) : toVietnamDate(now);
}

