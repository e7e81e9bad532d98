// The rules of discipline the machine applies, pure: forms per subject (§7.1), statute of limitations (§7.2), the
// vote (§7.4, through the voting library) and the authority table's answer for one form (§7.3). Every legal value
// comes from the rule and authority rows handed over as facts (ky-luat.facts.ts); nothing here is a legal number.
import { addMonths, vietnamDate, viDate, type IsoDate } from '@hoso/kernel/legal-time';
import { inputDateProblems, type InputProblem } from '../shared/input-dates';
import {
  DISCIPLINE_FORM_LABELS, type DisciplineAuthorityFact, type DisciplineForm, type DisciplineSubject, type EventFacts,
} from '../shared/facts';
import { BODY_KIND_LABELS, DISCIPLINE_SUBJECT_LABELS, LEVEL_LABELS } from '../shared/value-labels';
import { decideByCumulativeCount, type CumulativeStep } from '../shared/voting/discipline-ballot';
import { decideExpulsion, type ExpulsionCheck } from '../shared/voting/expulsion';
import { rosterCounts, type ExclusionReason, type RosterCounts } from '../shared/voting/roster';
import type { Threshold } from '../shared/voting/threshold';
import type { VoteProblem } from '../shared/voting/vote-problem';
import { formsFromTable, missingText, RULE, tableOf, voteRuleFacts, type VoteRuleFacts } from './ky-luat.facts';
import { rosterOf, type DisciplineSubjectDto, type DisciplineViolationDto, type KyLuatInput, type NoLimitationCategory, type RosterDto, type TallyDto } from './ky-luat.events';

export const SUBJECT_KIND_LABELS: Record<DisciplineSubject, string> = {
  FULL_MEMBER: 'Đảng viên chính thức',
  PROBATIONARY_MEMBER: 'Đảng viên dự bị',
  ORGANISATION: 'Tổ chức đảng',
};

// ---- Forms (§7.1, B3.FORMS_BY_SUBJECT) ------------------------------------------------------------------------

/** The subject's forms, heaviest first: as recorded when the limitation was checked, else from the event's facts. */
export function subjectForms(c: { input: { subject: SubjectOfForms }; forms?: DisciplineForm[] }, facts: EventFacts | undefined): DisciplineForm[] | undefined {
  return c.forms ?? formsFromTable(facts?.ruleValues, c.input.subject);
}

/** The ballot lists exactly the subject's forms, heaviest first (§7.1 and §7.4: one ballot, cumulative counting). */
export function ballotListsForms(expected: readonly DisciplineForm[] | undefined, forms: readonly unknown[] | undefined): boolean {
  return !!expected && Array.isArray(forms) && forms.length === expected.length && forms.every((f, i) => f === expected[i]);
}

// ---- Statute of limitations (§7.2) -------------------------------------------------------------------------

export const LIMIT_RULE_KEYS = [
  'B3.LIMIT_MEMBER_KHIEN_TRACH',
  'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC',
  'B3.LIMIT_MEMBER_KHAI_TRU',
  'B3.LIMIT_ORG_KHIEN_TRACH',
  'B3.LIMIT_ORG_CANH_CAO',
] as const;

/** What CHECK_LIMITATION reads: the limitation rows, the forms and the categories without limitation. */
export const LIMITATION_RULE_KEYS = [...LIMIT_RULE_KEYS, RULE.FORMS, RULE.NO_LIMITATION] as const;

/** The rule row giving a form's limitation; null where §7.2 states none (dissolution of an organisation). */
export function limitRuleKey(subject: DisciplineSubject, form: DisciplineForm): string | null {
  if (subject === 'ORGANISATION') return form === 'KHIEN_TRACH' ? 'B3.LIMIT_ORG_KHIEN_TRACH' : form === 'CANH_CAO' ? 'B3.LIMIT_ORG_CANH_CAO' : null;
  if (form === 'KHIEN_TRACH') return 'B3.LIMIT_MEMBER_KHIEN_TRACH';
  if (form === 'CANH_CAO' || form === 'CACH_CHUC') return 'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC';
  if (form === 'KHAI_TRU') return 'B3.LIMIT_MEMBER_KHAI_TRU';
  return null;
}

