// The live arithmetic of a ballot being entered (POST /cases/:id/vote-preview): the denominator and how it was
// reached, the quorum, each threshold line (cumulative where cộng dồn applies) and the outcome. Built from the very
// library calls the transitions make, so a preview and the decision cannot disagree. Never throws on incomplete or
// malformed input: what stops the count is listed in `problems`, with the voting library's codes and messages.
import { DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS, type DisciplineForm, type EventFacts } from '../facts';
import {
  decideByCumulativeCount, type CumulativeStep, type DisciplineDecision, type DisciplineTally, type DisciplineThresholds,
  type DisciplineVoteRules,
} from './discipline-ballot';
import { checkQuorum } from './quorum';
import { countOf, disciplineTallyOf, yesNoTallyOf } from './as-entered';
import { rosterCounts, type BallotRoster, type ExclusionReason } from './roster';
import { meetsThreshold, thresholdLabel, votesNeeded, type Threshold } from './threshold';
import type { VoteProblem } from './vote-problem';
import { decideYesNo, type YesNoDecision } from './yes-no';

/** One threshold the votes are compared with. */
export interface VotePreviewLine {
  /** A discipline form code, `approve` for a yes/no ballot, or another stable key. */
  key: string;
  label: string;
  /** Ballots marked for this line (0 while not entered). */
  votes: number;
  /** Counted against the threshold: the cumulative count where cộng dồn applies, else `votes`. */
  counted: number;
  /** Fewest counted votes that reach the threshold on the denominator (0 when nothing is counted). */
  needed: number;
  /** E.g. "ít nhất hai phần ba", "quá một nửa". */
  thresholdLabel: string;
  reached: boolean;
}

export interface VotePreviewQuorum {
  required: number;
  present: number;
  met: boolean;
  label: string;
}

export interface VotePreviewProblem {
  code: string;
  /** Path in the event's payload (e.g. `tally.cast`, `tally.votes.KHAI_TRU`); null when not about one field. */
  field: string | null;
  message: string;
}

export interface VotePreview {
  label: string;
  denominator: number;
  /** How the denominator was computed, e.g. "9 ủy viên trong danh sách, trừ 1 người là đối tượng …: 8 người được tính". */
  denominatorLabel: string;
  /** Ballots collected, when entered as a count. */
  cast: number | null;
  quorum: VotePreviewQuorum | null;
  lines: VotePreviewLine[];
  /** Vietnamese sentence of the result (or of why there is none yet). */
  outcome: string;
  passed: boolean;
  problems: VotePreviewProblem[];
  /**
   * What the arithmetic rests on that no committee has confirmed (e.g. no quorum rule, a rule of unverified
   * confidence), in Vietnamese: shown beside the result, never blocking it.
   */
  warnings: string[];
}

/** What a procedure's preview of one ballot event reads: the case's context, the payload as entered, the facts. */
export interface VotePreviewInput {
  context: unknown;
  payload: unknown;
  /** The facts the event asks for, as the service resolves them for sending it (absent while the payload is incomplete). */
  facts?: EventFacts;
}

/** Pure and total: the preview of one ballot event (EventSpec.votePreview). */
export type VotePreviewHook = (input: VotePreviewInput) => VotePreview;

// ---- Pieces -------------------------------------------------------------------------------------------------

const lower = (text: string) => text.toLocaleLowerCase('vi');

