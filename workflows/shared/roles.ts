// Roles a user can hold on an organisation unit. Machines name the roles that may send each event.
export enum Role {
  TASK_FORCE_OFFICER = 'TASK_FORCE_OFFICER',
  COMMITTEE_OFFICE = 'COMMITTEE_OFFICE',
  STANDING_COMMITTEE_MEMBER = 'STANDING_COMMITTEE_MEMBER',
  SECRETARY = 'SECRETARY',
  INSPECTION_COMMISSION_MEMBER = 'INSPECTION_COMMISSION_MEMBER',
  AUDITOR = 'AUDITOR',
  // May reveal the identity of people who gave information on cases of the unit (and below), each time with a reason.
  IDENTITY_CUSTODIAN = 'IDENTITY_CUSTODIAN',
  ADMIN = 'ADMIN',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.TASK_FORCE_OFFICER]: 'Cán bộ Tổ công tác 1374',
  [Role.COMMITTEE_OFFICE]: 'Văn phòng cấp ủy',
  [Role.STANDING_COMMITTEE_MEMBER]: 'Ủy viên Ban Thường vụ',
  [Role.SECRETARY]: 'Bí thư',
  [Role.INSPECTION_COMMISSION_MEMBER]: 'Ủy viên Ủy ban kiểm tra',
  [Role.AUDITOR]: 'Kiểm toán viên (chỉ xem)',
  [Role.IDENTITY_CUSTODIAN]: 'Được xem danh tính người cung cấp thông tin',
  [Role.ADMIN]: 'Quản trị hệ thống',
};
