// The live arithmetic of the discipline ballots (R5: the voting body's vote; R7: the upper level's), for a payload as
// entered: counted by countVote / countUpperVote, the very functions the transitions' guards and actions call.
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_SUBJECTS, type DisciplineForm, type DisciplineSubject } from '../shared/facts';
import type { DisciplineDecision } from '../shared/voting/discipline-ballot';
import type { VoteProblem } from '../shared/voting/vote-problem';
import { disciplineTallyOf, fieldsOf, membersOf, stringsOf } from '../shared/voting/as-entered';
import {
  blockedOutcome, disciplineLines, disciplinePreview, thresholdLine, type VotePreview, type VotePreviewInput, type VotePreviewProblem,
} from '../shared/voting/vote-preview';
import { rosterOf, type DissolutionThresholdDto, type RosterDto, type TallyDto } from './ky-luat.events';
import { ballotListsSubjectForms, countUpperVote, countVote, DECIDING_THRESHOLDS, formsFor, voteRules, type Ballot, type VoteResult } from './ky-luat.rules';

const VOTE_LABEL = 'Kết quả bỏ phiếu kín kỷ luật (một phiếu, cộng dồn từ hình thức nặng nhất)';
const UPPER_LABEL = 'Cấp trên biểu quyết kỷ luật (khai trừ cần đủ tỷ lệ ở cả tổ chức đề nghị và tổ chức quyết định)';

interface Entered {
  ballot: Ballot;
  subjectUserId: string | undefined;
  /** The forms the ballot must list for this subject, heaviest first. */
  expectedForms: DisciplineForm[];
  subject: { kind: DisciplineSubject; holdsPost?: boolean } | undefined;
  memberNoun: string;
}

/** The case's subject and the payload as entered, in the shapes the rules take (nothing entered is dropped but junk). */
function entered({ context, payload }: VotePreviewInput): Entered {
  const s = fieldsOf(fieldsOf(fieldsOf(context).input).subject);
  const p = fieldsOf(payload);
  const roster = fieldsOf(p.roster);
  const dissolution = Object.keys(fieldsOf(p.dissolutionThreshold)).length > 0 ? (p.dissolutionThreshold as DissolutionThresholdDto) : undefined;
  const kind = (DISCIPLINE_SUBJECTS as readonly unknown[]).includes(s.kind) ? (s.kind as DisciplineSubject) : undefined;
  const subject = kind ? { kind, holdsPost: s.holdsPost === true } : undefined;
  return {
    ballot: {
      tally: disciplineTallyOf(p.tally) as TallyDto,
      roster: { members: membersOf(roster.members), conflicted: stringsOf(roster.conflicted) } as RosterDto,
      dissolutionThreshold: dissolution,
    },
    subjectUserId: typeof s.userId === 'string' ? s.userId : undefined,
    expectedForms: subject ? formsFor(subject) : [],
    subject,
    // A cell's members are party members; every other deciding body is a committee of members (ủy viên).
    memberNoun: fieldsOf(p.decidingBody).kind === 'CELL' ? 'đảng viên' : 'ủy viên',
  };
}

function asDecision(r: VoteResult): DisciplineDecision {
  return r.ok ? { ok: true, decided: r.vote.decided, steps: r.vote.steps, denominator: r.vote.denominator, text: r.vote.text } : r;
}

/** The ballot must list the subject's forms (guard ballotListsSubjectForms): said as a problem of the forms entered. */
function formsProblem(e: Entered): VotePreviewProblem | undefined {
  const forms = e.ballot.tally.forms;
  if (!e.subject || forms.length === 0 || ballotListsSubjectForms(e.subject, forms)) return undefined;
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

/** R5 (RECORD_VOTE): the voting body's ballot, counted cumulatively on its roster; the subject never counts. */
export function previewRecordVote(input: VotePreviewInput): VotePreview {
  const e = entered(input);
  const rules = voteRules(e.ballot);
  const preview = disciplinePreview({
    label: VOTE_LABEL,
    tally: e.ballot.tally,
    roster: rosterOf(e.ballot.roster, e.subjectUserId),
    rules,
    memberNoun: e.memberNoun,
    expectedForms: e.expectedForms,
    decision: asDecision(countVote(e.ballot, e.subjectUserId)),
  });
  return withFormsCheck(preview, e, rules.thresholds);
}

/**
 * R7 (UPPER_DECIDE): the upper level's ballot with its thresholds (khai trừ > 1/2 there); khai trừ also needs ≥ 2/3 of
 * the proposing body's vote recorded at R5, shown as a line of its own; when that fails, the khai trừ ballots count
 * towards the next lighter form.
 */
export function previewUpperDecide(input: VotePreviewInput): VotePreview {
  const e = entered(input);
  const recorded = fieldsOf(fieldsOf(input.context).vote).ballot;
  const proposing = Object.keys(fieldsOf(recorded)).length > 0 ? (recorded as Ballot) : undefined;
  const r = countUpperVote(e.ballot, e.subjectUserId, proposing);
  // A problem of the proposing body's ballot is about the recorded vote, not a field of this payload.
  const decision: DisciplineDecision = r.ok
    ? asDecision(r)
    : { ok: false, problems: r.problems.map((p): VoteProblem => ('body' in p && p.body === 'PROPOSING' ? { code: p.code, message: p.message } : p)) };
  const rules = voteRules(e.ballot, DECIDING_THRESHOLDS);
  const preview = disciplinePreview({
    label: UPPER_LABEL,
    tally: e.ballot.tally,
    roster: rosterOf(e.ballot.roster, e.subjectUserId),
    rules,
    memberNoun: e.memberNoun,
    expectedForms: e.expectedForms,
    decision,
  });
  const expulsion = r.ok ? r.vote.expulsion : undefined;
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
