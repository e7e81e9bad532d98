// The live arithmetic of the discipline ballots (R5: the voting body's vote; R7: the upper level's), for a payload as
// entered: counted by countVote / countUpperVote with the rule facts the step would be sent with (thresholds,
// denominator rule, quorum), the very functions the transitions' guards and actions call.
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_SUBJECTS, type DisciplineForm, type DisciplineSubject, type EventFacts } from '../shared/facts';
import { validateTally, type DisciplineDecision } from '../shared/voting/discipline-ballot';
import type { VoteProblem } from '../shared/voting/vote-problem';
import { disciplineTallyOf, fieldsOf, membersOf, stringsOf } from '../shared/voting/as-entered';
import {
  blockedOutcome, disciplineLines, disciplinePreview, thresholdLine, type VotePreview, type VotePreviewInput, type VotePreviewProblem,
} from '../shared/voting/vote-preview';
import { rosterOf, type RosterDto, type TallyDto } from './ky-luat.events';
import { voteRuleFacts, voteWarnings, type VotingRole } from './ky-luat.facts';
import { ballotListsForms, countUpperVote, countVote, proposingVote, subjectForms, type Ballot, type VoteBasis, type VoteResult } from './ky-luat.rules';

const VOTE_LABEL = 'Kết quả bỏ phiếu kín kỷ luật (một phiếu, cộng dồn từ hình thức nặng nhất)';
const UPPER_LABEL = 'Cấp trên biểu quyết kỷ luật (khai trừ cần đủ tỷ lệ ở cả tổ chức đề nghị và tổ chức quyết định)';

interface Entered {
  ballot: Ballot;
  subjectUserId: string | undefined;
  /** The forms the ballot must list for this subject, heaviest first (none known while the facts are not there). */
  expectedForms: DisciplineForm[];
  subject: { kind: DisciplineSubject; holdsPost?: boolean } | undefined;
  memberNoun: string;
}

/** The case's subject and the payload as entered, in the shapes the rules take (nothing entered is dropped but junk). */
function entered({ context, payload, facts }: VotePreviewInput): Entered {
  const c = fieldsOf(context);
  const s = fieldsOf(fieldsOf(c.input).subject);
  const p = fieldsOf(payload);
  const roster = fieldsOf(p.roster);
  const kind = (DISCIPLINE_SUBJECTS as readonly unknown[]).includes(s.kind) ? (s.kind as DisciplineSubject) : undefined;
  const subject = kind ? { kind, holdsPost: s.holdsPost === true } : undefined;
  const recorded = Array.isArray(c.forms) ? (c.forms as DisciplineForm[]) : undefined;
  return {
    ballot: { tally: disciplineTallyOf(p.tally) as TallyDto, roster: { members: membersOf(roster.members), conflicted: stringsOf(roster.conflicted) } as RosterDto },
    subjectUserId: typeof s.userId === 'string' ? s.userId : undefined,
    expectedForms: subject ? (subjectForms({ input: { subject }, forms: recorded }, facts) ?? []) : [],
    subject,
    // A cell's members are party members; every other deciding body is a committee of members (ủy viên).
    memberNoun: fieldsOf(p.decidingBody).kind === 'CELL' ? 'đảng viên' : 'ủy viên',
  };
}

function asDecision(r: VoteResult): DisciplineDecision {
  return r.ok ? { ok: true, decided: r.vote.decided, steps: r.vote.steps, denominator: r.vote.denominator, text: r.vote.text } : r;
}

/**
 * Without facts (the payload not yet complete enough to read the rules for it) nothing is counted: only what no rule
 * could make right is said (counts missing or not adding up); the service adds what the payload still lacks.
 */
function shapeOnly(e: Entered): DisciplineDecision {
  return { ok: false, problems: validateTally(e.ballot.tally, rosterOf(e.ballot.roster, undefined)) };
}

/** The ballot must list the subject's forms (guard ballotListsSubjectForms): said as a problem of the forms entered. */
function formsProblem(e: Entered): VotePreviewProblem | undefined {
  const forms = e.ballot.tally.forms;
  if (!e.subject || e.expectedForms.length === 0 || forms.length === 0 || ballotListsForms(e.expectedForms, forms)) return undefined;
  return {
    code: 'BALLOT_FORMS_NOT_FOR_SUBJECT',
    field: 'tally.forms',
    message: `Phiếu biểu quyết phải ghi đúng các hình thức kỷ luật áp dụng cho đối tượng, từ nặng đến nhẹ: ${e.expectedForms.map((f) => DISCIPLINE_FORM_LABELS[f]).join(', ')}`,
  };
}

