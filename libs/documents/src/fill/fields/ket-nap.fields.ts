import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { at, day, text, type FieldDocs, type Fields, type Labels } from '../field-values';

const VOTE_DOCS = (who: string): Record<string, string> => ({
  ngayHop: `Ngày họp ${who} (dd/MM/yyyy)`,
  soNghiQuyet: `Số nghị quyết của ${who}`,
  tongSo: `Tổng số đảng viên chính thức của ${who} (người được tính)`,
  coMat: `Số đảng viên chính thức có mặt`,
  vangMat: `Số đảng viên chính thức vắng mặt`,
  tanThanh: `Số phiếu (ý kiến) tán thành`,
  khongTanThanh: `Số phiếu (ý kiến) không tán thành`,
  tyLe: `Tỷ lệ tán thành so với tổng số đảng viên chính thức (%)`,
});

const prefixed = (suffix: string, docs: Record<string, string>) => Object.fromEntries(Object.entries(docs).map(([k, v]) => [`${k}${suffix}`, v]));

export const KET_NAP_FIELDS: FieldDocs = {
  hoTen: 'Họ và tên người vào Đảng',
  ngaySinh: 'Ngày sinh (dd/MM/yyyy)',
  trinhDoHocVan: 'Trình độ học vấn',
  chiBo: 'Tên chi bộ',
  dangUyCoSo: 'Tên đảng ủy cơ sở',
  capUyCoThamQuyen: 'Cấp ủy có thẩm quyền quyết định kết nạp',
  nguoiGioiThieu: 'Người giới thiệu (các tên, cách nhau bằng dấu phẩy)',
  nguoiGiupDo: 'Đảng viên được phân công giúp đỡ',
  ...prefixed('ChiBo', VOTE_DOCS('chi bộ (xét kết nạp)')),
  ...prefixed('DangUy', VOTE_DOCS('đảng ủy cơ sở (xét kết nạp)')),
  ngayQuyetDinhKetNap: 'Ngày quyết định kết nạp',
  soQuyetDinhKetNap: 'Số quyết định kết nạp',
  ngayKetNap: 'Ngày tổ chức lễ kết nạp',
  ngayHetDuBi: 'Ngày hết 12 tháng dự bị',
  ...prefixed('CongNhan', VOTE_DOCS('chi bộ (xét công nhận chính thức)')),
  ngayQuyetDinhCongNhan: 'Ngày quyết định công nhận đảng viên chính thức',
  soQuyetDinhCongNhan: 'Số quyết định công nhận đảng viên chính thức',
};

/** The figures of a vote's minutes from its payload: members counted, present, absent, for and against. */
function vote(payload: unknown, suffix: string): Record<string, string | undefined> {
  if (!payload) return {};
  const members = (at(payload, 'members') as { status?: string; absent?: boolean; exempt?: boolean; transferred?: boolean }[] | undefined) ?? [];
  const full = members.filter((m) => m.status === 'FULL' && !m.exempt && !m.transferred);
  const approve = at(payload, 'tally.approve');
  const share = typeof approve === 'number' && full.length > 0 ? (Math.round((approve / full.length) * 1000) / 10).toLocaleString('vi-VN') : undefined;
  return {
    [`ngayHop${suffix}`]: day(at(payload, 'meetingDate')),
    [`soNghiQuyet${suffix}`]: text(at(payload, 'resolutionRef')),
    [`tongSo${suffix}`]: full.length ? String(full.length) : undefined,
    [`coMat${suffix}`]: full.length ? String(full.filter((m) => !m.absent).length) : undefined,
    [`vangMat${suffix}`]: full.length ? String(full.filter((m) => m.absent).length) : undefined,
    [`tanThanh${suffix}`]: text(approve),
    [`khongTanThanh${suffix}`]: text(at(payload, 'tally.reject')),
    [`tyLe${suffix}`]: share,
  };
}

export function ketNapFields(f: CaseDocumentFacts, label: Labels): Fields {
  const s = f.steps;
  const c = f.context;
  const reg = (c.registration ?? f.input) as Record<string, unknown>;
  const introducers = (c.introducers as { name?: string }[] | undefined)?.map((i) => text(i.name)).filter(Boolean);
  const competent = text(at(reg, 'competentCommittee.name')) ?? text(at(c, 'admissionDecision.committee'));
  return {
    hoTen: text(reg.fullName) ?? f.person?.fullName,
    ngaySinh: day(reg.dateOfBirth ?? f.person?.dateOfBirth),
    trinhDoHocVan: label.of(reg.educationLevel),
    chiBo: text(reg.cellName),
    dangUyCoSo: text(at(reg, 'grassrootsCommittee.name')),
    capUyCoThamQuyen: competent ?? (reg.grassrootsAuthorisedToAdmit === true ? text(at(reg, 'grassrootsCommittee.name')) : undefined),
    nguoiGioiThieu: introducers?.length ? introducers.join(', ') : text(at(s.RECORD_INTRODUCER, 'name')),
    nguoiGiupDo: text(at(c, 'mentor.mentorName')),
    ...vote(s.CELL_VOTE, 'ChiBo'),
    ...vote(s.GRASSROOTS_VOTE, 'DangUy'),
    ngayQuyetDinhKetNap: day(at(c, 'admissionDecision.decisionDate')),
    soQuyetDinhKetNap: text(at(c, 'admissionDecision.decisionRef')),
    ngayKetNap: day(c.ceremonyDate),
    ngayHetDuBi: day(c.probationEndsOn),
    ...vote(s.CELL_RECOGNITION_VOTE, 'CongNhan'),
    ngayQuyetDinhCongNhan: day(at(c, 'recognitionDecision.decisionDate')),
    soQuyetDinhCongNhan: text(at(c, 'recognitionDecision.decisionRef')),
  };
}