function joinVi(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

const EXCLUDED: Record<ExclusionReason, string> = {
  SUBJECT: 'là đối tượng của vụ việc (cấp ủy đã xác nhận không tính)',
  CONFLICT_OF_INTEREST: 'là đối tượng của vụ việc hoặc có xung đột lợi ích',
  PROBATIONARY: 'là đảng viên dự bị (không biểu quyết)',
  TRANSFERRED: 'đang sinh hoạt tạm thời nơi khác',
  SUSPENDED_OR_PROSECUTED: 'đang bị đình chỉ sinh hoạt, khởi tố, truy tố hoặc tạm giam',
  EXEMPT_ABSENT: 'được miễn sinh hoạt và vắng mặt',
  ABSENT_APPROVED_REASON: 'vắng mặt có lý do được cấp ủy đồng ý',
};

/** E.g. "10 ủy viên trong danh sách, trừ 1 người là đối tượng … và 1 người là đảng viên dự bị …: 8 người được tính vào tổng số". */
export function denominatorLabel(roster: BallotRoster, memberNoun: string): string {
  const counts = rosterCounts(roster);
  const listed = roster.denominator + roster.excluded.length;
  const minus = (Object.keys(EXCLUDED) as ExclusionReason[])
    .filter((reason) => counts.excluded[reason] > 0)
    .map((reason) => `${counts.excluded[reason]} người ${EXCLUDED[reason]}`);
  let text = `${listed} ${memberNoun} trong danh sách`;
  if (minus.length > 0) text += `, trừ ${joinVi(minus)}`;
  text += `: ${roster.denominator} người được tính vào tổng số`;
  if (counts.absentCounted > 0) text += ` (${counts.present} người có mặt được phát phiếu, ${counts.absentCounted} người vắng mặt vẫn được tính)`;
  return text;
}

export function quorumPreview(roster: BallotRoster, quorum: Threshold | null): VotePreviewQuorum | null {
  if (quorum === null) return null;
  const q = checkQuorum(roster, quorum);
  const required = q.needed ?? 0;
  return {
    required,
    present: q.present,
    met: q.met,
    label: `Có mặt ${q.present}/${q.denominator} người được tính, cần ${required} (${lower(thresholdLabel(quorum))} tổng số): ${q.met ? 'đủ' : 'không đủ'}`,
  };
}

/** The library's problems, their field given as a path in the payload (`prefix` + the count's name). */
export function problemsIn(problems: readonly VoteProblem[], prefix: string): VotePreviewProblem[] {
  return problems.map((p) => ({ code: p.code, field: p.field ? `${prefix}${p.field}` : null, message: p.message }));
}

/** One threshold line; nothing is reached on an empty denominator. */
export function thresholdLine(key: string, label: string, votes: number, counted: number, denominator: number, threshold: Threshold | undefined): VotePreviewLine {
  if (!threshold) return { key, label, votes, counted, needed: 0, thresholdLabel: 'chưa có tỷ lệ biểu quyết', reached: false };
  return {
    key,
    label,
    votes,
    counted,
    needed: votesNeeded(denominator, threshold) ?? 0,
    thresholdLabel: lower(thresholdLabel(threshold)),
    reached: denominator > 0 && meetsThreshold(counted, denominator, threshold),
  };
}

/**
 * The cumulative count line by line (§7.4), for the forms in `forms` (heaviest first; unknown or repeated ones left
 * out) as entered: each form's votes plus those of every heavier form, against its own threshold. A count not entered
 * counts 0 here (and is a problem). `decided` marks the form the decision names and the lighter ones not considered.
 */
export function disciplineLines(
  forms: readonly unknown[], votes: Readonly<Record<string, unknown>>, denominator: number, thresholds: DisciplineThresholds,
  decided: DisciplineForm | null,
): VotePreviewLine[] {
  const lines: VotePreviewLine[] = [];
  const seen = new Set<string>();
  let cumulative = 0;
  let passedDecided = false;
  for (const form of forms) {
    if (typeof form !== 'string' || !(DISCIPLINE_FORMS as readonly string[]).includes(form) || seen.has(form)) continue;
    seen.add(form);
    const f = form as DisciplineForm;
    const own = countOf(votes[f]) ?? 0;
    // Beyond any real ballot (and so a problem already); kept a safe integer so the answer stays exact.
    cumulative = Math.min(cumulative + own, Number.MAX_SAFE_INTEGER);
    let label = DISCIPLINE_FORM_LABELS[f];
    if (f === decided) label += ' – hình thức được quyết định';
    else if (passedDecided) label += ' (không xét: đã đủ phiếu ở hình thức nặng hơn)';
    if (f === decided) passedDecided = true;
    lines.push(thresholdLine(f, label, own, cumulative, denominator, thresholds[f]));
  }
  return lines;
}

/** "Đủ phiếu thi hành kỷ luật: Cảnh cáo (5/8 phiếu cộng dồn, cần 5)", or no discipline. */
export function disciplineOutcome(
  decided: DisciplineForm | null, steps: readonly CumulativeStep[], denominator: number, ownVotes: Readonly<Record<string, unknown>>,
): string {
  const last = steps.at(-1);
  if (decided === null || !last) return 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn: không kỷ luật';
  const cumulative = last.cumulativeVotes !== (countOf(ownVotes[decided]) ?? 0);
  return `Đủ phiếu thi hành kỷ luật: ${DISCIPLINE_FORM_LABELS[decided]} (${last.cumulativeVotes}/${denominator} phiếu${cumulative ? ' cộng dồn' : ''}, cần ${last.needed})`;
}

/** "Chưa tính được kết quả: <the first problem> (và 2 vấn đề khác)". */
export function blockedOutcome(problems: readonly VotePreviewProblem[]): string {
  const more = problems.length > 1 ? ` (và ${problems.length - 1} vấn đề khác)` : '';
  return `Chưa tính được kết quả: ${problems[0]?.message ?? 'số phiếu chưa đầy đủ'}${more}`;
}

export interface PreviewFrame {
  label: string;
  roster: BallotRoster;
  memberNoun: string;
  cast: unknown;
  quorum: Threshold | null;
}

/** The parts every preview shares: its label, the denominator and how it was reached, the ballots cast, the quorum. */
export function previewFrame(f: PreviewFrame): Pick<VotePreview, 'label' | 'denominator' | 'denominatorLabel' | 'cast' | 'quorum'> {
  return {
    label: f.label,
    denominator: f.roster.denominator,
    denominatorLabel: denominatorLabel(f.roster, f.memberNoun),
    cast: countOf(f.cast),
    quorum: quorumPreview(f.roster, f.quorum),
  };
}

// ---- Whole ballots ------------------------------------------------------------------------------------------

export interface DisciplineBallotPreview {
  label: string;
  /** The tally as entered (any shape). */
  tally: unknown;
  roster: BallotRoster;
  rules: DisciplineVoteRules;
  /** What the roster's people are called: "ủy viên", "đảng viên"… */
  memberNoun: string;
  /** The forms to show while the ballot lists none yet (the subject's forms, heaviest first). */
  expectedForms?: readonly DisciplineForm[];
  /**
   * The procedure's own count of this payload (the function its transition calls); by default decideByCumulativeCount
   * on the same tally, roster and rules.
   */
  decision?: DisciplineDecision;
  /** See VotePreview.warnings. */
  warnings?: readonly string[];
}

/** A discipline ballot counted by cumulative counting (decideByCumulativeCount, as the transition counts it). */
export function disciplinePreview(input: DisciplineBallotPreview): VotePreview {
  const tally = disciplineTallyOf(input.tally);
  const decision = input.decision ?? decideByCumulativeCount(tally, input.roster, input.rules);
  const problems = decision.ok ? [] : problemsIn(decision.problems, 'tally.');
  const decided = decision.ok ? decision.decided : null;
  const forms = tally.forms.length > 0 ? tally.forms : (input.expectedForms ?? []);
  return {
    ...previewFrame({ ...input, cast: tally.cast, quorum: input.rules.quorum }),
    lines: disciplineLines(forms, tally.votes, input.roster.denominator, input.rules.thresholds, decided),
    outcome: decision.ok ? disciplineOutcome(decided, decision.steps, decision.denominator, tally.votes) : blockedOutcome(problems),
    passed: decided !== null,
    problems,
    warnings: [...(input.warnings ?? [])],
  };
}

export interface YesNoBallotPreview {
  label: string;
  tally: unknown;
  roster: BallotRoster;
  rules: { threshold: Threshold; quorum: Threshold | null };
  memberNoun: string;
  /** The line's label, e.g. "Tán thành kết nạp"; "Tán thành" by default. */
  approveLabel?: string;
  /**
   * The procedure's own count of this payload (the function its transition calls); by default decideYesNo on the
   * same tally, roster and rules.
   */
  decision?: YesNoDecision;
  /** See VotePreview.warnings. */
  warnings?: readonly string[];
}

/** A yes/no ballot: approvals against the threshold on the roster's denominator. */
export function yesNoPreview(input: YesNoBallotPreview): VotePreview {
  const tally = yesNoTallyOf(input.tally);
  const decision = input.decision ?? decideYesNo(tally, input.roster, input.rules);
  const problems = decision.ok ? [] : problemsIn(decision.problems, 'tally.');
  const approve = countOf(tally.approve) ?? 0;
  const line = thresholdLine('approve', input.approveLabel ?? 'Tán thành', approve, approve, input.roster.denominator, input.rules.threshold);
  const outcome = decision.ok
    ? `${decision.passed ? 'Thông qua' : 'Không thông qua'}: tán thành ${decision.approve}/${decision.denominator} phiếu, ` +
      `cần ${decision.needed} (${lower(thresholdLabel(decision.threshold))} tổng số)`
    : blockedOutcome(problems);
  return {
    ...previewFrame({ ...input, cast: tally.cast, quorum: input.rules.quorum }),
    lines: [line],
    outcome,
    passed: decision.ok && decision.passed,
    problems,
    warnings: [...(input.warnings ?? [])],
  };
}
