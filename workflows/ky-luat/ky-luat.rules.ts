// The rules of discipline the machine applies, pure: forms per subject (§7.1), statute of limitations (§7.2), the
// vote (§7.4, through the voting library) and the authority table's answer for one form (§7.3, facts).
import { addMonths, vietnamDate, viDate, type IsoDate } from '@hoso/kernel/legal-time';
import { inputDateProblems, type InputProblem } from '../shared/input-dates';
import {
  DISCIPLINE_FORM_LABELS, type DisciplineAuthorityFact, type DisciplineForm, type DisciplineSubject, type EventFacts,
} from '../shared/facts';
import {
  DISCIPLINE_THRESHOLDS, decideByCumulativeCount, type CumulativeStep, type DisciplineThresholds, type DisciplineVoteRules,
} from '../shared/voting/discipline-ballot';
import { EXPULSION_THRESHOLDS, decideExpulsion, type ExpulsionCheck } from '../shared/voting/expulsion';
import { rosterCounts, type RosterCounts } from '../shared/voting/roster';
import { fractionThreshold, type Threshold } from '../shared/voting/threshold';
import type { VoteProblem } from '../shared/voting/vote-problem';
import { rosterOf, type DisciplineSubjectDto, type DisciplineViolationDto, type KyLuatInput, type NoLimitationCategory, type TallyDto, type RosterDto, type DissolutionThresholdDto } from './ky-luat.events';

export const SUBJECT_KIND_LABELS: Record<DisciplineSubject, string> = {
  FULL_MEMBER: 'Đảng viên chính thức',
  PROBATIONARY_MEMBER: 'Đảng viên dự bị',
  ORGANISATION: 'Tổ chức đảng',
};

/** §7.1, heaviest first (the order of the ballot and of cumulative counting). */
export function formsFor(subject: Pick<DisciplineSubjectDto, 'kind' | 'holdsPost'>): DisciplineForm[] {
  switch (subject.kind) {
    case 'FULL_MEMBER':
      return subject.holdsPost ? ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'] : ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH'];
    case 'PROBATIONARY_MEMBER':
      return ['CANH_CAO', 'KHIEN_TRACH'];
    case 'ORGANISATION':
      return ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH'];
  }
}

/** The ballot lists exactly the subject's forms, heaviest first (§7.1 and §7.4: one ballot, cumulative counting). */
export function ballotListsSubjectForms(subject: Pick<DisciplineSubjectDto, 'kind' | 'holdsPost'>, forms: readonly unknown[] | undefined): boolean {
  const expected = formsFor(subject);
  return Array.isArray(forms) && forms.length === expected.length && forms.every((f, i) => f === expected[i]);
}

// ---- Statute of limitations (§7.2) -------------------------------------------------------------------------

export const LIMIT_RULE_KEYS = [
  'B3.LIMIT_MEMBER_KHIEN_TRACH',
  'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC',
  'B3.LIMIT_MEMBER_KHAI_TRU',
  'B3.LIMIT_ORG_KHIEN_TRACH',
  'B3.LIMIT_ORG_CANH_CAO',
] as const;

/** The rule row giving a form's limitation; null where §7.2 states none (dissolution of an organisation). */
export function limitRuleKey(subject: DisciplineSubject, form: DisciplineForm): string | null {
  if (subject === 'ORGANISATION') return form === 'KHIEN_TRACH' ? 'B3.LIMIT_ORG_KHIEN_TRACH' : form === 'CANH_CAO' ? 'B3.LIMIT_ORG_CANH_CAO' : null;
  if (form === 'KHIEN_TRACH') return 'B3.LIMIT_MEMBER_KHIEN_TRACH';
  if (form === 'CANH_CAO' || form === 'CACH_CHUC') return 'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC';
  if (form === 'KHAI_TRU') return 'B3.LIMIT_MEMBER_KHAI_TRU';
  return null;
}

/** §7.2: the categories without limitation; for organisations the table lists no illegal diplomas. */
function categoryLifts(subject: DisciplineSubject, category: NoLimitationCategory | undefined): boolean {
  if (!category) return false;
  return subject !== 'ORGANISATION' || category !== 'ILLEGAL_DIPLOMA';
}

export const NO_LIMITATION_LABELS: Record<NoLimitationCategory, string> = {
  INTERNAL_POLITICS: 'Vi phạm về chính trị nội bộ',
  DEFENCE_SECURITY_FOREIGN: 'Vi phạm về quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia',
  ILLEGAL_DIPLOMA: 'Sử dụng văn bằng, chứng chỉ không hợp pháp',
};

