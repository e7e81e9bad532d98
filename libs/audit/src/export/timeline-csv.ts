import { ACCESS_HEADERS, EVENT_HEADERS, type TimelineDocument } from './timeline-document';
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

/** UTF-8 with a BOM (so Excel reads the diacritics), CRLF line ends, times in Vietnam time. */
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
    '',
    line(EVENT_HEADERS),
    ...doc.events.map((e) =>
      line([e.seq, formatVietnamDateTime(e.occurredAt), e.label, e.actorName, e.fromState, e.toState, e.payload, e.hash]),
    ),
    '',
    line(['Nhật ký truy cập']),
    line(ACCESS_HEADERS),
    ...doc.accessLog.map((a) => line([formatVietnamDateTime(a.at), a.userName, a.action, a.reason])),
  ];
  if (doc.accessLogOmitted > 0) rows.push(line([`(còn ${doc.accessLogOmitted} lượt truy cập mới hơn không in ra)`]));
  return Buffer.from(BOM + rows.join('\r\n') + '\r\n', 'utf8');
}
