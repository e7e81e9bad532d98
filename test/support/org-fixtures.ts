// Units full of work for the organisation-change tests (issue 15): a ward's own people, and open cases of every
// procedure at the ward, made through the HTTP API the way people make them. Dates are relative to today (the
// machines stamp steps with the server's clock); the cases counted by the quarterly statistics are received in the
// quarter before today's, and none of the cases has a deadline already due (a deadline pass during the test must not
// escalate anything but what the test means to fire).
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { addCalendarDays, toVietnamDate } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import type { Response } from 'supertest';
import { addPerson, registration, type TestApp } from './test-app';

export interface Person {
  id: string;
  token: string;
  username: string;
}

// The password test-app's addPerson gives everyone.
const PASSWORD = 'mat-khau-thu-nghiem-1';

/** One more person with roles on one unit (none: no role yet), logged in. */
export async function newPerson(t: TestApp, username: string, unitId: string, roles: Role[]): Promise<Person> {
  return { ...(await addPerson(t, username, unitId, roles)), username };
}

/**
 * Logs people in again: a change of their roles (an organisation change ends and designates them) ends the sessions
 * they had, as the next morning's login would find. Their tokens are replaced in place.
 */
export async function logInAgain(t: TestApp, people: readonly Person[]): Promise<void> {
  for (const p of people) {
    const res = await t.http.post('/auth/login').send({ username: p.username, password: PASSWORD });
    expectStatus(res, 200, `login ${p.username}`);
    p.token = res.body.accessToken as string;
  }
}

/** The people of one unit, one per role, each logged in. */
export interface UnitStaff {
  secretary: Person;
  standing: Person;
  office: Person;
  taskForce: Person;
  inspection: Person;
  custodian: Person;
}

export const STAFF_ROLES: Readonly<Record<keyof UnitStaff, Role>> = {
  secretary: Role.SECRETARY,
  standing: Role.STANDING_COMMITTEE_MEMBER,
  office: Role.COMMITTEE_OFFICE,
  taskForce: Role.TASK_FORCE_OFFICER,
  inspection: Role.INSPECTION_COMMISSION_MEMBER,
  custodian: Role.IDENTITY_CUSTODIAN,
};

/**
 * A new unit under `parentId`, active from `validFrom` (default today), as the directory makes it; the change tests
 * found their successors through plans.
 */
export async function createUnit(t: TestApp, code: string, name: string, level: 'PROVINCIAL' | 'UPPER_GRASSROOTS' | 'GRASSROOTS' | 'CELL', parentId?: string, validFrom?: string) {
  return t.app.get(OrgDirectoryService).createUnit({ code, name, level, ...(parentId ? { parentId } : {}), ...(validFrom ? { validFrom } : {}) });
}

/** One person per role on `unitId`, usernames `<prefix>-<role>`. */
export async function staffUnit(t: TestApp, unitId: string, prefix: string): Promise<UnitStaff> {
  const staff = {} as UnitStaff;
  for (const [who, role] of Object.entries(STAFF_ROLES) as [keyof UnitStaff, Role][]) {
    staff[who] = await newPerson(t, `${prefix}-${who}`.toLowerCase(), unitId, [role]);
  }
  return staff;
}

export const DAY_MS = 86_400_000;
/** An instant `days` days before now (negative: after). */
export const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
/** Today in Vietnam. */
export const vietnamToday = () => toVietnamDate(new Date());