export interface Limitation {
  form: DisciplineForm;
  ruleKey: string | null;
  /** Months of the limitation; null: none applies. */
  months: number | null;
  /** The day the clock starts (the violation, or the end of a continuing one); null: the violation is still going on. */
  countedFrom: IsoDate | null;
  /** The first day on which the violation is time-barred (the period covers countedFrom … the day before). */
  barredFrom: IsoDate | null;
  concludedOn: IsoDate;
  timeBarred: boolean;
  text: string;
}

export type LimitFacts = EventFacts['ruleValues'];

/**
 * Pure: the limitation for one form, from the violation (its end when continuing) to the conclusion that it is at
 * disciplinary level (§7.2, 296/08-HD [S18]). Counted from the start day (the rule rows' SAME_DAY convention): 60
 * months from 15/03/2019 cover up to 14/03/2024, and a conclusion on 15/03/2024 is time-barred.
 */
export function limitationFor(
  subject: DisciplineSubject, violation: DisciplineViolationDto, concludedAt: string, form: DisciplineForm, rules: LimitFacts,
): Limitation {
  const concludedOn = vietnamDate(concludedAt);
  const ruleKey = limitRuleKey(subject, form);
  const countedFrom = violation.continuing ? (violation.occurredUntil ? vietnamDate(violation.occurredUntil) : null) : vietnamDate(violation.occurredFrom);
  const label = DISCIPLINE_FORM_LABELS[form];
  const base = { form, ruleKey, countedFrom, concludedOn };
  if (categoryLifts(subject, violation.noLimitationCategory)) {
    const category = NO_LIMITATION_LABELS[violation.noLimitationCategory as NoLimitationCategory];
    return { ...base, months: null, barredFrom: null, timeBarred: false, text: `${label}: không áp dụng thời hiệu (${category})` };
  }
  const months = ruleKey ? (rules?.[ruleKey]?.value ?? null) : null;
  if (months === null) return { ...base, months, barredFrom: null, timeBarred: false, text: `${label}: không áp dụng thời hiệu` };
  if (countedFrom === null)
    return { ...base, months, barredFrom: null, timeBarred: false, text: `${label}: thời hiệu ${months} tháng, vi phạm còn tiếp diễn nên chưa bắt đầu tính` };
  const barredFrom = addMonths(countedFrom, months);
  const timeBarred = concludedOn >= barredFrom;
  const text =
    `${label}: thời hiệu ${months} tháng tính từ ${viDate(countedFrom)}, hết ngày ${viDate(addMonthsDayBefore(barredFrom))}; ` +
    `kết luận ngày ${viDate(concludedOn)}: ${timeBarred ? 'đã hết thời hiệu' : 'còn thời hiệu'}`;
  return { ...base, months, barredFrom, timeBarred, text };
}

