// The application's pages: path, menu label key and the roles the menu shows them to. The server checks every
// request again; this only keeps the menu to what a user can use. Paths are Vietnamese (what users see and share).
import type { Role } from './auth';

export interface NavItem {
  path: string;
  labelKey: string;
  roles: Role[] | 'all';
}

const CASE_WORKERS: Role[] = ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'SECRETARY', 'STANDING_COMMITTEE_MEMBER', 'INSPECTION_COMMISSION_MEMBER'];
const DECIDERS: Role[] = ['SECRETARY', 'STANDING_COMMITTEE_MEMBER', 'INSPECTION_COMMISSION_MEMBER', 'COMMITTEE_OFFICE'];

export const NAV: NavItem[] = [
  { path: '/hop-viec', labelKey: 'menu.inbox', roles: CASE_WORKERS },
  { path: '/cho-quyet-dinh', labelKey: 'menu.decisions', roles: DECIDERS },
  { path: '/tiep-nhan', labelKey: 'menu.register', roles: ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'SECRETARY'] },
  { path: '/vu-viec', labelKey: 'menu.cases', roles: 'all' },
  { path: '/thong-ke', labelKey: 'menu.statistics', roles: 'all' },
  { path: '/bao-cao', labelKey: 'menu.reports', roles: 'all' },
  { path: '/kiem-toan', labelKey: 'menu.audit', roles: ['AUDITOR', 'SECRETARY', 'ADMIN'] },
  { path: '/quy-tac', labelKey: 'menu.rules', roles: ['SECRETARY', 'STANDING_COMMITTEE_MEMBER', 'COMMITTEE_OFFICE', 'ADMIN', 'AUDITOR', 'TASK_FORCE_OFFICER'] },
  { path: '/tham-quyen', labelKey: 'menu.authority', roles: ['SECRETARY', 'COMMITTEE_OFFICE', 'ADMIN', 'AUDITOR', 'INSPECTION_COMMISSION_MEMBER'] },
  { path: '/lich', labelKey: 'menu.calendar', roles: 'all' },
  { path: '/to-chuc', labelKey: 'menu.organisation', roles: ['ADMIN'] },
  { path: '/nguoi-dung', labelKey: 'menu.users', roles: ['ADMIN'] },
  { path: '/hang-doi', labelKey: 'menu.queues', roles: ['ADMIN'] },
  { path: '/mau-van-ban', labelKey: 'menu.templates', roles: ['ADMIN', 'COMMITTEE_OFFICE'] },
];

export function visibleNav(has: (...roles: Role[]) => boolean): NavItem[] {
  return NAV.filter((n) => n.roles === 'all' || has(...n.roles));
}

/** The first page after login: the work each role does most. */
export function homePath(has: (...roles: Role[]) => boolean): string {
  if (has('TASK_FORCE_OFFICER')) return '/hop-viec';
  if (has('SECRETARY', 'STANDING_COMMITTEE_MEMBER', 'INSPECTION_COMMISSION_MEMBER', 'COMMITTEE_OFFICE')) return '/cho-quyet-dinh';
  if (has('AUDITOR')) return '/kiem-toan';
  if (has('ADMIN')) return '/to-chuc';
  return '/vu-viec';
}