/** The Vietnamese civil quarter before the one holding `date`: [from, to) as ISO dates. */
export function quarterBefore(date: string): { from: string; to: string } {
  const [y, m] = date.split('-').map(Number);
  const q = Math.floor((m - 1) / 3); // 0..3, this quarter
  const from = q === 0 ? `${y - 1}-10-01` : `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const to = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from, to };
}

/** A Vietnamese civil date's noon as an instant (a receipt date safely inside that day). */
export const noonOf = (date: string) => new Date(`${date}T12:00:00+07:00`).toISOString();

export const REPORTER = {
  name: 'Trần Thị Tố Giác',
  address: '12 Lý Tự Trọng, phường Bến Nghé',
  contact: '0901 234 567',
};
/** What must never show in an answer or at rest in clear. */
export const REPORTER_SECRETS = [REPORTER.name, REPORTER.address, REPORTER.contact];

export interface OpenCase {
  id: string;
  procedureId: string;
  /** What the case is in this fixture (for messages). */
  what: string;
  /** Its state when made. */
  state: string;
}

/** The open cases one unit holds, by what they stand for. */
export interface UnitCases {
  /** 1374 press item waiting for its explanation: the `explanation` deadline is pending, due after the change. */
  pendingDeadline: OpenCase;
  /** 1374 case moved to inspection: it waits for its child. */
  movedToInspection: OpenCase;
  /** The inspection (kiem-tra-dau-hieu-vi-pham) the move opened, linked to `movedToInspection`. */
  inspectionChild: OpenCase;
  /** Denunciation (to-cao) with a protected reporter, received in the quarter before today's. */
  denunciation: OpenCase;
  /** Denunciation with a handling deadline (grassroots level, 90 days) due after the change. */
  denunciationDue: OpenCase;
  /** Discipline (ky-luat) at the meeting, waiting for the secret ballot. */
  discipline: OpenCase;
  /** Complaint about a discipline decision (khieu-nai-ky-luat), lodged and not yet assessed. */
  complaint: OpenCase;
  /** Admission (ket-nap-dang-vien) on the source list, with its person record. */
  admission: OpenCase & { personId: string };
  /** 1374 voter item received in the quarter before today's (counted by the quarterly statistics). */
  voterItem: OpenCase;
}

export const allCases = (c: UnitCases): OpenCase[] => Object.values(c);

function expectStatus(res: Response, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * Open cases of every procedure at `unitId`, made by the unit's own `staff`; `label` goes into titles and names.
 * `quarter` is the period whose statistics the test compares (default: the quarter before today's).
 */
export async function openCasesOfEveryProcedure(t: TestApp, unitId: string, staff: UnitStaff, label: string, quarter = quarterBefore(vietnamToday())): Promise<UnitCases> {
  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });
  const versions = new Map<string, number>();
  async function create(by: Person, procedureId: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await t.http.post('/cases').set(auth(by)).send({ procedureId, orgUnitId: unitId, input, ...extra });
    expectStatus(res, 201, `create ${procedureId} at ${label}`);
    versions.set(res.body.case.id, res.body.case.version);
    return res.body.case.id;
  }
  async function send(by: Person, id: string, type: string, payload?: Record<string, unknown>): Promise<Response> {
    const res = await t.http.post(`/cases/${id}/events`).set(auth(by)).send({ type, expectedVersion: versions.get(id), ...(payload ? { payload } : {}) });
    expectStatus(res, 200, `${type} on ${id} at ${label}`);
    versions.set(id, res.body.case.version);
    return res;
  }
  const stateOf = async (id: string) => {
    const res = await t.http.get(`/cases/${id}`).set(auth(staff.secretary));
    expectStatus(res, 200, `read ${id}`);
    return res.body.state as string;
  };
  const made = async (id: string, procedureId: string, what: string): Promise<OpenCase> => ({ id, procedureId, what: `${what} (${label})`, state: await stateOf(id) });
  const inQuarter = noonOf(addCalendarDays(quarter.from, 20));
  const classify = { infoType: 'TO_CAO', subject: { kind: 'PERSON', name: `Cán bộ ${label}`, isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };

  // 1374, press: the explanation clock runs from publication (10 working days), so it is due after today.
  const publishedAt = new Date().toISOString();
  const press = await create(staff.taskForce, 'quy-dinh-1374', registration({
    title: `Báo chí phản ánh cán bộ ${label}`, source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Thanh Niên', publishedAt, receivedAt: publishedAt,
  }));
  await send(staff.taskForce, press, 'START_SCREENING');
  await send(staff.taskForce, press, 'CLASSIFY', classify);
  await send(staff.office, press, 'REQUEST_EXPLANATION');

  // 1374 moved to inspection: the inspection is a linked child case of the same unit.
  const moved = await create(staff.taskForce, 'quy-dinh-1374', registration({ title: `Đơn tố cáo cán bộ ${label} nhận tiền`, receivedAt: ago(2) }));
  await send(staff.taskForce, moved, 'START_SCREENING');
  await send(staff.taskForce, moved, 'CLASSIFY', classify);
  const movedRes = await send(staff.inspection, moved, 'MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm quy định của Đảng' });
  const child = movedRes.body.children?.[0]?.caseId as string;
  if (!child) throw new Error(`MOVE_TO_INSPECTION at ${label} opened no child: ${JSON.stringify(movedRes.body)}`);

  // Denunciations: one with a protected reporter (no legal value at the upper-grassroots level: no due date), counted
  // in the quarter; one at the grassroots level whose 90 days run from yesterday.
  const denunciation = (title: string, level: string, receivedByCompetentAt: string) => ({
    title, summary: 'Nội dung tố cáo cụ thể, có địa chỉ.', channel: 'LETTER', receivedByCompetentAt,
    handlingBody: { kind: 'INSPECTION_COMMISSION', level }, subject: { kind: 'PERSON', name: `Đảng viên bị tố cáo ${label}` },
  });
  const toCao = await create(staff.inspection, 'to-cao', denunciation(`Tố cáo có người tố cáo được bảo vệ (${label})`, 'UPPER_GRASSROOTS', inQuarter), { reporter: REPORTER });
  const toCaoDue = await create(staff.inspection, 'to-cao', denunciation(`Tố cáo đang trong hạn giải quyết (${label})`, 'GRASSROOTS', ago(1)));

  // Discipline brought to the meeting (the ballot is next).
  const discipline = await create(staff.office, 'ky-luat', {
    subject: { kind: 'FULL_MEMBER', name: `Đảng viên vi phạm ${label}` },
    violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: ago(200).slice(0, 10), continuing: false },
    evidenceRefs: ['20-KL/UBKT'],
    source: { procedureId: 'DIRECT' },
    concludedAt: ago(10).slice(0, 10),
  });
  await send(staff.inspection, discipline, 'CHECK_LIMITATION', {});
  await send(staff.office, discipline, 'SUBMIT_SELF_CRITICISM', { documentRef: 'BKĐ-01', submittedAt: ago(5) });
  await send(staff.inspection, discipline, 'RECORD_HEARING', { heldAt: ago(3), representative: 'Đồng chí Bí thư', minutesRef: '07-BB/ĐU' });

  // A complaint about a discipline decision, lodged with the unit's inspection commission.
  const complaint = await create(staff.office, 'khieu-nai-ky-luat', {
    complainant: { kind: 'MEMBER', name: `Người khiếu nại ${label}` },
    decision: { form: 'KHIEN_TRACH', decidedBy: { kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' }, decidedAt: ago(20).slice(0, 10), receivedAt: ago(15).slice(0, 10) },
    lodgedAt: ago(3).slice(0, 10),
    lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'UPPER_GRASSROOTS' },
    onBehalfOfAnother: false,
    summary: 'Khiếu nại quyết định kỷ luật khiển trách.',
  });

  // Admission: the applicant's person record at the unit, then the case on the source list.
  const fullName = `Người được kết nạp ${label}`;
  const personRes = await t.http.post('/people').set(auth(staff.secretary)).send({ fullName, dateOfBirth: '2000-05-05', orgUnitId: unitId });
  expectStatus(personRes, 201, `person at ${label}`);
  const personId = personRes.body.id as string;
  const admission = await create(staff.secretary, 'ket-nap-dang-vien', {
    personId, fullName, dateOfBirth: '2000-05-05', educationLevel: 'UNIVERSITY', youthUnionInUnit: false, youthUnionMember: false,
    tradeUnionInUnit: false, tradeUnionMember: false, cellName: `Chi bộ ${label}`, hasSectionCommittee: false,
    grassrootsCommittee: { name: `Đảng ủy ${label}`, level: 'GRASSROOTS' }, grassrootsAuthorisedToAdmit: true, route: 'NORMAL', listedOn: ago(30).slice(0, 10),
  });

  // A voter's item received in the quarter (sources 1–3: the handling clock has no legal value, so no due date).
  const voter = await create(staff.taskForce, 'quy-dinh-1374', registration({ title: `Ý kiến cử tri về ${label}`, source: 'VOTER', channel: 'MEETING', receivedAt: inQuarter }));

  return {
    pendingDeadline: await made(press, 'quy-dinh-1374', '1374 chờ giải trình, thời hạn đang chạy'),
    movedToInspection: await made(moved, 'quy-dinh-1374', '1374 đã chuyển kiểm tra'),
    inspectionChild: await made(child, 'kiem-tra-dau-hieu-vi-pham', 'kiểm tra dấu hiệu vi phạm (hồ sơ con)'),
    denunciation: await made(toCao, 'to-cao', 'tố cáo có người tố cáo được bảo vệ'),
    denunciationDue: await made(toCaoDue, 'to-cao', 'tố cáo trong hạn giải quyết'),
    discipline: await made(discipline, 'ky-luat', 'kỷ luật chờ bỏ phiếu'),
    complaint: await made(complaint, 'khieu-nai-ky-luat', 'khiếu nại kỷ luật'),
    admission: { ...(await made(admission, 'ket-nap-dang-vien', 'kết nạp đảng viên')), personId },
    voterItem: await made(voter, 'quy-dinh-1374', '1374 ý kiến cử tri trong quý trước'),
  };
}
