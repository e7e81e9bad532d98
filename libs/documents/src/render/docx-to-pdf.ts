import PDFDocument from 'pdfkit';
import PizZip from 'pizzip';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { readBlocks, readMargins, type SectionMargins } from './docx-model';
import { StyleSheet } from './docx-styles';
import { PdfFlow, type Frame } from './pdf-layout';
import { child, parseXml, XmlSyntaxError, type XmlElement } from './xml-reader';

const PT_PER_MM = 72 / 25.4;
/** A4 in points. */
const A4 = { width: 595.28, height: 841.89 };

/**
 * Page margins of a Party document, in millimetres: Hướng dẫn 36-HD/VPTW (03/4/2018) of the Central Party Office
 * on the format of Party documents, "Định dạng vùng trình bày": top and bottom 20–25 mm, left 30–35 mm, right
 * 15–20 mm. A template's own margins are honoured inside these ranges; outside them they are brought to the
 * nearest bound, and a template that says nothing gets the lower bounds.
 */
export const PARTY_MARGINS_MM = {
  top: { min: 20, max: 25 },
  bottom: { min: 20, max: 25 },
  left: { min: 30, max: 35 },
  right: { min: 15, max: 20 },
} as const;

/** Page numbers: the body size, centred under the text column, from the second page on (the first is not numbered). */
const PAGE_NUMBER_SIZE_PT = 13;

export interface DocxToPdfOptions {
  /** The PDF's title (document information). */
  title?: string;
}

const invalid = (reason: 'NOT_A_ZIP' | 'NO_DOCUMENT_XML' | 'MALFORMED_XML', message: string) =>
  new DomainError(ErrorCode.DOCX_INVALID, { reason }, message);

function margins(section: SectionMargins): { top: number; bottom: number; left: number; right: number } {
  const side = (name: keyof typeof PARTY_MARGINS_MM) => {
    const { min, max } = PARTY_MARGINS_MM[name];
    const asked = section[name];
    const mm = asked === undefined ? min : Math.min(max, Math.max(min, asked / PT_PER_MM));
    return mm * PT_PER_MM;
  };
  return { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') };
}

/** The main part's path: from the package relationships, word/document.xml when they do not say. */
function mainPartPath(zip: PizZip): string {
  const rels = zip.file('_rels/.rels')?.asText();
  const target = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(rels)?.[1];
  const alt = rels && /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1];
  const path = target || alt;
  return path && zip.file(path) ? path : 'word/document.xml';
}

function readXmlPart(zip: PizZip, path: string): XmlElement | undefined {
  const file = zip.file(path);
  if (!file) return undefined;
  try {
    return parseXml(file.asText());
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw invalid('MALFORMED_XML', `Nội dung tài liệu Word bị hỏng: phần ${path} không phải XML hợp lệ.`);
    throw e;
  }
}

/**
 * Renders a DOCX (a generated Party document) to an A4 PDF with DejaVu Serif embedded, so Vietnamese prints with
 * every diacritic. The subset Party documents use: paragraphs (alignment, indents, spacing, page breaks), runs
 * (bold, italic, underline, size, capitals), line breaks and tabs, and borderless tables (the two-column header and
 * the signature block) sized by their grid. Pages are numbered at the bottom centre from the second page on.
 * Images, borders, shading, headers and footers are not drawn.
 *
 * @throws DomainError DOCX_INVALID (details.reason NOT_A_ZIP, NO_DOCUMENT_XML or MALFORMED_XML)
 */
export async function docxToPdf(docx: Buffer, options: DocxToPdfOptions = {}): Promise<Buffer> {
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    throw invalid('NOT_A_ZIP', 'Tệp không phải là tài liệu Word (.docx): không đọc được cấu trúc nén ZIP của tệp.');
  }
  const path = mainPartPath(zip);
  const document = readXmlPart(zip, path);
  if (!document) throw invalid('NO_DOCUMENT_XML', 'Tệp .docx thiếu phần nội dung chính (word/document.xml).');
  const body = child(document, 'w:body');
  if (document.name !== 'w:document' || !body) {
    throw invalid('MALFORMED_XML', `Nội dung tài liệu Word bị hỏng: phần ${path} không có thân văn bản (w:body).`);
  }
  const styles = new StyleSheet(readXmlPart(zip, 'word/styles.xml'));
  const blocks = readBlocks(body, styles);
  const m = margins(readMargins(body));

  const pdf = new PDFDocument({
    size: [A4.width, A4.height],
    margins: m,
    bufferPages: true,
    lang: 'vi-VN',
    info: { ...(options.title !== undefined ? { Title: options.title } : {}), Creator: 'hoso' },
    displayTitle: options.title !== undefined,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const frame: Frame = { left: m.left, top: m.top, width: A4.width - m.left - m.right, bottom: A4.height - m.bottom };
  const flow = new PdfFlow(pdf, frame);
  flow.blocks(blocks, frame.left, frame.width);

  const range = pdf.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const label = String(i + 1);
    pdf.font('regular').fontSize(PAGE_NUMBER_SIZE_PT);
    const w = pdf.widthOfString(label);
    // The middle of the bottom margin.
    pdf.text(label, frame.left + (frame.width - w) / 2, A4.height - m.bottom / 2 + PAGE_NUMBER_SIZE_PT / 3, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  }
  pdf.end();
  return done;
}
