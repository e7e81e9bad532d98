import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { at, day, inSentence, text, type FieldDocs, type Fields, type Labels } from '../field-values';

export const KIEM_TRA_FIELDS: FieldDocs = {
  doiTuong: 'Tổ chức đảng, đảng viên được kiểm tra',
  loaiDoiTuong: 'Loại đối tượng kiểm tra',
  lyDo: 'Dấu hiệu vi phạm (lý do kiểm tra)',
  noiDungKiemTra: 'Nội dung kiểm tra',
  coQuanKiemTra: 'Tổ chức đảng tiến hành kiểm tra',
  ngayDeXuat: 'Ngày đề xuất kiểm tra (dd/MM/yyyy)',
  soQuyetDinh: 'Số quyết định kiểm tra',
  keHoach: 'Tóm tắt kế hoạch kiểm tra',
  doanKiemTra: 'Đoàn kiểm tra',
  ketLuan: 'Kết luận (có vi phạm, vi phạm đến mức kỷ luật, không vi phạm…)',
  noiDungKetLuan: 'Nội dung kết luận kiểm tra',
};

export function kiemTraFields(f: CaseDocumentFacts, label: Labels): Fields {
  const s = f.steps;
  return {
    doiTuong: text(at(f.input, 'subject.name')),
    loaiDoiTuong: inSentence(label.of(at(f.input, 'subject.kind'))),
    lyDo: text(f.input.reason),
    noiDungKiemTra: text(f.input.summary) ?? text(f.input.title),
    coQuanKiemTra: text(at(f.input, 'initiatingBody.name')) ?? label.of(at(f.input, 'initiatingBody.kind')),
    ngayDeXuat: day(f.input.proposedAt),
    soQuyetDinh: text(at(s.DECIDE, 'decisionRef')),
    keHoach: text(at(s.DECIDE, 'planSummary')),
    doanKiemTra: text(at(s.DECIDE, 'team')),
    ketLuan: label.of(at(s.CONCLUDE, 'outcome')),
    noiDungKetLuan: text(at(s.CONCLUDE, 'summary')),
  };
}
