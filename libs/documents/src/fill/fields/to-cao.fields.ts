import { BODY_KIND_LABELS } from '@hoso/workflows/shared/value-labels';
import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { at, day, text, type FieldDocs, type Fields, type Labels } from '../field-values';

export const TO_CAO_FIELDS: FieldDocs = {
  tieuDe: 'Tiêu đề đơn tố cáo',
  noiDungToCao: 'Tóm tắt nội dung tố cáo',
  ngayNhan: 'Ngày cơ quan có thẩm quyền nhận đơn (dd/MM/yyyy)',
  doiTuong: 'Tổ chức đảng, đảng viên bị tố cáo',
  coQuanGiaiQuyet: 'Tổ chức đảng giải quyết tố cáo',
  lyDoKhongThuLy: 'Lý do không thụ lý (theo quy định)',
  ghiChuKhongThuLy: 'Giải thích thêm về việc không thụ lý',
  soQuyetDinh: 'Số quyết định, kế hoạch giải quyết tố cáo',
  ngayQuyetDinh: 'Ngày quyết định giải quyết tố cáo',
  keHoach: 'Tóm tắt kế hoạch giải quyết',
  doanGiaiQuyet: 'Đoàn (tổ) giải quyết tố cáo',
  ketLuan: 'Kết luận (đúng, đúng một phần, sai)',
  noiDungKetLuan: 'Nội dung kết luận',
  viPhamDenMucKyLuat: '"Có" khi vi phạm đến mức phải xem xét kỷ luật',
};

export function toCaoFields(f: CaseDocumentFacts, label: Labels): Fields {
  const s = f.steps;
  return {
    tieuDe: text(f.input.title) ?? f.title,
    noiDungToCao: text(f.input.summary),
    ngayNhan: day(f.input.receivedByCompetentAt),
    doiTuong: text(at(f.input, 'subject.name')),
    coQuanGiaiQuyet: text(at(f.input, 'handlingBody.name')) ?? label.of(at(f.input, 'handlingBody.kind'), BODY_KIND_LABELS),
    lyDoKhongThuLy: label.of(at(s.NOT_ACCEPT, 'reason')),
    ghiChuKhongThuLy: text(at(s.NOT_ACCEPT, 'note')),
    soQuyetDinh: text(at(s.ACCEPT, 'decisionRef')),
    ngayQuyetDinh: day(at(s.ACCEPT, 'decidedAt')),
    keHoach: text(at(s.ACCEPT, 'planSummary')),
    doanGiaiQuyet: text(at(s.ACCEPT, 'team')),
    ketLuan: label.of(at(s.CONCLUDE, 'outcome')),
    noiDungKetLuan: text(at(s.CONCLUDE, 'summary')),
    viPhamDenMucKyLuat: label.of(at(s.CONCLUDE, 'violationToDisciplinaryLevel')),
  };
}