/** A preview that also carries the forms problem: no outcome while it stands. */
function withFormsCheck(preview: VotePreview, e: Entered, thresholds: Parameters<typeof disciplineLines>[3]): VotePreview {
  const problem = formsProblem(e);
  if (!problem) return preview;
  const problems = [...preview.problems, problem];
  const { forms, votes } = e.ballot.tally;
  return { ...preview, lines: disciplineLines(forms, votes, preview.denominator, thresholds, null), outcome: blockedOutcome(problems), passed: false, problems };
}

/** The rules of this ballot from the facts sending it would be given (none yet while the payload is incomplete). */
function rulesOf(facts: EventFacts | undefined, role: VotingRole, e: Entered) {
  return voteRuleFacts(facts?.ruleValues, role, e.subjectUserId);
}

/** R5 (RECORD_VOTE): the voting body's ballot, counted cumulatively on its roster under the denominator rule. */
export function previewRecordVote(input: VotePreviewInput): VotePreview {
  const e = entered(input);
  const rules = rulesOf(input.facts, 'PROPOSING', e);
  const preview = disciplinePreview({
    label: VOTE_LABEL,
    tally: e.ballot.tally,
    roster: rosterOf(e.ballot.roster, rules.roster),
    rules: { thresholds: rules.thresholds, quorum: rules.quorum },
    memberNoun: e.memberNoun,
    expectedForms: e.expectedForms,
    decision: input.facts ? asDecision(countVote(e.ballot, rules, input.facts)) : shapeOnly(e),
    warnings: voteWarnings(input.facts?.ruleValues),
  });
  return withFormsCheck(preview, e, rules.thresholds);
}

/**
 * R7 (UPPER_DECIDE): the upper level's ballot with its thresholds (khai trừ's deciding share there); khai trừ also
 * needs the proposing body's share of its vote recorded at R5, shown as a line of its own; when that fails, the khai
 * trừ ballots count towards the next lighter form.
 */
export function previewUpperDecide(input: VotePreviewInput): VotePreview {
  const e = entered(input);
  const vote = fieldsOf(fieldsOf(input.context).vote);
  const rules = rulesOf(input.facts, 'DECIDING', e);
  const recorded = Object.keys(fieldsOf(vote.ballot)).length > 0 ? (vote as unknown as { ballot: Ballot; basis?: VoteBasis }) : undefined;
  const proposing = proposingVote(recorded, input.facts, e.subjectUserId);
  const r = countUpperVote(e.ballot, rules, proposing, e.subjectUserId, input.facts);
  // A problem of the proposing body's ballot is about the recorded vote, not a field of this payload.
  const decision: DisciplineDecision = !input.facts
    ? shapeOnly(e)
    : r.ok
      ? asDecision(r)
      : { ok: false, problems: r.problems.map((p): VoteProblem => ('body' in p && p.body === 'PROPOSING' ? { code: p.code, message: p.message } : p)) };
  const preview = disciplinePreview({
    label: UPPER_LABEL,
    tally: e.ballot.tally,
    roster: rosterOf(e.ballot.roster, rules.roster),
    rules: { thresholds: rules.thresholds, quorum: rules.quorum },
    memberNoun: e.memberNoun,
    expectedForms: e.expectedForms,
    decision,
    warnings: voteWarnings(input.facts?.ruleValues),
  });
  const expulsion = r.ok && input.facts ? r.vote.expulsion : undefined;
  if (!expulsion) return withFormsCheck(preview, e, rules.thresholds);
  const p = expulsion.proposing;
  const proposingLine = thresholdLine(
    'KHAI_TRU_PROPOSING', `Khai trừ – tổ chức đề nghị (đã biểu quyết, ${p.denominator} người được tính)`, p.votes, p.votes, p.denominator, p.threshold,
  );
  const lines = [...preview.lines];
  lines.splice(lines.findIndex((l) => l.key === 'KHAI_TRU') + 1, 0, proposingLine);
  const proposed = `tổ chức đề nghị ${p.votes}/${p.denominator} phiếu, cần ${p.needed}`;
  const d = expulsion.deciding;
  const outcome = expulsion.expelled
    ? `Đủ phiếu thi hành kỷ luật: Khai trừ (${proposed}; tổ chức quyết định ${d.votes}/${d.denominator} phiếu, cần ${d.needed})`
    : `Không đủ điều kiện khai trừ (${proposed}). ${preview.outcome}`;
  return withFormsCheck({ ...preview, lines, outcome }, e, rules.thresholds);
}