/** Whether the category lifts the limitation for the subject (B3.NO_LIMITATION_CATEGORIES rows `{category, subjects}`). */
function categoryLifts(rules: LimitFacts, subject: DisciplineSubject, category: NoLimitationCategory | undefined): boolean {
  if (!category) return false;
  const row = tableOf(rules, RULE.NO_LIMITATION)?.find((r) => r.category === category);
  return !!row && Array.isArray(row.subjects) && row.subjects.includes(subject);
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
 * The rules CHECK_LIMITATION needs and has no value for: the forms table; each limitation row of the subject's forms
 * (a row stating "none" — value null, a confidence other than NOT_FOUND — is a value); the categories' table only
 * when the violation declares a category.
 */
export function limitationRulesMissing(input: Pick<KyLuatInput, 'subject' | 'violation'>, rules: LimitFacts): string[] {
  const forms = formsFromTable(rules, input.subject);
  if (!forms) return [RULE.FORMS];
  const keys = [...new Set(forms.map((f) => limitRuleKey(input.subject.kind, f)).filter((k): k is string => k !== null))];
  const missing = keys.filter((k) => !rules?.[k] || rules[k]!.confidence === 'NOT_FOUND');
  if (input.violation.noLimitationCategory && !tableOf(rules, RULE.NO_LIMITATION)) missing.push(RULE.NO_LIMITATION);
  return missing;
}

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
  if (categoryLifts(rules, subject, violation.noLimitationCategory)) {
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
    `${label}: thời hiệu ${months} tháng tính từ ${viDate(countedFrom)}, hết ngày ${viDate(dayBefore(barredFrom))}; ` +
    `kết luận ngày ${viDate(concludedOn)}: ${timeBarred ? 'đã hết thời hiệu' : 'còn thời hiệu'}`;
  return { ...base, months, barredFrom, timeBarred, text };
}

function dayBefore(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Each of the subject's forms with its limitation, as checked at R1. */
export function limitationTable(input: KyLuatInput, concludedAt: string, rules: LimitFacts, forms: readonly DisciplineForm[]): Limitation[] {
  return forms.map((form) => limitationFor(input.subject.kind, input.violation, concludedAt, form, rules));
}

// ---- The vote (§7.4) ---------------------------------------------------------------------------------------

/** The legal values a body's vote was counted with (kept with the vote: khai trừ's proposing check reads them later). */
export interface VoteBasis {
  thresholds: Partial<Record<DisciplineForm, Threshold>>;
  quorum: Threshold | null;
  exclusions: ExclusionReason[];
}

export interface VoteRecord {
  forms: DisciplineForm[];
  decided: DisciplineForm | null;
  steps: CumulativeStep[];
  denominator: number;
  counts: RosterCounts;
  text: string;
  basis: VoteBasis;
}

export type VoteResult = { ok: true; vote: VoteRecord } | { ok: false; problems: VoteProblem[] };

export interface Ballot {
  tally: TallyDto;
  roster: RosterDto;
}

/** The rules of a vote as a basis to keep with it. */
export function basisOf(rules: VoteRuleFacts): VoteBasis {
  return { thresholds: rules.thresholds, quorum: rules.quorum, exclusions: [...(rules.roster?.exclusions ?? [])] };
}

/**
 * The proposing body's vote for khai trừ's double check, with the rules it was counted with: kept at R5, or (a case
 * whose vote was recorded before they were kept) those of the upper decision's own facts.
 */
export function proposingVote(
  vote: { ballot: Ballot; basis?: VoteBasis } | undefined, facts: EventFacts | undefined, subjectUserId: string | undefined,
): { ballot: Ballot; basis: VoteBasis } | undefined {
  if (!vote || typeof vote.ballot !== 'object' || vote.ballot === null) return undefined;
  return { ballot: vote.ballot, basis: vote.basis ?? basisOf(voteRuleFacts(facts?.ruleValues, 'PROPOSING', subjectUserId)) };
}

/** The rules a kept basis stands for, for counting again (the subject named). */
export function rulesOfBasis(basis: VoteBasis, subjectUserId: string | undefined): VoteRuleFacts {
  return { ...basis, roster: { exclusions: basis.exclusions, subjects: new Set(subjectUserId ? [subjectUserId] : []) }, missing: [] };
}

const dissolutionText = (votes: number) =>
  `Có ${votes} phiếu giải tán nhưng chưa có tỷ lệ biểu quyết giải tán tổ chức đảng được xác nhận (${RULE.THRESHOLD_GIAI_TAN}, ` +
  'không tìm thấy trong quy định): không quyết định được giải tán cho đến khi cấp ủy xác nhận giá trị';

/** Votes for giải tán on a ballot whose giải tán threshold no committee has confirmed (0 when none or confirmed). */
export function unconfirmedDissolutionVotes(tally: Pick<TallyDto, 'forms' | 'votes'> | undefined, rules: VoteRuleFacts): number {
  const v = tally?.votes?.GIAI_TAN;
  return Array.isArray(tally?.forms) && tally.forms.includes('GIAI_TAN') && !rules.thresholds.GIAI_TAN && typeof v === 'number' && v > 0 ? v : 0;
}

/**
 * Pure: the body's ballot counted with cumulative counting on the roster the denominator rule gives. Giải tán without
 * a confirmed threshold: a ballot where nobody chose it is counted without it (no threshold can be reached by no
 * vote); one where somebody did is refused, saying so.
 */
export function countVote(ballot: Ballot, rules: VoteRuleFacts, facts?: EventFacts): VoteResult {
  if (rules.missing.length > 0) return { ok: false, problems: [{ code: 'RULE_MISSING', message: missingText(facts, rules.missing) }] };
  const roster = rosterOf(ballot.roster, rules.roster);
  const dissolution = unconfirmedDissolutionVotes(ballot.tally, rules);
  if (dissolution > 0) return { ok: false, problems: [{ code: 'THRESHOLD_MISSING', message: dissolutionText(dissolution) }] };
  const withoutGiaiTan = Array.isArray(ballot.tally.forms) && ballot.tally.forms.includes('GIAI_TAN') && !rules.thresholds.GIAI_TAN && ballot.tally.votes?.GIAI_TAN === 0;
  const tally = withoutGiaiTan ? dropForm(ballot.tally, 'GIAI_TAN') : ballot.tally;
  const result = decideByCumulativeCount(tally, roster, { thresholds: rules.thresholds, quorum: rules.quorum });
  if (!result.ok) return result;
  const note = withoutGiaiTan ? 'Giải tán: 0 phiếu, không xét (chưa có tỷ lệ biểu quyết giải tán được xác nhận). ' : '';
  return {
    ok: true,
    vote: {
      forms: [...ballot.tally.forms], decided: result.decided, steps: result.steps, denominator: result.denominator, counts: rosterCounts(roster),
      text: `${note}${result.text}`, basis: basisOf(rules),
    },
  };
}

/** The tally without one form (its votes, if any, added to the next lighter form: cumulative counting). */
function dropForm(tally: TallyDto, form: DisciplineForm): TallyDto {
  const i = tally.forms.indexOf(form);
  const votes = { ...tally.votes };
  const moved = votes[form] ?? 0;
  delete votes[form];
  const next = tally.forms[i + 1];
  if (next) votes[next] = (votes[next] ?? 0) + moved;
  return { ...tally, forms: tally.forms.filter((f) => f !== form), votes };
}

export interface UpperVoteRecord extends VoteRecord {
  /** For khai trừ: both organisations' checks (≥ the proposing rule of the proposing, the deciding rule of the deciding). */
  expulsion?: { expelled: boolean; proposing: ExpulsionCheck; deciding: ExpulsionCheck };
}

/**
 * Pure: the upper level's vote. Khai trừ needs the deciding body's threshold (B3.THRESHOLD_EXPULSION_DECIDE) and the
 * proposing one's (B3.THRESHOLD_EXPULSION_PROPOSE, as in force at its meeting: `proposing.basis`); when that double
 * threshold fails, the khai trừ ballots count towards the next lighter form.
 */
export function countUpperVote(
  ballot: Ballot, rules: VoteRuleFacts, proposing: { ballot: Ballot; basis: VoteBasis } | undefined, subjectUserId: string | undefined, facts?: EventFacts,
): { ok: true; vote: UpperVoteRecord } | { ok: false; problems: VoteProblem[] } {
  const first = countVote(ballot, rules, facts);
  if (!first.ok || first.vote.decided !== 'KHAI_TRU') return first;
  if (!proposing) return { ok: false, problems: [{ code: 'EXPULSION_NOT_ON_BALLOT', message: 'Không có kết quả biểu quyết của tổ chức đề nghị khai trừ' }] };
  const proposingThreshold = proposing.basis.thresholds.KHAI_TRU;
  const decidingThreshold = rules.thresholds.KHAI_TRU as Threshold;
  if (!proposingThreshold) return { ok: false, problems: [{ code: 'RULE_MISSING', message: missingText(facts, [RULE.THRESHOLD_EXPULSION_PROPOSE]) }] };
  const proposingRules = rulesOfBasis(proposing.basis, subjectUserId);
  const check = decideExpulsion(
    {
      proposing: { tally: proposing.ballot.tally, roster: rosterOf(proposing.ballot.roster, proposingRules.roster), quorum: proposing.basis.quorum },
      deciding: { tally: ballot.tally, roster: rosterOf(ballot.roster, rules.roster), quorum: rules.quorum },
    },
    { proposing: proposingThreshold, deciding: decidingThreshold },
  );
  if (!check.ok) return { ok: false, problems: check.problems };
  const expulsion = { expelled: check.expelled, proposing: check.proposing, deciding: check.deciding };
  if (check.expelled) return { ok: true, vote: { ...first.vote, expulsion } };
  // Expulsion fails: count again without it, its ballots added to the next lighter form (cumulative counting).
  const second = countVote({ ...ballot, tally: dropForm(ballot.tally, 'KHAI_TRU') }, rules, facts);
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

/** The cell of the authority matrix, in Vietnamese: "Ban Thường vụ cấp ủy – Cấp trên cơ sở – Đảng viên chính thức – Khai trừ". */
export function authorityCellText(fact: DisciplineAuthorityFact | undefined, form: DisciplineForm | null | undefined): string | undefined {
  if (!fact || !form) return undefined;
  return `${BODY_KIND_LABELS[fact.body.kind]} – ${LEVEL_LABELS[fact.body.level]} – ${DISCIPLINE_SUBJECT_LABELS[fact.subject]} – ${DISCIPLINE_FORM_LABELS[form]}`;
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

/** The subject as the forms table reads it. */
export type SubjectOfForms = Pick<DisciplineSubjectDto, 'kind' | 'holdsPost'>;
