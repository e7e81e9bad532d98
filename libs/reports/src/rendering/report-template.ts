// The report's Word template: the Party document layout of the documents library (Hướng dẫn 36-HD/VPTW ngày 03/4/2018
// của Văn phòng Trung ương Đảng: its header, kind and title, body paragraphs and closing, written by its docx writer)
// around the report's own body, filled by docxtemplater (report-document.ts). Built in memory, once per process.
// Tags: {upperBody} {issuingBody} {place} {day} {month} {year} {subtitle} {scope} {method} {signingFor};
// {#tables} {number} {title} {@tableXml} {#notes}{.}{/notes} {/tables}; {#reportNotes}{.}{/reportNotes}.
// The office may edit any text of the document in Word.
import { type Block, type Para, writeDocx } from '@hoso/documents/defaults/docx-writer';
import { bodyPara, centre, closing, kindHeading, partyHeader } from '@hoso/documents/defaults/template-layout';

/** A paragraph holding one tag alone: a loop's opening or closing (dropped when filled) or the raw XML of a table. */
const tagLine = (tag: string): Para => ({ kind: 'p', runs: [{ text: tag }] });
const blank: Para = { kind: 'p', runs: [] };

/** The report's blocks, tags in place. */
export function reportTemplateBlocks(): Block[] {
  return [
    partyHeader({
      upperBody: '{upperBody}',
      issuingBody: '{issuingBody}',
      // The number is written in by hand when the report is signed and registered.
      number: 'Số        -BC/………',
      placeAndDate: '{place}, ngày {day} tháng {month} năm {year}',
    }),
    ...kindHeading('BÁO CÁO', ['{subtitle}']),
    bodyPara('{scope}'),
    bodyPara('{method}'),
    tagLine('{#tables}'),
    { kind: 'p', runs: [{ text: '{number}. {title}', bold: true }], keepNext: true, firstLine: 10, before: 12, after: 6 },
    tagLine('{@tableXml}'),
    tagLine('{#notes}'),
    { kind: 'p', runs: [{ text: 'Ghi chú: {.}', italic: true, size: 12 }], align: 'both', firstLine: 10, before: 3 },
    tagLine('{/notes}'),
    tagLine('{/tables}'),
    tagLine('{#reportNotes}'),
    bodyPara('{.}'),
    tagLine('{/reportNotes}'),
    blank,
    closing(['Cấp ủy cấp trên (để báo cáo)', 'Lưu Văn phòng'], [
      centre('{signingFor}', { bold: true }),
      centre('(Ký, ghi rõ họ tên)', { italic: true }),
      blank,
      blank,
      blank,
    ]),
  ];
}

let template: Buffer | undefined;

/** The report template as a .docx (the same bytes each time). */
export function reportTemplate(): Buffer {
  template ??= writeDocx(reportTemplateBlocks(), 'Báo cáo định kỳ của cấp ủy');
  return template;
}
