import PDFDocument from 'pdfkit';
import { ACCESS_HEADERS, type TimelineDocument } from './timeline-document';
import { formatVietnamDateTime } from './vietnam-datetime';

// DejaVu Sans covers Vietnamese fully (langcover: vi 100%) and ships as TrueType in an npm package, so a fresh
// machine needs no system font. PDFKit's built-in fonts are WinAnsi only and would drop the diacritics.
export const PDF_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const PDF_FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** An A4 PDF of the timeline, the chain verification and the access log. */
export function timelinePdf(doc: TimelineDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `Nhật ký diễn biến vụ việc ${doc.caseId}`, Author: doc.generatedBy, Creator: 'hoso' },
  });
  pdf.registerFont('body', PDF_FONT);
  pdf.registerFont('bold', PDF_FONT_BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const heading = (text: string, size = 13) => pdf.moveDown(0.6).font('bold').fontSize(size).text(text).moveDown(0.3);
  const field = (label: string, value: string) => pdf.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('body').text(value);

  heading('NHẬT KÝ DIỄN BIẾN VỤ VIỆC', 16);
  field('Mã vụ việc', doc.caseId);
  field('Tiêu đề', doc.title);
  field('Quy trình', doc.procedureTitle);
  field('Đơn vị', doc.unitName);
  field('Thời điểm xuất', `${formatVietnamDateTime(doc.generatedAt)} (giờ Việt Nam)`);
  field('Người xuất', doc.generatedBy);

  heading('Kiểm tra tính toàn vẹn');
  const v = doc.verification;
  pdf.font('body').fontSize(10).fillColor(v.ok ? '#1b5e20' : '#b71c1c').text(v.summary).fillColor('black');
  field('Số sự kiện đã kiểm tra', String(v.eventsChecked));
  field('Đầu chuỗi của vụ việc khớp sự kiện cuối', v.headMatches ? 'Có' : 'Không');
  if (v.checkpoint) field('Mốc ký số gần nhất', `${formatVietnamDateTime(v.checkpoint.takenAt)}, khóa ${v.checkpoint.keyId}`);

  heading(`Diễn biến (${doc.events.length} sự kiện)`);
  for (const e of doc.events) {
    pdf.font('bold').fontSize(10).text(`${e.seq}. ${e.label}`);
    pdf.font('body').fontSize(9).text(`${formatVietnamDateTime(e.occurredAt)} · ${e.actorName}`);
    pdf.text(`Trạng thái: ${e.fromState || '—'} → ${e.toState}`);
    if (e.payload !== '{}') pdf.fillColor('#444444').text(`Nội dung: ${e.payload}`).fillColor('black');
    pdf.fontSize(7).fillColor('#666666').text(`Mã băm: ${e.hash}`).fillColor('black').moveDown(0.4);
  }

  heading(`Nhật ký truy cập (${doc.accessLog.length + doc.accessLogOmitted} lượt)`);
  if (doc.accessLog.length === 0) pdf.font('body').fontSize(10).text('Chưa có lượt truy cập nào được ghi.');
  for (const a of doc.accessLog) {
    pdf.font('body').fontSize(9).text(`${formatVietnamDateTime(a.at)} · ${a.userName} · ${a.action}${a.reason ? ` · ${ACCESS_HEADERS[3]}: ${a.reason}` : ''}`);
  }
  if (doc.accessLogOmitted > 0) pdf.fontSize(9).text(`(còn ${doc.accessLogOmitted} lượt truy cập mới hơn không in ra)`);
  pdf.end();
  return done;
}
