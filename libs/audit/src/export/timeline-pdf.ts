import PDFDocument from 'pdfkit';
import { ACCESS_HEADERS, chainHeadText, checkpointText, type TimelineDocument } from './timeline-document';
import { formatVietnamDateTime } from './vietnam-datetime';

// DejaVu Sans covers Vietnamese fully (langcover: vi 100%) and ships as TrueType in an npm package, so a fresh
// machine needs no system font. PDFKit's built-in fonts are WinAnsi only and would drop the diacritics.
export const PDF_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const PDF_FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

// Page geometry (points): the running header sits in the top margin, "Trang x/y" in the bottom one.
const PAGE = { side: 48, top: 92, bottom: 54, headerTop: 26 };
const GREY = '#555555';
const KEEP_TOGETHER = 60;
const RULE = '#999999';
const SIGNATURE_LABELS = {
  VALID: 'hợp lệ',
  BAD_SIGNATURE: 'KHÔNG hợp lệ',
  DIGEST_MISMATCH: 'danh sách đầu chuỗi KHÔNG khớp bản đã ký',
  COUNT_MISMATCH: 'số vụ việc KHÔNG khớp bản đã ký',
  UNTRUSTED_KEY: 'ký bằng khóa KHÔNG được tin cậy',
} as const;

/** The longest start of `text` that fits `width` at the current font, with an ellipsis when cut. */
function fit(pdf: PDFKit.PDFDocument, text: string, width: number): string {
  if (pdf.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (pdf.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * The auditor's PDF (A4): on every page a header naming the case (title, procedure, unit), the chain head and the
 * checkpoint it is verified against, and "Trang x/y" at the foot; then the verification, every event with its
 * content in Vietnamese (labels, names, dates; no JSON), and the access log.
 */
export function timelinePdf(doc: TimelineDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side },
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: `Nhật ký diễn biến vụ việc: ${doc.title}`, Author: doc.generatedBy, Creator: 'hoso' },
  });
  pdf.registerFont('body', PDF_FONT);
  pdf.registerFont('bold', PDF_FONT_BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = PAGE.side;
  const width = pdf.page.width - 2 * PAGE.side;

  const heading = (text: string, size = 12) => pdf.moveDown(0.7).font('bold').fontSize(size).fillColor('black').text(text, left).moveDown(0.3);
  const field = (label: string, value: string, size = 10, x = left) =>
    pdf.font('bold').fontSize(size).fillColor('black').text(`${label}: `, x, undefined, { continued: true, width: width - (x - left) }).font('body').text(value);

  pdf.font('bold').fontSize(15).text('NHẬT KÝ DIỄN BIẾN VỤ VIỆC', { align: 'center' });
  heading('Thông tin vụ việc');
  field('Mã vụ việc', doc.caseId);
  field('Tiêu đề', doc.title);
  field('Quy trình', doc.procedureTitle);
  field('Đơn vị', doc.unitName);
  field('Thời điểm xuất', `${formatVietnamDateTime(doc.generatedAt)} (giờ Việt Nam)`);
  field('Người xuất', doc.generatedBy);

  heading('Kiểm tra tính toàn vẹn');
  const v = doc.verification;
  pdf.font('bold').fontSize(10).fillColor(v.ok ? '#1b5e20' : '#b71c1c').text(v.summary, left).fillColor('black');
  field('Số sự kiện đã kiểm tra', String(v.eventsChecked));
  field('Đầu chuỗi của vụ việc khớp sự kiện cuối', v.headMatches ? 'Có' : 'Không');
  field('Sự kiện cuối của chuỗi', doc.chainHead ? `thứ ${doc.chainHead.seq}, mã băm ${doc.chainHead.hash}` : 'chưa có sự kiện');
  const c = v.checkpoint;
  field(
    'Mốc ký số đối chiếu',
    c
      ? `mã ${c.id}, lập lúc ${formatVietnamDateTime(c.takenAt)} (giờ Việt Nam), khóa ký ${c.keyId}, chữ ký ${SIGNATURE_LABELS[c.signature]}; ` +
          `đã ký đến sự kiện thứ ${c.seq}, mã băm ${c.hash}${c.present ? '' : ' (KHÔNG còn khớp với chuỗi hiện tại)'}`
      : 'chưa có mốc ký số nào bao gồm vụ việc này',
  );

  heading(`Diễn biến (${doc.events.length} sự kiện)`);
  for (const e of doc.events) {
    // An event's heading, time and state stay on one page.
    if (pdf.y + KEEP_TOGETHER > pdf.page.maxY()) pdf.addPage();
    pdf.moveDown(0.3).font('bold').fontSize(10).fillColor('black').text(`${e.seq}. ${e.label}`, left);
    pdf.font('body').fontSize(9).fillColor(GREY).text(`${formatVietnamDateTime(e.occurredAt)} · ${e.actorName}`, left + 14);
    const states = e.fromState === e.toState ? `${e.toState} (không đổi)` : `${e.fromState || 'Bắt đầu'} → ${e.toState}`;
    field('Trạng thái', states, 9, left + 14);
    for (const line of e.details) {
      const x = left + 14 + 12 * line.depth;
      if (line.value) field(line.label, line.value, 9, x);
      else pdf.font('bold').fontSize(9).fillColor('black').text(`${line.label}:`, x, undefined, { width: width - (x - left) });
    }
    pdf.font('body').fontSize(7).fillColor(GREY).text(`Mã băm: ${e.hash}`, left + 14).fillColor('black');
  }

  heading(`Nhật ký truy cập (${doc.accessLog.length + doc.accessLogOmitted} lượt)`);
  if (doc.accessLog.length === 0) pdf.font('body').fontSize(10).text('Chưa có lượt truy cập nào được ghi.', left);
  for (const a of doc.accessLog) {
    pdf.font('body').fontSize(9).text(`${formatVietnamDateTime(a.at)} · ${a.userName} · ${a.action}${a.reason ? ` · ${ACCESS_HEADERS[3]}: ${a.reason}` : ''}`, left);
  }
  if (doc.accessLogOmitted > 0) pdf.fontSize(9).text(`(còn ${doc.accessLogOmitted} lượt truy cập mới hơn không in ra)`, left);

  // Header and footer on every page, once the page count is known. lineBreak: false keeps PDFKit from wrapping
  // (and adding a page) while writing in the margins.
  const { start, count } = pdf.bufferedPageRange();
  const once = { lineBreak: false } as const;
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    let y = PAGE.headerTop;
    pdf.font('bold').fontSize(9).fillColor('black');
    pdf.text(fit(pdf, `Nhật ký diễn biến vụ việc: ${doc.title}`, width), left, y, once);
    y += 12;
    pdf.font('body').fontSize(8).fillColor(GREY);
    for (const text of [`Quy trình: ${doc.procedureTitle} · Đơn vị: ${doc.unitName}`, chainHeadText(doc), checkpointText(doc, formatVietnamDateTime)]) {
      pdf.text(fit(pdf, text, width), left, y, once);
      y += 10.5;
    }
    pdf.moveTo(left, y + 2).lineTo(left + width, y + 2).lineWidth(0.5).strokeColor(RULE).stroke();
    const footer = `Trang ${i - start + 1}/${count}`;
    pdf.font('body').fontSize(9).fillColor('black');
    pdf.text(footer, left + (width - pdf.widthOfString(footer)) / 2, pdf.page.height - PAGE.bottom / 2 - 4, once);
  }
  pdf.end();
  return done;
}
