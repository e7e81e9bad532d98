// Guards of the political-standard verification as lists of problems: a guard passes when its list is empty, and a
// refusal gives the guard's message followed by every problem found for that very event (refusalDetail). Dates are
// the documents' own dates, in order, never after the day they are entered.
import { vietnamDate, viDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration } from '../shared/deadline-generations';
import { SELF } from './tham-tra-tieu-chuan-chinh-tri.events';
import { checkConcludingBody, concludingBodyDetail } from './tham-tra-tieu-chuan-chinh-tri.rules';
import { CONCLUSION_LABELS } from './tham-tra-tieu-chuan-chinh-tri.texts';
import type { ContextPs, EventPs, VerificationTask } from './tham-tra-tieu-chuan-chinh-tri.types';
import { TASK_PROCEDURE_ID } from './tham-tra-tieu-chuan-chinh-tri.task.machine';

export interface Problem {
  code: string;
  message: string;
}

export const GUARD_NAMES = [
  'backgroundCheckable', 'taskSendable', 'taskAnswerKnown', 'assessable', 'conclusionAllowed', 'higherOpinionRecordable', 'fileable',
  'withdrawable', 'currentDeadline',
] as const;
export type GuardName = (typeof GUARD_NAMES)[number];

function dated(date: string, occurredAt: string, what: string, earliest: string | undefined, earlier: string): Problem[] {
  const today = vietnamDate(occurredAt);
  const problems: Problem[] = [];
  if (date > today) problems.push({ code: 'DATE_IN_FUTURE', message: `${what} (${viDate(date)}) sau ngày ghi nhận (${viDate(today)}).` });
  if (earliest !== undefined && date < earliest) problems.push({ code: 'DATE_ORDER', message: `${what} (${viDate(date)}) trước ${earlier} (${viDate(earliest)}).` });
  return problems;
}

/** Everyone verified: the person (`self`) and each relative, with a name to show. */
export function personsOf(c: ContextPs): { key: string; fullName: string }[] {
  return [{ key: SELF, fullName: c.request.fullName }, ...c.request.relatives.map((r) => ({ key: r.key, fullName: r.fullName }))];
}

const pending = (c: ContextPs): VerificationTask[] => (c.tasks ?? []).filter((t) => t.status === 'SENT');

/** The people without an answer from any committee yet. */
export function unanswered(c: ContextPs): { key: string; fullName: string }[] {
  return personsOf(c).filter((p) => !(c.tasks ?? []).some((t) => t.personKey === p.key && t.status === 'ANSWERED'));
}

const lastConclusion = (c: ContextPs) => c.conclusions?.at(-1);

/** The task a CHILD_CONCLUDED is about, as the child case stands (the linkedCases fact): its key, outcome and date. */
export function answeredTask(c: ContextPs, e: EventPs): { task: VerificationTask; outcome: string; answeredOn: string; childCaseId: string } | undefined {
  if (e.type !== 'CHILD_CONCLUDED' || e.payload.procedureId !== TASK_PROCEDURE_ID) return undefined;
  const child = e.facts?.linkedCases?.find((l) => l.caseId === e.payload.childCaseId);
  if (!child || child.status !== 'CLOSED' || !child.tags.outcome || !child.tags.answeredOn) return undefined;
  const task = (c.tasks ?? []).find((t) => t.taskKey === child.tags.taskKey && t.status === 'SENT');
  return task && { task, outcome: child.tags.outcome, answeredOn: child.tags.answeredOn, childCaseId: child.caseId };
}

