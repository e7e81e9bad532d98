import type { CaseVerifyResult } from '../services/timeline-verify.service';

/** Everything an exported timeline shows, already in Vietnamese: the CSV and PDF writers only lay it out. */
export interface TimelineDocument {
  caseId: string;
  title: string;
  procedureTitle: string;
  unitName: string;
  generatedAt: Date;
  generatedBy: string;
  events: {
    seq: number;
    occurredAt: Date;
    label: string;
    actorName: string;
    fromState: string;
    toState: string;
    payload: string;
    hash: string;
  }[];
  verification: CaseVerifyResult;
  accessLog: { at: Date; userName: string; action: string; reason: string }[];
  /** Entries left out of `accessLog` (it is bounded). */
  accessLogOmitted: number;
}

export const EVENT_HEADERS = ['Thứ tự', 'Thời điểm', 'Sự kiện', 'Người thực hiện', 'Từ trạng thái', 'Đến trạng thái', 'Nội dung', 'Mã băm'];
export const ACCESS_HEADERS = ['Thời điểm', 'Người truy cập', 'Hành động', 'Lý do'];
