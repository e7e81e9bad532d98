import { MigrationInterface, QueryRunner } from 'typeorm';

// Admission of new members (issue 13; ../shared/domain/changes-2026.md §3.3, §3.8, §3.11, §4 K4–K14, §7): every legal
// value the admission procedure reads is a rule row with its basis, source and confidence, dated by the instrument it
// comes from — 29-QĐ/TW (25/7/2016), 24-QĐ/TW (30/7/2021), 232-QĐ/TW (20/1/2025), 294-QĐ/TW (in force 1/7/2025),
// 06-HD/TW (9/6/2025; its own date in force not found), 12-HD/BTCTW (18/1/2022) — each older row ending where the
// next version starts. Where a pre-2025 value is not known the row is NOT_FOUND (value and data NULL): the step is
// refused until a committee confirms a value, never guessed. The 2026 generation (208-QĐ/TW…) is not applied here.
//
// Seed repair (not a change of law): the C.* rows of 1795246700000-LegalTimeData started on 26/5/2025, the day 294 was
// signed; 294 is in force from 1/7/2025 [39], so they now start on 1/7/2025 and 232's versions cover 20/1–30/6/2025.
// The 232 row of C.READMIT_MIN_GAP gets its end (294's version follows).

/** At least two thirds of the counted members (voting library's FRACTION: numerator/denominator, not strict). */
const TWO_THIRDS = { numerator: 2, denominator: 3, strict: false };

/** Leaving reasons that bar readmission (codes of the admission input's priorLeavingReason). */
const NO_READMISSION = { items: ['SELF_ABANDONED_ACTIVITY', 'APPLIED_TO_LEAVE', 'SERIOUS_DISUNITY', 'CORRUPTION_CONVICTION', 'SERIOUS_CRIME'] };

