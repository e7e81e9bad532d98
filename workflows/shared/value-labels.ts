// Vietnamese labels of enumerations several procedures share (docs/domain/procedures.md §2–3), for the procedures to
// list in their `valueLabels`; published as `x-enumLabels` in the step schemas and named in refusals. Pure data.
import type { BodyKind, DisciplineSubject, Level } from './facts';
import type { MembershipStatus } from './voting/roster';

export type ValueLabels = Readonly<Record<string, string>>;

/** Organisational levels (§3.2). */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  CENTRAL: 'Trung ương',
  PROVINCIAL: 'Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
  UPPER_GRASSROOTS: 'Cấp trên cơ sở',
  GRASSROOTS: 'Cơ sở (đảng ủy cơ sở, chi bộ cơ sở)',
  SECTION: 'Đảng ủy bộ phận',
  CELL: 'Chi bộ',
};

/** Party bodies that decide discipline and complaints (§7.3, §8). */
export const BODY_KIND_LABELS: Readonly<Record<BodyKind, string>> = {
  CELL: 'Chi bộ',
  CELL_COMMITTEE: 'Chi ủy',
  PARTY_COMMITTEE: 'Cấp ủy',
  STANDING_COMMITTEE: 'Ban Thường vụ cấp ủy',
  INSPECTION_COMMISSION: 'Ủy ban kiểm tra',
};

/** Who is disciplined (§7.1). */
export const DISCIPLINE_SUBJECT_LABELS: Readonly<Record<DisciplineSubject, string>> = {
  FULL_MEMBER: 'Đảng viên chính thức',
  PROBATIONARY_MEMBER: 'Đảng viên dự bị',
  ORGANISATION: 'Tổ chức đảng',
};

/** A voting body's member (§7.4, §9.5): probationary members neither vote nor count. */
export const MEMBERSHIP_STATUS_LABELS: Readonly<Record<MembershipStatus, string>> = {
  FULL: 'Đảng viên chính thức',
  PROBATIONARY: 'Đảng viên dự bị (không biểu quyết)',
};

/** Who is told the result (the notification effect's audiences). */
export const AUDIENCE_LABELS: ValueLabels = {
  REPORTER: 'Người phản ánh, người tố cáo',
  UNIT: 'Đơn vị, tổ chức có liên quan',
  UPPER_COMMITTEE: 'Cấp ủy cấp trên',
  TASK_FORCE: 'Tổ công tác',
};

/** Who complains against a disciplinary decision (§8). */
export const COMPLAINANT_KIND_LABELS: ValueLabels = {
  MEMBER: 'Đảng viên',
  ORGANISATION: 'Tổ chức đảng',
};

/** A field that only takes `true`: the person confirms the statement its title makes. */
export const CONFIRMATION_LABELS: ValueLabels = { true: 'Xác nhận' };
