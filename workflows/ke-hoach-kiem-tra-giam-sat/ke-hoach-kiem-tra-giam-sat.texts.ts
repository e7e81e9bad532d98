// Vietnamese texts of the inspection and supervision plan's forms (docs/domain/ke-hoach-kiem-tra-giam-sat.md): field
// titles beyond the shared dictionary and the item's texts, and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import type { ValueLabels } from '../shared/value-labels';
import { ITEM_FIELD_TEXTS, VALUE_LABELS_ITEM } from '../kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.texts';
import type { PlanDeadlineKey } from './ke-hoach-kiem-tra-giam-sat.events';

export const PLAN_DEADLINE_LABELS: Readonly<Record<PlanDeadlineKey, string>> = {
  ADOPTION: 'Chi bộ thông qua kế hoạch (đầu năm; cấp ủy tự đặt hạn)',
  REPORT_UP: 'Báo cáo kế hoạch lên cấp ủy cấp trên (cấp ủy tự đặt hạn)',
  YEAR_REPORT: 'Báo cáo kết quả thực hiện kế hoạch năm (cuối năm)',
};

export const ADOPTION_BY_LABELS: Readonly<Record<'VOTE' | 'MINUTES', string>> = {
  VOTE: 'Biểu quyết',
  MINUTES: 'Theo biên bản họp chi bộ',
};

export const FIELD_TEXTS_PLAN: FieldTexts = {
  ...ITEM_FIELD_TEXTS,
  'PlanInput.title': 'Tên kế hoạch',
  year: 'Năm của kế hoạch',
  purpose: 'Mục đích, yêu cầu',
  items: { title: 'Các nội dung kiểm tra, giám sát', description: 'Mỗi nội dung: loại, đối tượng, nội dung, thời gian tiến hành, người thực hiện; đánh số theo thứ tự.' },
  'PlanItemDto.kind': 'Loại nội dung',
  'PlanItemDto.subject': 'Đối tượng kiểm tra, giám sát',
  draftedOn: 'Ngày dự thảo kế hoạch',
  'RevisePlanPayload.note': 'Nội dung điều chỉnh',
  'AdoptPlanPayload.meetingDate': 'Ngày họp chi bộ thông qua',
  vote: {
    title: 'Kết quả biểu quyết',
    description: 'Để trống nếu biên bản họp ghi chi bộ thống nhất thông qua (khi đó bắt buộc số, ký hiệu biên bản). Tỷ lệ theo quy tắc KTGS.PLAN_THRESHOLD.',
  },
  counted: {
    title: 'Tổng số đảng viên được tính',
    description: 'Đảng viên chính thức của chi bộ, trừ những người không tính vào tổng số theo quy tắc VOTE.DENOMINATOR_EXCLUSIONS.',
  },
  present: 'Số đảng viên có mặt',
  approve: 'Số tán thành',
  withdrawnOn: 'Ngày rút kế hoạch',
  'WithdrawPlanPayload.reason': 'Lý do rút kế hoạch',
  reportedOn: 'Ngày báo cáo',
  periodLabel: { title: 'Kỳ báo cáo', description: 'Ví dụ: Quý I, 6 tháng đầu năm, 9 tháng.' },
  'ProgressReportPayload.note': 'Ghi chú',
  'YearReportPayload.summary': 'Tóm tắt báo cáo kết quả thực hiện kế hoạch năm',
  'PlanDeadlineMissedPayload.key': 'Thời hạn',
};

export const VALUE_LABELS_PLAN: readonly ValueLabels[] = [...VALUE_LABELS_ITEM, PLAN_DEADLINE_LABELS, ADOPTION_BY_LABELS];