/** Education levels that meet the standard (codes of the admission input's educationLevel). */
const EDUCATION = { items: ['LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'POSTGRADUATE'] };

/** Who decides admission, by route and the competent committee's level (29-QĐ/TW §4.3.2 [24]). */
const DECIDING_BODY = {
  rows: [
    { route: 'GRASSROOTS_AUTHORISED', body: 'PARTY_COMMITTEE', label: 'Tập thể đảng ủy cơ sở được ủy quyền kết nạp đảng viên' },
    { route: 'COMPETENT_COMMITTEE', level: 'UPPER_GRASSROOTS', body: 'STANDING_COMMITTEE', label: 'Ban Thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng' },
    { route: 'COMPETENT_COMMITTEE', level: 'PROVINCIAL', body: 'STANDING_OFFICE', label: 'Thường trực cấp ủy và các ủy viên ban thường vụ là trưởng các ban đảng cùng cấp' },
  ],
};

/** The forms each step requires (stage, any of codes, how many, stamped across pages, condition). */
const FORMS_KND = {
  rows: [
    { stage: 'verification', codes: ['2-KNĐ'], count: 'ONE', stamped: true },
    { stage: 'cellVote', codes: ['CN-NTVĐ'], count: 'ONE' },
    { stage: 'cellVote', codes: ['1-KNĐ'], count: 'ONE' },
    { stage: 'cellVote', codes: ['2-KNĐ'], count: 'ONE', stamped: true },
    { stage: 'cellVote', codes: ['3-KNĐ'], count: 'PER_MEMBER_INTRODUCER' },
    { stage: 'cellVote', codes: ['4-KNĐ', '4A-KNĐ'], count: 'ONE', when: 'UNION_INTRODUCED' },
    { stage: 'cellVote', codes: ['5-KNĐ'], count: 'ONE' },
    { stage: 'grassrootsVote', codes: ['6-KNĐ'], count: 'ONE' },
    { stage: 'grassrootsVote', codes: ['7-KNĐ'], count: 'ONE', when: 'SECTION_COMMITTEE' },
    { stage: 'admissionDecision', codes: ['8-KNĐ'], count: 'ONE' },
    { stage: 'recognitionVote', codes: ['10-KNĐ'], count: 'ONE' },
    { stage: 'recognitionVote', codes: ['11-KNĐ'], count: 'ONE' },
    { stage: 'recognitionVote', codes: ['12-KNĐ'], count: 'ONE' },
    { stage: 'recognitionVote', codes: ['LLCT-DVM'], count: 'ONE' },
    { stage: 'strikeOffVote', codes: ['10-KNĐ'], count: 'ONE' },
    { stage: 'strikeOffVote', codes: ['11-KNĐ'], count: 'ONE' },
    { stage: 'strikeOffVote', codes: ['12-KNĐ'], count: 'ONE' },
    { stage: 'recognitionDecision', codes: ['13-KNĐ'], count: 'ONE' },
    { stage: 'recognitionDecision', codes: ['14-KNĐ'], count: 'ONE', when: 'SECTION_COMMITTEE' },
    { stage: 'recognitionDecision', codes: ['15-KNĐ'], count: 'ONE' },
  ],
};

interface Row {
  id: string;
  key: string;
  value: number | null;
  /** FRACTION {numerator, denominator, strict}, LIST {items}, TABLE {rows}. */
  data?: unknown;
  unit: string;
  startConvention: string;
  startEvent: string;
  extensionValue: number | null;
  extensionMaxCount: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The register's code (1795301800000-DatedRules); null for a guidance not in the register. */
  instrument: string | null;
  sourceRef: string;
  confidence: string;
  legalBasis: string;
  description: string;
}

export const ADMISSION_RULES: readonly Row[] = [
  {
    id: 'c0ad0000-2100-4000-8000-000000000001', key: 'C.DECISION_ADMIT', value: 60, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày chi bộ có nghị quyết đề nghị kết nạp', extensionValue: 30, extensionMaxCount: 1,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[24]', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.3.1',
    description: 'Cấp ủy có thẩm quyền xem xét, quyết định kết nạp (gia hạn một lần)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000002', key: 'C.DECISION_ADMIT', value: 60, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày chi bộ có nghị quyết đề nghị kết nạp', extensionValue: 30, extensionMaxCount: 1,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '[24][23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.3.1 (giá trị như 29-QĐ/TW và 232-QĐ/TW)',
    description: 'Cấp ủy có thẩm quyền xem xét, quyết định kết nạp: giá trị suy ra, giống văn bản trước và sau',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000003', key: 'C.DECISION_ADMIT', value: 60, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày chi bộ có nghị quyết đề nghị kết nạp', extensionValue: 30, extensionMaxCount: 1,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.3.1 (nguồn bị cắt)',
    description: 'Cấp ủy có thẩm quyền xem xét, quyết định kết nạp (gia hạn một lần)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000004', key: 'C.CEREMONY', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận quyết định kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[25]', confidence: 'INFERRED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.1',
    description: 'Tổ chức lễ kết nạp: nguồn [25] nói về §4.1 nhưng không trích số ngày; giá trị suy ra từ 232-QĐ/TW',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000005', key: 'C.CEREMONY', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận quyết định kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '[23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.1',
    description: 'Tổ chức lễ kết nạp: giá trị suy ra từ 232-QĐ/TW',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000006', key: 'C.CEREMONY', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận quyết định kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.1',
    description: 'Tổ chức lễ kết nạp; quá thời hạn phải được cấp ủy cấp trên trực tiếp đồng ý',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000007', key: 'C.PROBATION', value: 12, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày lễ kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: 'S49', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 ; Điều lệ Đảng, Điều 5',
    description: 'Thời gian dự bị (Điều lệ Đảng, Điều 5)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000008', key: 'C.PROBATION', value: 12, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày lễ kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: 'S49', confidence: 'STATED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 ; Điều lệ Đảng, Điều 5',
    description: 'Thời gian dự bị (Điều lệ Đảng, Điều 5)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000009', key: 'C.PROBATION', value: 12, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày lễ kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: 'S49', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 ; Điều lệ Đảng, Điều 5',
    description: 'Thời gian dự bị (Điều lệ Đảng, Điều 5)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000010', key: 'C.RECOGNITION_CELL', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày đảng viên hết 12 tháng dự bị', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[25]', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.2',
    description: 'Chi bộ xét công nhận đảng viên chính thức',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000011', key: 'C.RECOGNITION_CELL', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày đảng viên hết 12 tháng dự bị', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: 'S34', confidence: 'STATED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.2',
    description: 'Chi bộ xét công nhận đảng viên chính thức',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000012', key: 'C.RECOGNITION_CELL', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày đảng viên hết 12 tháng dự bị', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.2',
    description: 'Chi bộ xét công nhận đảng viên chính thức: giá trị suy ra, giống văn bản trước và sau',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000013', key: 'C.DECISION_RECOGNISE', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày chi bộ có nghị quyết đề nghị công nhận', extensionValue: 30, extensionMaxCount: 1,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[24]', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.3',
    description: 'Cấp ủy có thẩm quyền quyết định công nhận đảng viên chính thức (gia hạn một lần)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000014', key: 'C.DECISION_RECOGNISE', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày chi bộ có nghị quyết đề nghị công nhận', extensionValue: 30, extensionMaxCount: 1,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '[24]', confidence: 'INFERRED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.3',
    description: 'Cấp ủy có thẩm quyền quyết định công nhận đảng viên chính thức: giá trị suy ra từ 29-QĐ/TW',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000015', key: 'C.DECISION_RECOGNISE', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày chi bộ có nghị quyết đề nghị công nhận', extensionValue: 30, extensionMaxCount: 1,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.3',
    description: 'Cấp ủy có thẩm quyền quyết định công nhận đảng viên chính thức: giá trị suy ra từ 29-QĐ/TW',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000016', key: 'C.INTRODUCER_COWORK', value: null, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày bắt đầu cùng công tác, học tập, cư trú', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Người giới thiệu cùng công tác, học tập, cư trú với người vào Đảng: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000017', key: 'C.INTRODUCER_COWORK', value: 12, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày bắt đầu cùng công tác, học tập, cư trú', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: 'S44', confidence: 'STATED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §3.2',
    description: 'Người giới thiệu phải cùng công tác, học tập, cư trú với người vào Đảng',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000018', key: 'C.INTRODUCER_COWORK', value: 12, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày bắt đầu cùng công tác, học tập, cư trú', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: 'S44', confidence: 'INFERRED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §3.2',
    description: 'Người giới thiệu cùng công tác, học tập, cư trú: giá trị suy ra, giống văn bản trước và sau',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000019', key: 'C.READMIT_MIN_GAP', value: null, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày ra khỏi Đảng', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Khoảng cách tối thiểu để xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000020', key: 'C.READMIT_MIN_GAP', value: null, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày ra khỏi Đảng', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Khoảng cách tối thiểu để xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000021', key: 'C.READMIT_MIN_GAP', value: 36, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày ra khỏi Đảng', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[40]', confidence: 'INFERRED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §3.5.1',
    description: 'Khoảng cách tối thiểu để xét kết nạp lại: giá trị của 232-QĐ/TW, nguồn [40] về 294 không trích số tháng',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000022', key: 'C.CERT_VALIDITY', value: 60, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày cấp giấy chứng nhận', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2025-06-09', instrument: null, sourceRef: 'S48', confidence: 'STATED',
    legalBasis: 'Hướng dẫn thi hành Điều lệ Đảng trước 06-HD/TW (01-HD/TW); nguồn cũ ghi "5 năm"',
    description: 'Giá trị giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (nguồn cũ: 5 năm)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000023', key: 'C.MEMBER_RECORD', value: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày lễ kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2022-01-18', instrument: null, sourceRef: 'S52', confidence: 'NOT_FOUND',
    legalBasis: 'Hướng dẫn 09-HD/BTCTW (2017) và trước',
    description: 'Đảng viên khai lý lịch đảng viên: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000024', key: 'C.MEMBER_RECORD', value: 30, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày lễ kết nạp', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2022-01-18', effectiveTo: '2025-06-09', instrument: '12-HD/BTCTW', sourceRef: '[14][31]', confidence: 'UNVERIFIED',
    legalBasis: 'Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 §2.2',
    description: 'Đảng viên khai lý lịch đảng viên (chỉ biết qua nguồn [14])',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000025', key: 'C.AGE_MIN', value: null, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Tuổi tối thiểu khi chi bộ xét kết nạp: đủ 18 tuổi, tính theo tháng: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000026', key: 'C.AGE_MIN', value: null, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Tuổi tối thiểu khi chi bộ xét kết nạp: đủ 18 tuổi, tính theo tháng: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000027', key: 'C.AGE_MIN', value: 216, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[28]', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §1.1',
    description: 'Tuổi tối thiểu khi chi bộ xét kết nạp: đủ 18 tuổi, tính theo tháng',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000028', key: 'C.AGE_MIN', value: 216, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[14][28]', confidence: 'INFERRED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §1.1.1',
    description: 'Tuổi tối thiểu khi chi bộ xét kết nạp: đủ 18 tuổi, tính theo tháng (giá trị như 232-QĐ/TW; 294 chỉ biết qua nguồn [14])',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000029', key: 'C.AGE_MAX', value: null, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Tuổi tối đa khi chi bộ xét kết nạp: đủ 60 tuổi, tính theo tháng (trên tuổi này do cấp ủy trực thuộc Trung ương xem xét): chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000030', key: 'C.AGE_MAX', value: null, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Tuổi tối đa khi chi bộ xét kết nạp: đủ 60 tuổi, tính theo tháng (trên tuổi này do cấp ủy trực thuộc Trung ương xem xét): chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000031', key: 'C.AGE_MAX', value: 720, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[28]', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §1.1',
    description: 'Tuổi tối đa khi chi bộ xét kết nạp: đủ 60 tuổi, tính theo tháng (trên tuổi này do cấp ủy trực thuộc Trung ương xem xét)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000032', key: 'C.AGE_MAX', value: 720, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[14][28]', confidence: 'INFERRED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §1.1.1',
    description: 'Tuổi tối đa khi chi bộ xét kết nạp: đủ 60 tuổi, tính theo tháng (trên tuổi này do cấp ủy trực thuộc Trung ương xem xét) (giá trị như 232-QĐ/TW; 294 chỉ biết qua nguồn [14])',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000033', key: 'C.YOUTH_AGE_MIN', value: 192, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2011-01-19', effectiveTo: null, instrument: 'Điều lệ Đảng', sourceRef: 'S43', confidence: 'INFERRED',
    legalBasis: 'Điều lệ Đảng, Điều 4 §1 (độ tuổi thanh niên); Điều lệ Đoàn TNCS Hồ Chí Minh: từ 16 tuổi',
    description: 'Độ tuổi thanh niên (người vào Đảng phải là đoàn viên, do Ban Chấp hành Đoàn giới thiệu): từ đủ 16 tuổi, suy ra từ Điều lệ Đoàn',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000034', key: 'C.YOUTH_AGE_MAX', value: 371, unit: 'MONTHS', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2011-01-19', effectiveTo: null, instrument: 'Điều lệ Đảng', sourceRef: 'S43', confidence: 'INFERRED',
    legalBasis: 'Điều lệ Đảng, Điều 4 §1 (độ tuổi thanh niên); Điều lệ Đoàn TNCS Hồ Chí Minh: đến 30 tuổi',
    description: 'Độ tuổi thanh niên: đến hết 30 tuổi 11 tháng (số tháng tuổi tròn lớn nhất còn là thanh niên), suy ra từ Điều lệ Đoàn',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000035', key: 'C.READMIT_AFTER_EXPUNGED', value: null, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày được xóa án tích', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Kết nạp lại người bị kết án về tội ít nghiêm trọng: thời gian sau khi được xóa án tích: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000036', key: 'C.READMIT_AFTER_EXPUNGED', value: null, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày được xóa án tích', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Kết nạp lại người bị kết án về tội ít nghiêm trọng: thời gian sau khi được xóa án tích: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000037', key: 'C.READMIT_AFTER_EXPUNGED', value: 60, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày được xóa án tích', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: 'S40', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §3.5.1',
    description: 'Kết nạp lại người bị kết án về tội ít nghiêm trọng: sau khi được xóa án tích',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000038', key: 'C.READMIT_AFTER_EXPUNGED', value: 60, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày được xóa án tích', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[40]', confidence: 'STATED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §3.5.1',
    description: 'Kết nạp lại người bị kết án về tội ít nghiêm trọng: sau khi được xóa án tích',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000039', key: 'C.NO_READMISSION_GROUNDS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Các trường hợp không xem xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000040', key: 'C.NO_READMISSION_GROUNDS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Các trường hợp không xem xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000041', key: 'C.NO_READMISSION_GROUNDS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: 'S40', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §3.5.2',
    description: 'Không xem xét kết nạp lại người ra khỏi Đảng vì: tự bỏ sinh hoạt, xin ra khỏi Đảng (trừ hoàn cảnh gia đình đặc biệt khó khăn), gây mất đoàn kết nghiêm trọng, bị kết án về tội tham nhũng, tội nghiêm trọng trở lên',
    data: NO_READMISSION,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000042', key: 'C.NO_READMISSION_GROUNDS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[40]', confidence: 'STATED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §3.5.2',
    description: 'Không xem xét kết nạp lại người ra khỏi Đảng vì: tự bỏ sinh hoạt, xin ra khỏi Đảng (trừ hoàn cảnh gia đình đặc biệt khó khăn), gây mất đoàn kết nghiêm trọng, bị kết án về tội tham nhũng, tội nghiêm trọng trở lên',
    data: NO_READMISSION,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000043', key: 'C.READMISSION_MAX_COUNT', value: null, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Số lần được xem xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000044', key: 'C.READMISSION_MAX_COUNT', value: null, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Số lần được xem xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000045', key: 'C.READMISSION_MAX_COUNT', value: null, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025',
    description: 'Số lần được xem xét kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000046', key: 'C.READMISSION_MAX_COUNT', value: 1, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[40]', confidence: 'STATED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §3.5.1',
    description: 'Chỉ xem xét kết nạp lại một lần',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000047', key: 'C.READMISSION_CONSENT', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Cơ quan phải đồng ý trước bằng văn bản khi kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000048', key: 'C.READMISSION_CONSENT', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Cơ quan phải đồng ý trước bằng văn bản khi kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000049', key: 'C.READMISSION_CONSENT', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025',
    description: 'Cơ quan phải đồng ý trước bằng văn bản khi kết nạp lại: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000050', key: 'C.READMISSION_CONSENT', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[40]', confidence: 'STATED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §3.5.1',
    description: 'Kết nạp lại: phải được ban thường vụ tỉnh ủy, thành ủy (cấp ủy trực thuộc Trung ương) đồng ý bằng văn bản trước khi cấp có thẩm quyền quyết định',
    data: { items: ['PROVINCIAL_STANDING_COMMITTEE'] },
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000051', key: 'C.EDUCATION_LEVELS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016',
    description: 'Trình độ học vấn của người vào Đảng: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000052', key: 'C.EDUCATION_LEVELS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '§14', confidence: 'NOT_FOUND',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021',
    description: 'Trình độ học vấn của người vào Đảng: chưa tìm thấy giá trị trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000053', key: 'C.EDUCATION_LEVELS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[28]', confidence: 'STATED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §1.2',
    description: 'Trình độ học vấn: tốt nghiệp trung học cơ sở trở lên (trừ những vùng được hướng dẫn riêng)',
    data: EDUCATION,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000054', key: 'C.EDUCATION_LEVELS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[14][28]', confidence: 'INFERRED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §1.2',
    description: 'Trình độ học vấn: tốt nghiệp trung học cơ sở trở lên (trừ những vùng được hướng dẫn riêng) (giá trị như 232-QĐ/TW)',
    data: EDUCATION,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000055', key: 'C.EXEMPTABLE_RELATIONS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2025-06-09', instrument: null, sourceRef: 'S46', confidence: 'NOT_FOUND',
    legalBasis: 'Hướng dẫn 01-HD/TW (2016, 2021)',
    description: 'Người thân là đảng viên được miễn thẩm tra: chưa tìm thấy trong văn bản này; cấp ủy cần xác nhận.',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000056', key: 'C.EXEMPTABLE_RELATIONS', value: null, unit: 'LIST', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-06-09', effectiveTo: null, instrument: '06-HD/TW', sourceRef: '[14]', confidence: 'UNVERIFIED',
    legalBasis: 'Hướng dẫn 06-HD/TW ngày 09/6/2025 §3.4.c',
    description: 'Người thân là đảng viên, đã khai đầy đủ, trung thực thì không phải thẩm tra: cha, mẹ, con (nguồn ghi "cha, mẹ, anh chị em, con"; đáp án của nguồn không thống nhất)',
    data: { items: ['FATHER', 'MOTHER', 'ADULT_CHILD'] },
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000057', key: 'C.CELL_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2011-01-19', effectiveTo: '2025-06-09', instrument: 'Điều lệ Đảng', sourceRef: '§9.5', confidence: 'INFERRED',
    legalBasis: 'Điều lệ Đảng, Điều 4 §3 (suy ra, cần đối chiếu)',
    description: 'Chi bộ biểu quyết đề nghị kết nạp: ít nhất hai phần ba số đảng viên chính thức tán thành (suy ra)',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000058', key: 'C.CELL_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-06-09', effectiveTo: null, instrument: '06-HD/TW', sourceRef: '[14]', confidence: 'UNVERIFIED',
    legalBasis: 'Hướng dẫn 06-HD/TW ngày 09/6/2025 §3.6.b',
    description: 'Chi bộ biểu quyết đề nghị kết nạp: ít nhất hai phần ba số đảng viên chính thức tán thành (chỉ biết qua nguồn [14])',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000059', key: 'C.AUTHORISED_GRASSROOTS_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2011-01-19', effectiveTo: '2025-06-09', instrument: 'Điều lệ Đảng', sourceRef: '§9.5', confidence: 'INFERRED',
    legalBasis: 'Điều lệ Đảng, Điều 4 §3 (suy ra, cần đối chiếu)',
    description: 'Đảng ủy cơ sở được ủy quyền biểu quyết kết nạp: ít nhất hai phần ba số cấp ủy viên tán thành (suy ra)',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000060', key: 'C.AUTHORISED_GRASSROOTS_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-06-09', effectiveTo: null, instrument: '06-HD/TW', sourceRef: '[14]', confidence: 'UNVERIFIED',
    legalBasis: 'Hướng dẫn 06-HD/TW ngày 09/6/2025 §3.7.a',
    description: 'Đảng ủy cơ sở được ủy quyền biểu quyết kết nạp: ít nhất hai phần ba số cấp ủy viên tán thành (chỉ biết qua nguồn [14])',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000061', key: 'C.GRASSROOTS_PROPOSAL_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2011-01-19', effectiveTo: null, instrument: 'Điều lệ Đảng', sourceRef: '§9.5', confidence: 'INFERRED',
    legalBasis: 'Điều lệ Đảng, Điều 4 §3 (suy ra, cần đối chiếu)',
    description: 'Đảng ủy cơ sở không được ủy quyền biểu quyết đề nghị cấp trên kết nạp: ít nhất hai phần ba số cấp ủy viên tán thành (suy ra)',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000062', key: 'C.RECOGNITION_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[25]', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.2',
    description: 'Chi bộ biểu quyết công nhận đảng viên chính thức hoặc xóa tên: ít nhất hai phần ba số đảng viên chính thức tán thành',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000063', key: 'C.RECOGNITION_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: 'S34', confidence: 'STATED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.2',
    description: 'Chi bộ biểu quyết công nhận đảng viên chính thức hoặc xóa tên: ít nhất hai phần ba số đảng viên chính thức tán thành',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000064', key: 'C.RECOGNITION_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.2',
    description: 'Chi bộ biểu quyết công nhận đảng viên chính thức hoặc xóa tên: ít nhất hai phần ba số đảng viên chính thức tán thành (giá trị suy ra)',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000065', key: 'C.RECOGNITION_THRESHOLD', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[14]', confidence: 'UNVERIFIED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §4.2; Hướng dẫn 06-HD/TW',
    description: 'Chi bộ biểu quyết công nhận đảng viên chính thức hoặc xóa tên: ít nhất hai phần ba số đảng viên chính thức tán thành (chỉ biết qua nguồn [14])',
    data: TWO_THIRDS,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000066', key: 'C.RECOGNITION_MAX_FAILED_VOTES', value: 3, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[25]', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.2',
    description: 'Chi bộ biểu quyết công nhận chính thức (hoặc xóa tên) không đạt tỷ lệ đến số lần này thì báo cáo cấp ủy cấp trên trực tiếp, cấp ủy có thẩm quyền quyết định',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000067', key: 'C.RECOGNITION_MAX_FAILED_VOTES', value: 3, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: 'S34', confidence: 'STATED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.2',
    description: 'Chi bộ biểu quyết công nhận chính thức (hoặc xóa tên) không đạt tỷ lệ đến số lần này thì báo cáo cấp ủy cấp trên trực tiếp, cấp ủy có thẩm quyền quyết định',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000068', key: 'C.RECOGNITION_MAX_FAILED_VOTES', value: 3, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.2',
    description: 'Chi bộ biểu quyết công nhận chính thức (hoặc xóa tên) không đạt tỷ lệ đến số lần này thì báo cáo cấp ủy cấp trên trực tiếp, cấp ủy có thẩm quyền quyết định (giá trị suy ra)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000069', key: 'C.RECOGNITION_MAX_FAILED_VOTES', value: 3, unit: 'COUNT', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[14]', confidence: 'INFERRED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §4.2',
    description: 'Chi bộ biểu quyết công nhận chính thức (hoặc xóa tên) không đạt tỷ lệ đến số lần này thì báo cáo cấp ủy cấp trên trực tiếp, cấp ủy có thẩm quyền quyết định (giá trị suy ra)',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000070', key: 'C.ADMISSION_DECIDING_BODY', value: null, unit: 'TABLE', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2021-07-30', instrument: '29-QĐ/TW', sourceRef: '[24]', confidence: 'STATED',
    legalBasis: 'Quy định 29-QĐ/TW ngày 25/7/2016 §4.3.2',
    description: 'Cấp quyết định kết nạp: đảng ủy cơ sở được ủy quyền (tập thể đảng ủy, biểu quyết); ban thường vụ cấp ủy cấp trên trực tiếp; ở cấp tỉnh, thường trực cấp ủy cùng các ủy viên ban thường vụ là trưởng ban đảng',
    data: DECIDING_BODY,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000071', key: 'C.ADMISSION_DECIDING_BODY', value: null, unit: 'TABLE', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2021-07-30', effectiveTo: '2025-01-20', instrument: '24-QĐ/TW', sourceRef: '[24]', confidence: 'INFERRED',
    legalBasis: 'Quy định 24-QĐ/TW ngày 30/7/2021 §4.3.2',
    description: 'Cấp quyết định kết nạp: đảng ủy cơ sở được ủy quyền (tập thể đảng ủy, biểu quyết); ban thường vụ cấp ủy cấp trên trực tiếp; ở cấp tỉnh, thường trực cấp ủy cùng các ủy viên ban thường vụ là trưởng ban đảng (giá trị suy ra từ 29-QĐ/TW)',
    data: DECIDING_BODY,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000072', key: 'C.ADMISSION_DECIDING_BODY', value: null, unit: 'TABLE', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01', instrument: '232-QĐ/TW', sourceRef: '[23]', confidence: 'INFERRED',
    legalBasis: 'Quy định 232-QĐ/TW ngày 20/1/2025 §4.3 (nguồn bị cắt)',
    description: 'Cấp quyết định kết nạp: đảng ủy cơ sở được ủy quyền (tập thể đảng ủy, biểu quyết); ban thường vụ cấp ủy cấp trên trực tiếp; ở cấp tỉnh, thường trực cấp ủy cùng các ủy viên ban thường vụ là trưởng ban đảng (giá trị suy ra từ 29-QĐ/TW)',
    data: DECIDING_BODY,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000073', key: 'C.ADMISSION_DECIDING_BODY', value: null, unit: 'TABLE', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2025-07-01', effectiveTo: null, instrument: '294-QĐ/TW', sourceRef: '[39]', confidence: 'INFERRED',
    legalBasis: 'Quy định 294-QĐ/TW ngày 26/5/2025 (hiệu lực 1/7/2025) §4.3',
    description: 'Cấp quyết định kết nạp: đảng ủy cơ sở được ủy quyền (tập thể đảng ủy, biểu quyết); ban thường vụ cấp ủy cấp trên trực tiếp; ở cấp tỉnh, thường trực cấp ủy cùng các ủy viên ban thường vụ là trưởng ban đảng (giá trị suy ra; cấp trên trực tiếp từ 1/7/2025 là cấp ủy cấp xã)',
    data: DECIDING_BODY,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000074', key: 'VOTE.QUORUM_ADMISSION', value: null, unit: 'FRACTION', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2011-01-19', effectiveTo: null, instrument: 'Điều lệ Đảng', sourceRef: '§7', confidence: 'NOT_FOUND',
    legalBasis: 'Chưa tìm thấy quy định về số người có mặt tối thiểu',
    description: 'Số đảng viên có mặt tối thiểu khi chi bộ, đảng ủy biểu quyết kết nạp, công nhận chính thức: chưa tìm thấy; để trống thì không kiểm tra, có cảnh báo',
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000075', key: 'FORMS.KND', value: null, unit: 'TABLE', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2016-07-25', effectiveTo: '2022-01-18', instrument: null, sourceRef: 'S36/S48', confidence: 'INFERRED',
    legalBasis: 'Hướng dẫn 09-HD/BTCTW (2017) và trước (số hiệu mẫu như 12-HD/BTCTW, suy ra)',
    description: 'Hồ sơ kết nạp, công nhận chính thức: biểu mẫu phải có trước mỗi bước (số hiệu mẫu các nguồn cũ ghi như nhau, suy ra)',
    data: FORMS_KND,
  },
  {
    id: 'c0ad0000-2100-4000-8000-000000000076', key: 'FORMS.KND', value: null, unit: 'TABLE', startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
    effectiveFrom: '2022-01-18', effectiveTo: null, instrument: '12-HD/BTCTW', sourceRef: '[31]', confidence: 'INFERRED',
    legalBasis: 'Hướng dẫn 12-HD/BTCTW ngày 18/01/2022',
    description: 'Hồ sơ kết nạp, công nhận chính thức: biểu mẫu phải có trước mỗi bước (mẫu 14-KNĐ, 16-KNĐ: số hiệu suy ra)',
    data: FORMS_KND,
  },
];

/** The rows of 1795246700000-LegalTimeData dated at 294's signature: in force from 1/7/2025. */
const REPAIRED_TO_294_IN_FORCE = [
  'e7e58dc2-95d1-57e7-90a2-9e8eda79ba76', // C.DECISION_ADMIT
  'b2d84bd4-2814-5bd1-91fd-20d39c4be224', // C.CEREMONY
  'efa28ca7-da8d-5da5-8c65-6b88c17edf10', // C.PROBATION
  '89c9c224-4237-5ff3-b172-531d390a54a4', // C.RECOGNITION_CELL
  '7e09c1b6-874b-5ce7-8f75-71d00f3429a5', // C.DECISION_RECOGNISE
  'de9ae3c8-bdf1-5f36-9406-8ea55a738baf', // C.INTRODUCER_COWORK
];
const SIGNED_294 = '2025-05-26';
const IN_FORCE_294 = '2025-07-01';
/** C.READMIT_MIN_GAP under 232-QĐ/TW (1795246700000-LegalTimeData), superseded by 294's version. */
const READMIT_GAP_232 = '62d7429d-7231-52c6-a2bc-2ea4cacbb667';

export class AdmissionRules1795302100000 implements MigrationInterface {
  name = 'AdmissionRules1795302100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE legal_rule SET effective_from = $2::date WHERE id = ANY($1::uuid[]) AND effective_from = $3::date`,
      [REPAIRED_TO_294_IN_FORCE, IN_FORCE_294, SIGNED_294],
    );
    await queryRunner.query(`UPDATE legal_rule SET effective_to = $2::date WHERE id = $1 AND effective_to IS NULL`, [READMIT_GAP_232, IN_FORCE_294]);
    for (const r of ADMISSION_RULES) {
      await queryRunner.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, instrument_id, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, (SELECT id FROM legal_instrument WHERE code = $12), $13, $14, $15, $16)`,
        [
          r.id, r.key, r.value, r.data === undefined ? null : JSON.stringify(r.data), r.unit, r.startConvention, r.startEvent, r.extensionValue,
          r.extensionMaxCount, r.effectiveFrom, r.effectiveTo, r.instrument, r.legalBasis, r.sourceRef, r.confidence, r.description,
        ],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [ADMISSION_RULES.map((r) => r.id)]);
    await queryRunner.query(`UPDATE legal_rule SET effective_to = NULL WHERE id = $1`, [READMIT_GAP_232]);
    await queryRunner.query(`UPDATE legal_rule SET effective_from = $2::date WHERE id = ANY($1::uuid[])`, [REPAIRED_TO_294_IN_FORCE, SIGNED_294]);
  }
}