function addMonthsDayBefore(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Each form available for the subject with its limitation, as checked at R1. */
export function limitationTable(input: KyLuatInput, concludedAt: string, rules: LimitFacts): Limitation[] {
  return formsFor(input.subject).map((form) => limitationFor(input.subject.kind, input.violation, concludedAt, form, rules));
}

// ---- The vote (§7.4) ---------------------------------------------------------------------------------------

export interface VoteRecord {
  forms: DisciplineForm[];
  decided: DisciplineForm | null;
  steps: CumulativeStep[];
  denominator: number;
  counts: RosterCounts;
  text: string;
}

export type VoteResult = { ok: true; vote: VoteRecord } | { ok: false; problems: VoteProblem[] };

function thresholdsWith(base: DisciplineThresholds, dissolution: DissolutionThresholdDto | undefined): DisciplineThresholds {
  if (!dissolution) return base;
  let giaiTan: Threshold;
  try {
    giaiTan = fractionThreshold(dissolution.numerator, dissolution.denominator, dissolution.strict);
  } catch {
    return base;
  }
  return { ...base, GIAI_TAN: giaiTan };
}

export const DECIDING_THRESHOLDS: DisciplineThresholds = { ...DISCIPLINE_THRESHOLDS, KHAI_TRU: EXPULSION_THRESHOLDS.deciding };

export interface Ballot {
  tally: TallyDto;
  roster: RosterDto;
  dissolutionThreshold?: DissolutionThresholdDto;
}

/** The thresholds a body's ballot is counted with (dissolution's as the body applied it) and its quorum (none stated). */
export function voteRules(ballot: Pick<Ballot, 'dissolutionThreshold'>, base: DisciplineThresholds = DISCIPLINE_THRESHOLDS): DisciplineVoteRules {
  return { thresholds: thresholdsWith(base, ballot.dissolutionThreshold), quorum: null };
}

/** Pure: the body's ballot counted with cumulative counting on its roster (the subject never counts). */
export function countVote(ballot: Ballot, subjectUserId: string | undefined, base: DisciplineThresholds = DISCIPLINE_THRESHOLDS): VoteResult {
  const roster = rosterOf(ballot.roster, subjectUserId);
  const result = decideByCumulativeCount(ballot.tally, roster, voteRules(ballot, base));
  if (!result.ok) return result;
  return {
    ok: true,
    vote: { forms: [...ballot.tally.forms], decided: result.decided, steps: result.steps, denominator: result.denominator, counts: rosterCounts(roster), text: result.text },
  };
}

export interface UpperVoteRecord extends VoteRecord {
  /** For khai trừ: both organisations' checks (≥ 2/3 of the proposing, > 1/2 of the deciding). */
  expulsion?: { expelled: boolean; proposing: ExpulsionCheck; deciding: ExpulsionCheck };
}

/**
 * Pure: the upper level's vote. Khai trừ needs > 1/2 of the deciding body and ≥ 2/3 of the proposing one (its vote
 * recorded at R5); when that double threshold fails, the khai trừ ballots count towards the next lighter form.
 */
export function countUpperVote(
  ballot: Ballot, subjectUserId: string | undefined, proposing: Ballot | undefined,
): { ok: true; vote: UpperVoteRecord } | { ok: false; problems: VoteProblem[] } {
  const first = countVote(ballot, subjectUserId, DECIDING_THRESHOLDS);
  if (!first.ok || first.vote.decided !== 'KHAI_TRU') return first;
  if (!proposing) return { ok: false, problems: [{ code: 'EXPULSION_NOT_ON_BALLOT', message: 'Không có kết quả biểu quyết của tổ chức đề nghị khai trừ' }] };
  const check = decideExpulsion(
    {
      proposing: { tally: proposing.tally, roster: rosterOf(proposing.roster, subjectUserId), quorum: null },
      deciding: { tally: ballot.tally, roster: rosterOf(ballot.roster, subjectUserId), quorum: null },
    },
    EXPULSION_THRESHOLDS,
  );
  if (!check.ok) return { ok: false, problems: check.problems };
  const expulsion = { expelled: check.expelled, proposing: check.proposing, deciding: check.deciding };
  if (check.expelled) return { ok: true, vote: { ...first.vote, expulsion } };
  // Expulsion fails: count again without it, its ballots added to the next lighter form (cumulative counting).
  const [, next, ...rest] = ballot.tally.forms;
  const votes = { ...ballot.tally.votes };
  const expel = votes.KHAI_TRU ?? 0;
  delete votes.KHAI_TRU;
  const without: Ballot = { ...ballot, tally: { ...ballot.tally, forms: [next, ...rest], votes: { ...votes, [next]: (votes[next] ?? 0) + expel } } };
  const second = countVote(without, subjectUserId, DECIDING_THRESHOLDS);
  if (!second.ok) return second;
  const text = `${check.proposing.text}; ${check.deciding.text}: không đủ điều kiện khai trừ. ${second.vote.text}`;
  return { ok: true, vote: { ...second.vote, forms: [...ballot.tally.forms], steps: [...first.vote.steps, ...second.vote.steps], text, expulsion } };
}

// ---- Authority (§7.3, facts) -------------------------------------------------------------------------------

export type AuthorityAnswer = 'WITHIN' | 'BEYOND' | 'NOT_CONFIGURED';

/** The authority table's answer for one form; a cell may not discipline for a task assigned by the upper level. */
export function authorityFor(fact: DisciplineAuthorityFact | undefined, form: DisciplineForm, taskAssignedByUpper: boolean): AuthorityAnswer {
  const cell = fact?.forms[form];
  if (!cell || cell.decision === 'NOT_CONFIGURED') return 'NOT_CONFIGURED';
  if (cell.decision === 'NOT_ALLOWED') return 'BEYOND';
  return cell.notForUpperAssignedTask && taskAssignedByUpper ? 'BEYOND' : 'WITHIN';
}

// ---- Dated checks of the input -----------------------------------------------------------------------------

/** Pure: dates in the future and an end before a start are refused (ProcedureDefinition.inputChecks). */
export function checkInputDates(input: KyLuatInput, now: string): InputProblem[] {
  const v = input.violation;
  return inputDateProblems(
    now,
    [
      ['violation.occurredFrom', v?.occurredFrom, 'Ngày bắt đầu vi phạm'],
      ['violation.occurredUntil', v?.occurredUntil, 'Ngày chấm dứt vi phạm'],
      ['concludedAt', input.concludedAt, 'Ngày kết luận vi phạm đến mức phải xử lý kỷ luật'],
    ],
    [
      ['violation.occurredUntil', v?.occurredUntil, v?.occurredFrom, 'Ngày chấm dứt vi phạm không được trước ngày bắt đầu vi phạm'],
      ['concludedAt', input.concludedAt, v?.occurredFrom, 'Ngày kết luận vi phạm không được trước ngày bắt đầu vi phạm'],
    ],
  );
}
