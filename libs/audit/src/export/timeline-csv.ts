import { payloadText } from './payload-text';
import { ACCESS_HEADERS, checkpointText, EVENT_HEADERS, type TimelineDocument } from './timeline-document';
import { formatVietnamDateTime } from './vietnam-datetime';

const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180). A text that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, so Excel and LibreOffice show it as text.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: (string | number)[]) => cells.map(csvCell).join(',');

/**
 * UTF-8 with a BOM (so Excel reads the diacritics), CRLF line ends, times in Vietnam time. Each step's content twice:
 * as people read it (labels, names, dates), and as hashed (canonical JSON) for whoever recomputes the chain.
 */
export function timelineCsv(doc: TimelineDocument): Buffer {
  const v = doc.verification;
  const rows: string[] = [
    line(['Nhật ký diễn biến vụ việc']),
    line(['Mã vụ việc', doc.caseId]),
    line(['Tiêu đề', doc.title]),
    line(['Quy trình', doc.procedureTitle]),
    line(['Đơn vị', doc.unitName]),
    line(['Thời điểm xuất', formatVietnamDateTime(doc.generatedAt)]),
    line(['Người xuất', doc.generatedBy]),
    line(['Kết quả kiểm tra chuỗi băm', v.summary]),
    line(['Số sự kiện đã kiểm tra', v.eventsChecked]),
    // In full here (the PDF's header abbreviates them): a spreadsheet is where someone compares hashes.
    line(['Sự kiện cuối của chuỗi', doc.chainHead?.seq ?? '', doc.chainHead?.hash ?? '']),
    line(['Mốc ký số đối chiếu', checkpointText(doc, formatVietnamDateTime), v.checkpoint?.id ?? '']),
    '',
    line(EVENT_HEADERS),
    ...doc.events.map((e) =>
      line([e.seq, formatVietnamDateTime(e.occurredAt), e.label, e.actorName, e.fromState, e.toState, payloadText(e.details), e.hash, e.payloadJson]),
    ),
    '',
    line(['Nhật ký truy cập']),
    line(ACCESS_HEADERS),
    ...doc.accessLog.map((a) => line([formatVietnamDateTime(a.at), a.userName, a.action, a.reason])),
  ];
  if (doc.accessLogOmitted > 0) rows.push(line([`(còn ${doc.accessLogOmitted} lượt truy cập mới hơn không in ra)`]));
  return Buffer.from(BOM + rows.join('\r\n') + '\r\n', 'utf8');
}
