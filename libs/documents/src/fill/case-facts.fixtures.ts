// Cases as a document sees them, one per procedure, in the shapes the machines and payload DTOs give (typed against
// them): what the template tests and the sample pages (docs/samples) are generated from.
import type { CaseDocumentFacts, DocumentUnit } from '@hoso/cases/services/case-document-facts.query';
import type { ContextKnd } from '@hoso/workflows/ket-nap-dang-vien/ket-nap-dang-vien.types';
import type { AdmissionInput, VotePayload as AdmissionVote } from '@hoso/workflows/ket-nap-dang-vien/ket-nap-dang-vien.events';
import type { ContextKyLuat } from '@hoso/workflows/ky-luat/ky-luat.types';
import type { KyLuatInput } from '@hoso/workflows/ky-luat/ky-luat.events';
import type { ConcludePayload as Conclude1374, ClassifyPayload, ForwardPayload, NotifyPayload, Register1374Input } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import type { AcceptPayload, ConcludePayload as ConcludeToCao, NotAcceptPayload, RegisterToCaoInput } from '@hoso/workflows/to-cao/to-cao.events';
import type { ConcludeInspectionPayload, DecidePayload as DecideInspection, InspectionInput } from '@hoso/workflows/kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.events';
import type { DecideComplaintPayload, KhieuNaiInput } from '@hoso/workflows/khieu-nai-ky-luat/khieu-nai-ky-luat.events';