/** Every problem the named guard finds for this event in this context; empty when it passes. */
export function guardProblems(guard: string, c: ContextPs, e: EventPs): Problem[] {
  switch (guard) {
    case 'backgroundCheckable':
      if (e.type !== 'CHECK_BACKGROUND') return [];
      return dated(e.payload.checkedOn, e.occurredAt, 'Ngày kiểm tra lý lịch', c.request.receivedOn, 'ngày nhận đề nghị thẩm tra');
    case 'taskSendable': {
      if (e.type !== 'SEND_TASK') return [];
      const p = e.payload;
      const problems = dated(p.requestedOn, e.occurredAt, 'Ngày gửi yêu cầu xác minh', c.backgroundCheck?.checkedOn, 'ngày kiểm tra lý lịch');
      if ((c.tasks ?? []).some((t) => t.taskKey === p.taskKey)) problems.push({ code: 'TASK_KEY_REPEATED', message: `Mã yêu cầu "${p.taskKey}" đã dùng trong hồ sơ này.` });
      if (!personsOf(c).some((x) => x.key === p.personKey)) {
        problems.push({ code: 'PERSON_UNKNOWN', message: `Không có người "${p.personKey}" trong danh sách thẩm tra (chính người được thẩm tra là "${SELF}").` });
      }
      return problems;
    }
    case 'taskAnswerKnown':
      return answeredTask(c, e) ? [] : [{ code: 'TASK_NOT_ANSWERED', message: 'Không có yêu cầu xác minh đang chờ nào đã được trả lời.' }];
    case 'assessable': {
      if (e.type !== 'ASSESS') return [];
      const answers = (c.tasks ?? []).filter((t) => t.answeredOn).map((t) => t.answeredOn as string).sort();
      const problems = dated(e.payload.assessedOn, e.occurredAt, 'Ngày báo cáo thẩm tra', answers.at(-1), 'ngày trả lời xác minh gần nhất');
      const open = pending(c);
      if (open.length) problems.push({ code: 'TASKS_PENDING', message: `Còn yêu cầu xác minh chưa được trả lời: ${open.map((t) => `${t.unitName} (${t.taskKey})`).join('; ')}.` });
      const missing = unanswered(c);
      if (missing.length) problems.push({ code: 'PERSONS_NOT_VERIFIED', message: `Chưa có kết quả xác minh của: ${missing.map((m) => m.fullName).join('; ')}.` });
      return problems;
    }
    case 'conclusionAllowed': {
      if (e.type !== 'CONCLUDE') return [];
      const p = e.payload;
      const after = c.higherOpinion ?? lastConclusion(c);
      const earliest = c.higherOpinion ? c.higherOpinion.receivedOn : c.assessment?.assessedOn;
      const problems = dated(p.concludedOn, e.occurredAt, 'Ngày kết luận', earliest, c.higherOpinion ? 'ngày nhận ý kiến cấp trên' : 'ngày báo cáo thẩm tra');
      if (after && c.higherOpinion && p.outcome === 'NEEDS_HIGHER_OPINION') {
        problems.push({ code: 'HIGHER_OPINION_GIVEN', message: `Đã có ý kiến của cấp trên (${c.higherOpinion.body}): kết luận phải là "${CONCLUSION_LABELS.MEETS}" hoặc "${CONCLUSION_LABELS.DOES_NOT_MEET}".` });
      }
      const check = checkConcludingBody(e.facts, c.request.purpose, c.request.managementLevel, p.concludingBody);
      const detail = concludingBodyDetail(check, e.facts, c.request.purpose, c.request.managementLevel);
      if (detail) problems.push({ code: check.ok ? 'OK' : `BODY_${check.reason}`, message: detail });
      return problems;
    }
    case 'higherOpinionRecordable':
      if (e.type !== 'RECORD_HIGHER_OPINION') return [];
      return dated(e.payload.receivedOn, e.occurredAt, 'Ngày nhận ý kiến cấp trên', lastConclusion(c)?.concludedOn, 'ngày xin ý kiến');
    case 'fileable':
      if (e.type !== 'FILE') return [];
      return dated(e.payload.filedOn, e.occurredAt, 'Ngày lưu hồ sơ', lastConclusion(c)?.concludedOn, 'ngày kết luận');
    case 'withdrawable': {
      if (e.type !== 'WITHDRAW') return [];
      const problems = dated(e.payload.withdrawnOn, e.occurredAt, 'Ngày dừng thẩm tra', c.request.receivedOn, 'ngày nhận đề nghị');
      const open = pending(c);
      if (open.length) {
        problems.push({
          code: 'TASKS_PENDING',
          message: `Còn yêu cầu xác minh đang chờ tại ${open.map((t) => t.unitName).join('; ')}: chờ các cấp ủy đó trả lời (hoặc trả lời không thuộc địa bàn) trước khi dừng.`,
        });
      }
      return problems;
    }
    case 'currentDeadline':
      if (e.type !== 'DEADLINE_MISSED') return [];
      return isCurrentGeneration(c.deadlineGenerations, e.payload) && c.openDeadlines?.includes(e.payload.key)
        ? []
        : [{ code: 'STALE_DEADLINE', message: 'Thông báo quá hạn cũ.' }];
    default:
      return [];
  }
}
