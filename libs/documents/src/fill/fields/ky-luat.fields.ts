import { DISCIPLINE_FORM_LABELS } from '@hoso/workflows';
import { BODY_KIND_LABELS } from '@hoso/workflows/shared/value-labels';
import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { at, day, inSentence, period, text, type FieldDocs, type Fields, type Labels } from '../field-values';

export const KY_LUAT_FIELDS: FieldDocs = {
  doiTuong: 'Họ tên đảng viên (tên tổ chức đảng) bị xem xét kỷ luật',
  loaiDoiTuong: 'Đảng viên chính thức / dự bị / tổ chức đảng',
  noiDungViPham: 'Tóm tắt nội dung vi phạm',
  thoiGianViPham: 'Thời gian vi phạm (từ ngày … đến ngày …)',
  coQuanQuyetDinh: 'Tổ chức đảng xem xét, quyết định kỷ luật',
  ngayHop: 'Ngày hội nghị biểu quyết (dd/MM/yyyy)',
  bienBanHop: 'Số biên bản hội nghị',
  ketQuaBieuQuyet: 'Kết quả biểu quyết (số phiếu, tỷ lệ)',
  hinhThucKyLuat: 'Hình thức kỷ luật đã quyết định hoặc được biểu quyết',
  soQuyetDinh: 'Số quyết định kỷ luật (khi đã ghi nhận)',
  ngayQuyetDinh: 'Ngày quyết định kỷ luật',
};

/** T/M line and the signer's usual post by the deciding body (the request may name others). */
const SIGNING: Record<string, [string, string]> = {
  CELL: ['T/M CHI BỘ', 'BÍ THƯ'],
  CELL_COMMITTEE: ['T/M CHI ỦY', 'BÍ THƯ'],
  PARTY_COMMITTEE: ['T/M ĐẢNG ỦY', 'BÍ THƯ'],
  STANDING_COMMITTEE: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
  INSPECTION_COMMISSION: ['T/M ỦY BAN KIỂM TRA', 'CHỦ NHIỆM'],
};

export function kyLuatFields(f: CaseDocumentFacts, label: Labels): Fields {
  const c = f.context;
  const decision = c.decision as Record<string, unknown> | undefined;
  const upper = c.upperVote as Record<string, unknown> | undefined;
  const vote = c.vote as Record<string, unknown> | undefined;
  const body = (decision?.body ?? upper?.body ?? vote?.body) as { kind?: string } | undefined;
  const form = decision?.form ?? upper?.decided ?? vote?.decided;
  const signing = body?.kind ? SIGNING[body.kind] : undefined;
  return {
    doiTuong: text(at(f.input, 'subject.name')),
    loaiDoiTuong: inSentence(label.of(at(f.input, 'subject.kind'))),
    noiDungViPham: text(at(f.input, 'violation.summary')),
    thoiGianViPham: period(at(f.input, 'violation.occurredFrom'), at(f.input, 'violation.occurredUntil'), at(f.input, 'violation.continuing')),
    coQuanQuyetDinh: label.of(body?.kind, BODY_KIND_LABELS),
    ngayHop: day(vote?.at),
    bienBanHop: text(vote?.minutesRef),
    ketQuaBieuQuyet: text(upper?.text ?? vote?.text),
    hinhThucKyLuat: label.of(form, DISCIPLINE_FORM_LABELS),
    soQuyetDinh: text(decision?.ref ?? upper?.decisionRef),
    ngayQuyetDinh: day(decision?.at ?? upper?.at),
    ...(signing ? { thayMat: signing[0], chucVuNguoiKy: signing[1] } : {}),
  };
}
