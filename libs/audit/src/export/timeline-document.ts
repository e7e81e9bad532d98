import type { CaseVerifyResult } from '../services/timeline-verify.service';
import type { PayloadLine } from './payload-text';

/** Everything an exported timeline shows, already in Vietnamese: the CSV and PDF writers only lay it out. */
export interface TimelineDocument {
  caseId: string;
  title: string;
  procedureTitle: string;
  unitName: string;
  generatedAt: Date;
  generatedBy: string;
  /** The last event of the chain (its seq and hash), null for a case without events. */
  chainHead: { seq: number; hash: string } | null;
  events: {
    seq: number;
    occurredAt: Date;
    label: string;
    actorName: string;
    fromState: string;
    toState: string;
    /** The step's content as a reader sees it (labels, names, dates). */
    details: PayloadLine[];
    /** The payload exactly as hashed (canonical JSON), for whoever recomputes the chain. */
    payloadJson: string;
    hash: string;
  }[];
  verification: CaseVerifyResult;
  accessLog: { at: Date; userName: string; action: string; reason: string }[];
  /** Entries left out of `accessLog` (it is bounded). */
  accessLogOmitted: number;
}

export const EVENT_HEADERS = [
  'Thứ tự', 'Thời điểm', 'Sự kiện', 'Người thực hiện', 'Từ trạng thái', 'Đến trạng thái', 'Nội dung', 'Mã băm', 'Dữ liệu gốc (JSON chuẩn hóa)',
];
export const ACCESS_HEADERS = ['Thời điểm', 'Người truy cập', 'Hành động', 'Lý do'];

/** A hash as a header shows it: its first and last 8 hex digits. */
export function shortHash(hash: string): string {
  return hash.length > 20 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash;
}

const SIGNATURE_TEXT: Record<NonNullable<CaseVerifyResult['checkpoint']>['signature'], string> = {
  VALID: 'chữ ký hợp lệ',
  BAD_SIGNATURE: 'chữ ký KHÔNG hợp lệ',
  DIGEST_MISMATCH: 'danh sách đầu chuỗi KHÔNG khớp bản đã ký',
  COUNT_MISMATCH: 'số vụ việc KHÔNG khớp bản đã ký',
  UNTRUSTED_KEY: 'khóa ký KHÔNG được tin cậy',
};

/** "Đầu chuỗi: sự kiện thứ 3, mã băm 1a2b3c4d…9f8e7d6c" */
export function chainHeadText(doc: TimelineDocument): string {
  return doc.chainHead ? `Đầu chuỗi: sự kiện thứ ${doc.chainHead.seq}, mã băm ${shortHash(doc.chainHead.hash)}` : 'Đầu chuỗi: chưa có sự kiện';
}

/** The checkpoint the chain is checked against, in one line: id, time (Vietnam), signing key, signature, the seq it signed. */
export function checkpointText(doc: TimelineDocument, formatTime: (d: Date) => string): string {
  const c = doc.verification.checkpoint;
  if (!c) return 'Mốc ký số: chưa có mốc nào bao gồm vụ việc này';
  return (
    `Mốc ký số ${c.id.slice(0, 8)} lúc ${formatTime(c.takenAt)}, khóa ${c.keyId}, ${SIGNATURE_TEXT[c.signature]}, ` +
    `ký đến sự kiện thứ ${c.seq}${c.present ? '' : ' (KHÔNG còn khớp)'}`
  );
}