const CITY: DocumentUnit = { id: '00000000-0000-4000-8000-000000000001', name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL', code: 'TU-HCM' };
const WARD: DocumentUnit = { id: '00000000-0000-4000-8000-000000000002', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS', code: 'DU-BEN-THANH' };
const CELL: DocumentUnit = { id: '00000000-0000-4000-8000-000000000003', name: 'Chi bộ Khu phố 3', level: 'CELL', code: 'CB-KP3' };

function facts(procedureId: string, procedureTitle: string, unit: 'CITY' | 'WARD' | 'CELL', rest: Partial<CaseDocumentFacts>): CaseDocumentFacts {
  const at = { CITY: [CITY, null], WARD: [WARD, CITY], CELL: [CELL, WARD] } as const;
  return {
    caseId: '3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f', procedureId, procedureTitle, state: 'decided', stateLabel: 'Đã quyết định',
    title: 'Vụ việc mẫu', receivedAt: '2026-09-14T02:00:00.000Z', input: {}, context: {}, steps: {},
    unit: at[unit][0], parentUnit: at[unit][1], topUnit: CITY, person: null, ...rest,
  };
}

const admissionInput: AdmissionInput = {
  personId: '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', fullName: 'Trần Thị Ngọc Hân', dateOfBirth: '1998-02-07', educationLevel: 'UNIVERSITY',
  youthUnionInUnit: true, youthUnionMember: true, tradeUnionInUnit: false, tradeUnionMember: false, cellName: 'Chi bộ Khu phố 3',
  hasSectionCommittee: false, grassrootsCommittee: { name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' }, grassrootsAuthorisedToAdmit: false,
  competentCommittee: { name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL' }, route: 'NORMAL', listedOn: '2025-03-01',
} as AdmissionInput;

const members = (full: number, absent: number) => [
  ...Array.from({ length: full }, (_, i) => ({ id: `dv${i + 1}`, status: 'FULL' as const, ...(i < absent ? { absent: true } : {}) })),
  { id: 'dbi1', status: 'PROBATIONARY' as const },
];
const cellVote: AdmissionVote = { meetingDate: '2026-05-12', resolutionRef: '05-NQ/CB', members: members(9, 1), tally: { approve: 8, reject: 0, invalid: 0, cast: 8 } } as AdmissionVote;
const grassrootsVote: AdmissionVote = { meetingDate: '2026-06-02', resolutionRef: '21-NQ/ĐU', members: members(11, 0), tally: { approve: 10, reject: 1, invalid: 0, cast: 11 } } as AdmissionVote;
const recognitionVote = { ...cellVote, meetingDate: '2027-07-03', resolutionRef: '07-NQ/CB', members: members(10, 0), tally: { approve: 10, reject: 0, invalid: 0, cast: 10 }, proposal: 'RECOGNISE' };
const admissionContext: Partial<ContextKnd> = {
  registration: admissionInput,
  mentor: { mentorName: 'Lê Văn Phúc', assignedOn: '2025-03-05' },
  introducers: [{ key: 'gt1', kind: 'YOUTH_UNION', name: 'Ban Chấp hành Đoàn phường Bến Thành', introducedOn: '2026-04-20', recordedBy: 'u1' } as never],
  admissionDecision: { admitted: true, decisionDate: '2026-06-20', decisionRef: '1234-QĐ/TU', committee: 'Thành ủy Thành phố Hồ Chí Minh', decidedBy: 'u1' },
  ceremonyDate: '2026-07-01',
  probationEndsOn: '2027-07-01',
  recognitionDecision: { decision: 'RECOGNISE', decisionDate: '2027-07-20', decisionRef: '2345-QĐ/TU', by: 'COMPETENT_COMMITTEE', decidedBy: 'u1' },
};
const admission = facts('ket-nap-dang-vien', 'Kết nạp đảng viên', 'CELL', {
  title: 'Kết nạp: Trần Thị Ngọc Hân', input: admissionInput as never, context: admissionContext as never,
  steps: { CELL_VOTE: cellVote as never, GRASSROOTS_VOTE: grassrootsVote as never, CELL_RECOGNITION_VOTE: recognitionVote as never },
  person: { fullName: 'Trần Thị Ngọc Hân', dateOfBirth: '1998-02-07' },
});

const input1374: Register1374Input = {
  title: 'Phản ánh cán bộ phường nhận tiền khi cấp phép xây dựng', source: 'PRESS', channel: 'PUBLICATION',
  summary: 'Báo Tuổi Trẻ phản ánh cán bộ địa chính phường nhận tiền của người dân khi hướng dẫn hồ sơ cấp phép xây dựng.', receivedAt: '2026-09-14T02:00:00.000Z',
  publishedAt: '2026-09-13T23:00:00.000Z', publication: 'Báo Tuổi Trẻ',
} as Register1374Input;
const classify: ClassifyPayload = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Ông Phạm Văn Tâm, cán bộ địa chính phường', isParty: true, managedBy: 'LOWER_COMMITTEE' } } as ClassifyPayload;
const forward: ForwardPayload = { target: 'STATE_BODY', bodyName: 'Thanh tra Thành phố Hồ Chí Minh', note: 'Đề nghị báo cáo kết quả trước ngày 30/11/2026.' } as ForwardPayload;
const conclude1374: Conclude1374 = {
  finding: 'PARTLY_FOUNDED', summary: 'Có cơ sở xác định cán bộ nhận 5 triệu đồng; không có cơ sở về việc gây khó khăn có hệ thống.',
  measures: { party: ['Đề nghị chi bộ xem xét kỷ luật đảng viên Phạm Văn Tâm'], government: ['Điều chuyển khỏi vị trí tiếp nhận hồ sơ'], massOrganisation: [] },
};
const notify: NotifyPayload = { audiences: ['REPORTER', 'UNIT'], summary: 'Kết quả được thông báo cho cơ quan báo chí và đơn vị có liên quan.' } as NotifyPayload;
const q1374 = facts('quy-dinh-1374', 'Quy định 1374-QĐ/TU', 'CITY', {
  title: input1374.title, input: input1374 as never, steps: { CLASSIFY: classify as never, FORWARD: forward as never, CONCLUDE: conclude1374 as never, NOTIFY: notify as never },
});

const toCaoInput: RegisterToCaoInput = {
  title: 'Tố cáo Bí thư chi bộ Khu phố 3', summary: 'Đồng chí Bí thư chi bộ sử dụng kinh phí sinh hoạt chi bộ sai mục đích.', channel: 'LETTER',
  receivedByCompetentAt: '2026-08-03T01:30:00.000Z', handlingBody: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS', name: 'Ủy ban Kiểm tra Đảng ủy phường Bến Thành' },
  subject: { kind: 'PERSON', name: 'Đồng chí Võ Minh Khang, Bí thư Chi bộ Khu phố 3' },
} as RegisterToCaoInput;
const notAccept: NotAcceptPayload = { reason: 'NO_ADDRESS', note: 'Đơn không ghi địa chỉ người tố cáo, không xác minh được người gửi.' };
const accept: AcceptPayload = { decisionRef: '12-QĐ/UBKT', decidedAt: '2026-08-20', planSummary: 'thẩm tra, xác minh trong 60 ngày, làm việc với người tố cáo và người bị tố cáo', team: 'Tổ giải quyết tố cáo gồm 3 đồng chí' } as AcceptPayload;
const concludeToCao: ConcludeToCao = { outcome: 'PARTLY_TRUE', summary: 'Sử dụng 4,5 triệu đồng kinh phí chi bộ chưa đúng quy định; đã hoàn trả.', violationToDisciplinaryLevel: true };
const toCao = facts('to-cao', 'Giải quyết tố cáo', 'WARD', { title: toCaoInput.title, input: toCaoInput as never, steps: { NOT_ACCEPT: notAccept as never, ACCEPT: accept as never, CONCLUDE: concludeToCao as never } });

const inspectionInput: InspectionInput = {
  subject: { kind: 'FULL_MEMBER', name: 'Nguyễn Hoàng Long', isParty: true }, reason: 'Có dấu hiệu vi phạm quy định về kê khai tài sản, thu nhập',
  summary: 'Việc kê khai tài sản, thu nhập năm 2025', initiatingBody: { kind: 'INSPECTION_COMMISSION', name: 'Ủy ban Kiểm tra Thành ủy' }, proposedAt: '2026-07-10',
} as InspectionInput;
const decideInspection: DecideInspection = { decisionRef: '45-QĐ/UBKTTU', planSummary: 'kiểm tra trong 45 ngày kể từ ngày công bố quyết định', team: 'Đoàn kiểm tra số 2' };
const concludeInspection: ConcludeInspectionPayload = { outcome: 'VIOLATION_DISCIPLINE', summary: 'Không kê khai một thửa đất 120 m² tại phường Thủ Thiêm.' } as ConcludeInspectionPayload;
const inspection = facts('kiem-tra-dau-hieu-vi-pham', 'Kiểm tra khi có dấu hiệu vi phạm', 'CITY', {
  title: 'Kiểm tra: Nguyễn Hoàng Long', input: inspectionInput as never, steps: { DECIDE: decideInspection as never, CONCLUDE: concludeInspection as never },
});

const kyLuatInput: KyLuatInput = {
  subject: { kind: 'FULL_MEMBER', name: 'Phạm Văn Tâm' },
  violation: { summary: 'Nhận tiền của người dân khi hướng dẫn hồ sơ cấp phép xây dựng', occurredFrom: '2026-03-02', occurredUntil: '2026-06-30', continuing: false },
  evidenceRefs: ['KL-15/UBKT'], source: { procedureId: 'quy-dinh-1374' }, concludedAt: '2026-10-01',
} as KyLuatInput;
const kyLuatContext: Partial<ContextKyLuat> = {
  input: kyLuatInput,
  vote: {
    forms: ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH'], decided: 'CANH_CAO', steps: [], denominator: 7,
    counts: { denominator: 7, present: 7, absentCounted: 0, excluded: {} as never }, text: 'Quyết định hình thức Cảnh cáo: 5/7 phiếu, cần 4',
    basis: { thresholds: {}, quorum: null, exclusions: [] }, body: { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }, minutesRef: '09-BB/ĐU', at: '2026-11-02',
    ballot: {} as never, authority: {} as never,
  },
};
const kyLuat = facts('ky-luat', 'Kỷ luật', 'WARD', { title: 'Kỷ luật: Phạm Văn Tâm', input: kyLuatInput as never, context: kyLuatContext as never });

const complaintInput: KhieuNaiInput = {
  complainant: { kind: 'MEMBER', name: 'Phạm Văn Tâm' },
  decision: { form: 'CANH_CAO', decidedBy: { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }, decidedAt: '2026-11-05' },
  lodgedAt: '2026-11-20', lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'PROVINCIAL' }, onBehalfOfAnother: false,
  summary: 'Đảng viên cho rằng hình thức cảnh cáo là quá nặng so với mức độ vi phạm và đã khắc phục hậu quả.',
} as KhieuNaiInput;
const decideComplaint: DecideComplaintPayload = {
  outcome: 'CHANGED', newForm: 'KHIEN_TRACH', decidingBody: { kind: 'INSPECTION_COMMISSION', level: 'PROVINCIAL' }, decisionRef: '88-QĐ/UBKTTU',
  reason: 'Đảng viên đã chủ động khắc phục hậu quả, thành khẩn nhận khuyết điểm.',
} as DecideComplaintPayload;
const complaint = facts('khieu-nai-ky-luat', 'Giải quyết khiếu nại kỷ luật', 'CITY', {
  title: 'Khiếu nại kỷ luật: Phạm Văn Tâm', input: complaintInput as never, steps: { DECIDE: decideComplaint as never },
});

/** For each default template: the case it is generated from, and text the document must then hold. */
export const TEMPLATE_FIXTURES: Readonly<Record<string, { facts: CaseDocumentFacts; expect: string[] }>> = {
  'ket-nap.nghi-quyet-chi-bo': {
    facts: admission,
    expect: ['ĐẢNG BỘ PHƯỜNG BẾN THÀNH', 'CHI BỘ KHU PHỐ 3', 'Số …………-NQ/CB', 'Mẫu 6-KNĐ', 'NGHỊ QUYẾT', 'Ngày 12/05/2026, Chi bộ Khu phố 3', 'quần chúng Trần Thị Ngọc Hân, sinh ngày 07/02/1998',
      'Tổng số đảng viên chính thức của chi bộ: 9 đồng chí; có mặt: 8 đồng chí; vắng mặt: 1 đồng chí', 'là 8/9 đồng chí, đạt 88,9%', 'Ban Chấp hành Đoàn phường Bến Thành', 'T/M CHI BỘ'],
  },
  'ket-nap.nghi-quyet-dang-uy': {
    facts: admission,
    expect: ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'ĐẢNG ỦY PHƯỜNG BẾN THÀNH', '-NQ/ĐU', 'Mẫu 8-KNĐ', 'Ngày 02/06/2026, Đảng ủy phường Bến Thành', 'Nghị quyết số 05-NQ/CB của Chi bộ Khu phố 3',
      'là 10/11 đồng chí, đạt 90,9%; không tán thành: 1 đồng chí', 'Đảng ủy đề nghị Thành ủy Thành phố Hồ Chí Minh xem xét'],
  },
  'ket-nap.quyet-dinh-ket-nap': {
    facts: admission,
    expect: ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'THÀNH ỦY', '-QĐ/TU', 'Mẫu 9-KNĐ', 'QUYẾT ĐỊNH', 'BAN THƯỜNG VỤ THÀNH ỦY', 'Nghị quyết số 05-NQ/CB của Chi bộ Khu phố 3 và Nghị quyết số 21-NQ/ĐU',
      'Kết nạp quần chúng Trần Thị Ngọc Hân, sinh ngày 07/02/1998, vào Đảng Cộng sản Việt Nam', 'T/M BAN THƯỜNG VỤ'],
  },
  'ket-nap.nghi-quyet-chi-bo-cong-nhan': {
    facts: admission,
    expect: ['Mẫu 13-KNĐ', 'Ngày 03/07/2027, Chi bộ Khu phố 3', 'kết nạp vào Đảng ngày 01/07/2026', '(đồng chí Lê Văn Phúc)', 'là 10/10 đồng chí, đạt 100%', 'kể từ ngày 01/07/2027'],
  },
  'ket-nap.nghi-quyet-dang-uy-cong-nhan': {
    facts: admission,
    expect: ['Mẫu 15-KNĐ', 'ĐẢNG ỦY PHƯỜNG BẾN THÀNH', 'Nghị quyết số 07-NQ/CB của Chi bộ Khu phố 3', 'Đảng ủy đề nghị Thành ủy Thành phố Hồ Chí Minh xem xét, quyết định công nhận đồng chí Trần Thị Ngọc Hân'],
  },
  'ket-nap.quyet-dinh-cong-nhan': {
    facts: admission,
    expect: ['Mẫu 16-KNĐ', 'THÀNH ỦY', '-QĐ/TU', 'Công nhận đồng chí Trần Thị Ngọc Hân, sinh ngày 07/02/1998, kết nạp vào Đảng ngày 01/07/2026, là đảng viên chính thức kể từ ngày 01/07/2027'],
  },
  '1374.cong-van-chuyen': {
    facts: q1374,
    expect: ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'THÀNH ỦY', '-CV/TU', 'V/v chuyển thông tin phản ánh', 'Kính gửi: Thanh tra Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh, ngày',
      'Ngày 14/09/2026, Thành ủy Thành phố Hồ Chí Minh tiếp nhận', 'nguồn: Thông tin phản ánh của báo chí', 'hình thức tiếp nhận: Báo chí, xuất bản phẩm', 'Ông Phạm Văn Tâm, cán bộ địa chính phường',
      'Đề nghị báo cáo kết quả trước ngày 30/11/2026.', 'T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG'],
  },
  '1374.thong-bao-ket-qua': {
    facts: q1374,
    expect: ['THÔNG BÁO', '-TB/TU', 'kết quả giải quyết thông tin phản ánh', '1. Kết luận: Có cơ sở một phần.', '- Về Đảng: Đề nghị chi bộ xem xét kỷ luật đảng viên Phạm Văn Tâm',
      '- Về chính quyền: Điều chuyển khỏi vị trí tiếp nhận hồ sơ', 'Kết quả được thông báo cho cơ quan báo chí'],
  },
  'to-cao.thong-bao-thu-ly': {
    facts: toCao,
    expect: ['ĐẢNG ỦY PHƯỜNG BẾN THÀNH', 'ỦY BAN KIỂM TRA', '-TB/UBKTĐU', 'về việc thụ lý giải quyết tố cáo', 'Ngày 03/08/2026, Ủy ban Kiểm tra Đảng ủy phường Bến Thành nhận được đơn tố cáo',
      'Quyết định số 12-QĐ/UBKT ngày 20/08/2026', 'Tổ giải quyết tố cáo gồm 3 đồng chí', 'T/M ỦY BAN KIỂM TRA', 'CHỦ NHIỆM'],
  },
  'to-cao.thong-bao-khong-thu-ly': {
    facts: toCao,
    expect: ['về việc không thụ lý giải quyết tố cáo', 'Lý do: Tố cáo không rõ địa chỉ.', 'Đơn không ghi địa chỉ người tố cáo'],
  },
  'to-cao.thong-bao-ket-luan': {
    facts: toCao,
    expect: ['kết luận giải quyết tố cáo', '1. Nội dung tố cáo: Tố cáo đúng một phần.', 'Sử dụng 4,5 triệu đồng kinh phí chi bộ', '3. Vi phạm đến mức phải xem xét kỷ luật: Có.'],
  },
  'kiem-tra.quyet-dinh-kiem-tra': {
    facts: inspection,
    expect: ['ỦY BAN KIỂM TRA THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', '-QĐ/UBKTTU', 'Kiểm tra đảng viên chính thức Nguyễn Hoàng Long khi có dấu hiệu vi phạm',
      'Xét dấu hiệu vi phạm: Có dấu hiệu vi phạm quy định về kê khai tài sản, thu nhập', 'Thành lập Đoàn kiểm tra số 2'],
  },
  'kiem-tra.ket-luan-kiem-tra': {
    facts: inspection,
    expect: ['KẾT LUẬN', '-KL/UBKTTU', 'Quyết định số 45-QĐ/UBKTTU', '1. Kết quả kiểm tra: Có vi phạm đến mức phải xem xét, xử lý kỷ luật.', 'thửa đất 120 m²'],
  },
  'ky-luat.quyet-dinh-ky-luat': {
    facts: kyLuat,
    expect: ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'ĐẢNG ỦY PHƯỜNG BẾN THÀNH', '-QĐ/ĐU', 'thi hành kỷ luật đảng viên', 'Ban Thường vụ cấp ủy tại hội nghị ngày 02/11/2026 (biên bản số 09-BB/ĐU)',
      'Quyết định hình thức Cảnh cáo: 5/7 phiếu', 'bằng hình thức Cảnh cáo đối với đảng viên chính thức Phạm Văn Tâm', 'từ ngày 02/03/2026 đến ngày 30/06/2026', 'T/M BAN THƯỜNG VỤ'],
  },
  'khieu-nai.quyet-dinh-giai-quyet': {
    facts: complaint,
    expect: ['ỦY BAN KIỂM TRA', 'giải quyết khiếu nại kỷ luật đảng', 'đơn khiếu nại ngày 20/11/2026 của đảng viên Phạm Văn Tâm', 'hình thức Cảnh cáo của Ban Thường vụ cấp ủy (cấp cơ sở) ngày 05/11/2026',
      'Thay đổi hình thức kỷ luật. Hình thức kỷ luật sau khi giải quyết khiếu nại: Khiển trách.', 'Đảng viên đã chủ động khắc phục hậu quả'],
  },
};
