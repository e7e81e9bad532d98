// API answers as GET /statistics/{procedureId} gives them (shapes from docs/openapi.json).
import type { Answer1374, GeneralAnswer } from './normalize';
import type { OrgUnit } from './units';

export const UNITS: OrgUnit[] = [
  { id: 'u-city', parentId: null, code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL' },
  { id: 'u-bt', parentId: 'u-city', code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
  { id: 'u-sg', parentId: 'u-city', code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', level: 'GRASSROOTS' },
];

export function answer1374(from: string, to: string, unitId: string | null = null): Answer1374 {
  return {
    procedureId: 'quy-dinh-1374',
    period: { from, to, startsAt: `${from}T00:00:00+07:00`, endsBefore: `${to}T00:00:00+07:00` },
    unitId,
    view: 'AS_THEY_WERE',
    byUnit: [],
    received: { total: 61, bySource: { VOTER: 9, ELECTED_BODY: 4, CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 31, PRESS: 17 } },
    byCategory: { RESOLVED: 28, IN_PROGRESS: 11, NOT_YET_HANDLED: 0, NO_BASIS: 6, FORWARDED: 0, MOVED_TO_INSPECTION: 0, AWAITING_UNIT_REPORT: 16 },
    labels: {
      sources: {
        VOTER: 'Ý kiến của cử tri',
        ELECTED_BODY: 'Hoạt động giám sát của cơ quan dân cử',
        CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 'Phản ánh, khiếu nại, tố cáo của cán bộ, đảng viên, đoàn viên, hội viên và nhân dân',
        PRESS: 'Thông tin phản ánh của báo chí',
      },
      categories: {
        RESOLVED: 'Đã giải quyết',
        IN_PROGRESS: 'Đang giải quyết',
        NOT_YET_HANDLED: 'Chưa giải quyết',
        NO_BASIS: 'Không giải quyết do không có cơ sở',
        FORWARDED: 'Chuyển cơ quan có thẩm quyền',
        MOVED_TO_INSPECTION: 'Chuyển kiểm tra khi có dấu hiệu vi phạm',
        AWAITING_UNIT_REPORT: 'Chưa nhận được báo cáo từ đơn vị',
      },
    },
  };
}

export function answerDiscipline(from: string, to: string): GeneralAnswer {
  return {
    procedureId: 'ky-luat',
    procedureTitle: 'Thi hành kỷ luật đảng viên, tổ chức đảng',
    period: { from, to, startsAt: `${from}T00:00:00+07:00`, endsBefore: `${to}T00:00:00+07:00` },
    unitId: null,
    view: 'AS_THEY_WERE',
    byUnit: [],
    total: 7,
    byCategory: { IN_PROGRESS: 2, DISCIPLINED: 4, NO_DISCIPLINE: 1 },
    categoryLabels: { IN_PROGRESS: 'Đang xem xét', DISCIPLINED: 'Đã thi hành kỷ luật', NO_DISCIPLINE: 'Không kỷ luật' },
    dimensions: {
      form: {
        label: 'Hình thức kỷ luật',
        counts: { KHIEN_TRACH: 2, CANH_CAO: 1, KHAI_TRU: 1, NONE: 3 },
        labels: { KHIEN_TRACH: 'Khiển trách', CANH_CAO: 'Cảnh cáo', KHAI_TRU: 'Khai trừ', NONE: 'Không (chưa có hoặc không thi hành)' },
      },
    },
  };
}
