// What exactly a refusing guard of the discipline procedure found for the very event (ProcedureDefinition.refusalDetail):
// the rule keys without a value and the date they were resolved for, the missing cell of the authority matrix, the
// day a protection ends, the tally's problems. Pure; appended to the guard's message.
import { viDate, vietnamDate } from '@hoso/kernel/legal-time';
import type { DisciplineForm } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import { missingText, RULE, tableOf, voteRuleFacts, wholeOf, effectFromTable } from './ky-luat.facts';
import { voteRulesMissing } from './ky-luat.derived';
import type { ContextKyLuat, EventKyLuat } from './ky-luat.types';
import { groundProblem, resumeProblem } from './ky-luat.protection';
import {
  authorityCellText, countUpperVote, countVote, limitationRulesMissing, proposingVote, subjectForms, unconfirmedDissolutionVotes,
} from './ky-luat.rules';
import type { DeferPayload, ResumePayload, AbsencePayload, UpperDecidePayload, VotePayload, DecidePayload } from './ky-luat.events';

type Payload = Record<string, unknown>;

function voteRulesText(c: ContextKyLuat, e: MachineEvent, role: 'PROPOSING' | 'DECIDING'): string | undefined {
  return missingText(e.facts, voteRulesMissing({ context: c, event: e as EventKyLuat }, role)) || undefined;
}

function countProblems(c: ContextKyLuat, e: MachineEvent): string | undefined {
  const p = e.payload as VotePayload & UpperDecidePayload;
  const subject = c.input.subject.userId;
  const r =
    e.type === 'UPPER_DECIDE'
      ? countUpperVote(p, voteRuleFacts(e.facts?.ruleValues, 'DECIDING', subject), proposingVote(c.vote, e.facts, subject), subject, e.facts)
      : countVote(p, voteRuleFacts(e.facts?.ruleValues, 'PROPOSING', subject), e.facts);
  return r.ok ? undefined : r.problems.map((x) => x.message).join('; ');
}

/** The form an authority guard was about: the decision's, else the vote's (R6), else nothing said. */
function formOf(c: ContextKyLuat, e: MachineEvent): DisciplineForm | null | undefined {
  if (e.type === 'DECIDE') return (e.payload as DecidePayload).form;
  if (e.type === 'UPPER_DECIDE') {
    const p = e.payload as UpperDecidePayload;
    const subject = c.input.subject.userId;
    const r = countUpperVote(p, voteRuleFacts(e.facts?.ruleValues, 'DECIDING', subject), proposingVote(c.vote, e.facts, subject), subject, e.facts);
    return r.ok ? r.vote.decided : undefined;
  }
  return c.vote?.decided;
}

export function refusalDetailKyLuat(guard: string, context: unknown, event: MachineEvent): string | undefined {
  const c = context as ContextKyLuat;
  const rules = event.facts?.ruleValues;
  switch (guard) {
    case 'limitationRulesFound':
      return missingText(event.facts, limitationRulesMissing(c.input, rules)) || undefined;
    case 'protectedGroundHolds':
      return groundProblem(event.payload as DeferPayload, event.occurredAt, wholeOf(rules, RULE.NURSING_MONTHS)) ?? undefined;
    case 'protectionEnded':
      return resumeProblem(c.deferrals?.at(-1), event.payload as ResumePayload, event.occurredAt) ?? undefined;
    case 'absenceRepeated': {
      const needed = wholeOf(rules, RULE.ABSENCE_INVITATIONS);
      if (needed === undefined) return missingText(event.facts, [RULE.ABSENCE_INVITATIONS]);
      const p = event.payload as AbsencePayload;
      const given = new Set((p.invitations ?? []).map((d) => Date.parse(d))).size;
      return `Quy định: từ ${needed} lần được mời; đã ghi ${given} lần${p.withoutValidReason ? '' : ', có lý do chính đáng'}.`;
    }
    case 'voteRulesFound':
      return voteRulesText(c, event, 'PROPOSING');
    case 'upperRulesFound':
      return voteRulesText(c, event, 'DECIDING');
    case 'ballotListsSubjectForms':
    case 'formExistsForSubject': {
      const forms = subjectForms(c, event.facts);
      return forms ? undefined : missingText(event.facts, [RULE.FORMS]);
    }
    case 'dissolutionThresholdConfirmed': {
      const p = event.payload as VotePayload;
      const votes = unconfirmedDissolutionVotes(p.tally, voteRuleFacts(rules, 'DECIDING', c.input.subject.userId));
      return `Đã ghi ${votes} phiếu giải tán; ${RULE.THRESHOLD_GIAI_TAN} chưa có giá trị.`;
    }
    case 'tallyCounts':
      return countProblems(c, event);
    case 'effectRuleFound': {
      const p = event.payload as Payload & { decidingBody?: { kind: string; level: string } };
      const form = formOf(c, event);
      if (!tableOf(rules, RULE.EFFECT)) return missingText(event.facts, [RULE.EFFECT]);
      if (form && p.decidingBody && !effectFromTable(rules, p.decidingBody as never, form))
        return `${RULE.EFFECT} không có dòng cho ${authorityCellText(event.facts?.disciplineAuthority, form) ?? form}.`;
      return undefined;
    }
    case 'authorityConfigured':
    case 'upperAuthorityConfigured': {
      const cell = authorityCellText(event.facts?.disciplineAuthority, formOf(c, event));
      return cell ? `Ô còn thiếu trong bảng thẩm quyền: ${cell}.` : undefined;
    }
    case 'withinAuthority':
    case 'upperWithinAuthority': {
      const form = formOf(c, event);
      const cell = authorityCellText(event.facts?.disciplineAuthority, form);
      const basis = form ? event.facts?.disciplineAuthority?.forms[form]?.legalBasis : undefined;
      return cell ? `Bảng thẩm quyền: ${cell} – không có thẩm quyền${basis ? ` (${basis})` : ''}.` : undefined;
    }
    case 'meetingDateValid':
    case 'decisionDateValid': {
      const p = event.payload as Payload;
      const date = (p.meetingDate ?? p.decisionDate) as string | undefined;
      return date ? `Ngày đã ghi: ${viDate(vietnamDate(date))}.` : undefined;
    }
    default:
      return undefined;
  }
}
