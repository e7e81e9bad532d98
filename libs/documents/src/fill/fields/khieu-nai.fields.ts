import { DISCIPLINE_FORM_LABELS } from '@hoso/workflows';
import { LEVEL_LABELS } from '@hoso/workflows/shared/value-labels';
import { COMPLAINT_BODY_KIND_LABELS } from '@hoso/workflows/khieu-nai-ky-luat/khieu-nai-ky-luat.texts';
import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { at, day, inSentence, text, type FieldDocs, type Fields, type Labels } from '../field-values';

export const KHIEU_NAI_FIELDS: FieldDocs = {
  nguoiKhieuNai: 'Đảng viên (tổ chức đảng) khiếu nại',
  loaiNguoiKhieuNai: 'Đảng viên / tổ chức đảng',
  hinhThucBiKhieuNai: 'Hình thức kỷ luật bị khiếu nại',
  coQuanDaQuyetDinh: 'Tổ chức đảng đã quyết định kỷ luật',
  ngayQuyetDinhBiKhieuNai: 'Ngày quyết định kỷ luật bị khiếu nại (dd/MM/yyyy)',
  ngayKhieuNai: 'Ngày gửi đơn khiếu nại',
  noiDungKhieuNai: 'Tóm tắt nội dung khiếu nại',
  coQuanGiaiQuyet: 'Tổ chức đảng giải quyết khiếu nại',
  ketQuaGiaiQuyet: 'Kết quả giải quyết (giữ nguyên, thay đổi, xóa hình thức kỷ luật)',
  hinhThucMoi: 'Hình thức kỷ luật sau khi giải quyết (nếu thay đổi)',
  lyDoGiaiQuyet: 'Lý do, căn cứ giải quyết',
  soQuyetDinh: 'Số quyết định giải quyết khiếu nại',
};

function body(label: Labels, b: unknown): string | undefined {
  const kind = label.of(at(b, 'kind'), COMPLAINT_BODY_KIND_LABELS);
  // The level's label without its own explanation in brackets: "Cơ sở (đảng ủy cơ sở, …)" → "cấp cơ sở".
  const level = inSentence(label.of(at(b, 'level'), LEVEL_LABELS)?.replace(/\s*\(.*\)$/, ''));
  return kind && level ? `${kind} (cấp ${level})` : kind;
}

/** The form in force after the decision: the new one, the one complained of when upheld, none when annulled. */
function newForm(decide: unknown, input: unknown, label: Labels): string | undefined {
  const outcome = at(decide, 'outcome');
  if (outcome === 'ANNULLED') return 'Không (xóa hình thức kỷ luật)';
  return label.of(at(decide, 'newForm') ?? (outcome === 'UPHELD' ? at(input, 'decision.form') : undefined), DISCIPLINE_FORM_LABELS);
}

export function khieuNaiFields(f: CaseDocumentFacts, label: Labels): Fields {
  const s = f.steps;
  return {
    nguoiKhieuNai: text(at(f.input, 'complainant.name')),
    loaiNguoiKhieuNai: inSentence(label.of(at(f.input, 'complainant.kind'))),
    hinhThucBiKhieuNai: label.of(at(f.input, 'decision.form'), DISCIPLINE_FORM_LABELS),
    coQuanDaQuyetDinh: body(label, at(f.input, 'decision.decidedBy')),
    ngayQuyetDinhBiKhieuNai: day(at(f.input, 'decision.decidedAt')),
    ngayKhieuNai: day(f.input.lodgedAt),
    noiDungKhieuNai: text(f.input.summary),
    coQuanGiaiQuyet: body(label, at(s.DECIDE, 'decidingBody') ?? f.input.lodgedWith),
    ketQuaGiaiQuyet: label.of(at(s.DECIDE, 'outcome')),
    hinhThucMoi: newForm(s.DECIDE, f.input, label),
    lyDoGiaiQuyet: text(at(s.DECIDE, 'reason')),
    soQuyetDinh: text(at(s.DECIDE, 'decisionRef')),
  };
}
