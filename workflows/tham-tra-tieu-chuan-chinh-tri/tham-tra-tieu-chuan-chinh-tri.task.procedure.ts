import { inputDateProblems } from '../shared/input-dates';
import type { CaseProjection, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import { AnswerTaskPayload, DeclineTaskPayload, TaskDeadlineMissedPayload, VerificationTaskInput } from './tham-tra-tieu-chuan-chinh-tri.events';
import { RULE } from './tham-tra-tieu-chuan-chinh-tri.rules';
import { taskMachineV1, TASK_PROCEDURE_ID, type ContextTask } from './tham-tra-tieu-chuan-chinh-tri.task.machine';
import { FIELD_TEXTS_TASK, PLACE_LABELS, TASK_OUTCOME_LABELS, VALUE_LABELS_TASK } from './tham-tra-tieu-chuan-chinh-tri.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC } = Role;
// The addressed committee's office prepares the answer; its secretary or standing committee may sign it.
const ANSWERERS = [OFFICE, SEC, BTV] as const;

const CATEGORY_LABELS = {
  AWAITING_ANSWER: 'Chờ trả lời',
  ANSWERED: 'Đã trả lời',
  NOT_IN_AREA: 'Không thuộc địa bàn, đơn vị',
} as const;

/**
 * A verification task: a child case the verification opens on the committee of a place of residence or work (which
 * may be outside the requesting unit's subtree). That committee's people see only this task — the person, the place,
 * what to verify — and answer it; the requesting file's named officers see it too. Nobody registers one directly.
 */
export const xacMinhTieuChuanChinhTriV1: ProcedureDefinition = {
  id: TASK_PROCEDURE_ID,
  version: 1,
  title: 'Trả lời yêu cầu thẩm tra, xác minh tiêu chuẩn chính trị',
  legalBasis: 'Quy định 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị (bảo vệ chính trị nội bộ Đảng); Hướng dẫn 06-HD/TW ngày 09/6/2025, mục 3.4 (thẩm tra lý lịch người vào Đảng)',
  machine: taskMachineV1,
  input: VerificationTaskInput,
  // Opened only by a verification's step (openChildCase), never registered by hand.
  createRoles: [],
  documentKinds: {
    'VB-TRA-LOI': { label: 'Văn bản trả lời kết quả xác minh', steps: { ANSWER: 'REQUIRED', DECLINE: 'EXPECTED' } },
    'BB-XAC-MINH': { label: 'Biên bản làm việc, xác minh tại nơi cư trú, công tác', steps: { ANSWER: 'EXPECTED' } },
  },
  events: {
    ANSWER: { label: 'Trả lời kết quả xác minh', roles: ANSWERERS, payload: AnswerTaskPayload, legalDate: ['answeredOn'] },
    DECLINE: { label: 'Trả lời: người này không thuộc địa bàn, đơn vị', roles: ANSWERERS, payload: DeclineTaskPayload, legalDate: ['answeredOn'] },
    DEADLINE_MISSED: { label: 'Quá hạn trả lời (hệ thống ghi nhận)', roles: [], payload: TaskDeadlineMissedPayload },
  },
  stateLabels: {
    awaitingAnswer: 'Chờ trả lời yêu cầu xác minh',
    answered: 'Đã trả lời kết quả xác minh',
    declined: 'Đã trả lời: không thuộc địa bàn, đơn vị',
  },
  fieldTexts: FIELD_TEXTS_TASK,
  valueLabels: VALUE_LABELS_TASK,
  guardMessages: {
    answerDated: 'Ngày trả lời phải từ ngày gửi yêu cầu xác minh đến ngày ghi nhận.',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo cũ không còn hiệu lực.',
  },
  inputChecks(input: unknown, now: string) {
    const i = input as VerificationTaskInput;
    return inputDateProblems(now, [['requestedOn', i.requestedOn, 'Ngày gửi công văn đề nghị xác minh']], []);
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      outcome: { label: 'Kết quả xác minh', values: TASK_OUTCOME_LABELS },
      place: { label: 'Nơi xác minh', values: PLACE_LABELS },
    },
  },
  ruleKeys: [RULE.TASK_ANSWER],
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextTask;
    const t = c.task;
    const tags: Record<string, string> = { taskKey: t.taskKey, personKey: t.personKey, place: t.place };
    if (c.answer) Object.assign(tags, { outcome: c.answer.finding, answeredOn: c.answer.answeredOn });
    if (c.declined) Object.assign(tags, { outcome: 'NOT_IN_AREA', answeredOn: c.declined.answeredOn });
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    const category = state === 'answered' ? 'ANSWERED' : state === 'declined' ? 'NOT_IN_AREA' : 'AWAITING_ANSWER';
    return { reportCategory: category, tags, title: `Yêu cầu xác minh tiêu chuẩn chính trị: ${t.fullName}`.slice(0, 300), receivedAt: t.requestedOn };
  },
};
