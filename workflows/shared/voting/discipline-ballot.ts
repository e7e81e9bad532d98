// Discipline vote: one secret ballot listing all forms, counted with cumulative counting (cộng dồn) — docs/domain/procedures.md
// §7.4 (69-QĐ/TW Art. 15 [S12]; 22-QĐ/TW Art. 13 [S13]; [S68]). Only counts are kept, never who voted what.

import { DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS, type DisciplineForm } from '../facts';
import { quorumProblems } from './quorum';
import type { BallotRoster } from './roster';
import { meetsThreshold, thresholdLabel, votesNeeded, type Threshold } from './threshold';
import { castProblems, countProblems, denominatorProblems, type VoteProblem } from './vote-problem';

/** The counted result of one discipline ballot. */
export interface DisciplineTally {
  /** Forms printed on the ballot, heaviest first, e.g. ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']. */
  forms: readonly DisciplineForm[];
  /** Ballots marked for each form on the ballot; a form that got none is entered as 0, not left out. */
  votes: Readonly<Partial<Record<DisciplineForm, number>>>;
  /** Ballots marked for no discipline. */
  noDiscipline: number;
  invalid: number;
  /** Ballots collected. */
  cast: number;
}

/**
 * The threshold each form must reach, form by form: the caller's, read from the rule rows (B3.THRESHOLD_STANDARD,
 * B3.THRESHOLD_EXPULSION_PROPOSE / _DECIDE, B3.THRESHOLD_GIAI_TAN; changes-2026.md §4 K1–K3). A form left out has no
 * threshold: a ballot listing it is refused (THRESHOLD_MISSING).
 */
export type DisciplineThresholds = Readonly<Partial<Record<DisciplineForm, Threshold>>>;

const SEVERITY = new Map<string, number>(DISCIPLINE_FORMS.map((form, i) => [form, i]));

/** Every discipline form, heaviest first: the order a ballot lists them in and cumulative counting follows. */
export const DISCIPLINE_FORMS_HEAVIEST_FIRST: readonly DisciplineForm[] = [...DISCIPLINE_FORMS].sort((a, b) => SEVERITY.get(b)! - SEVERITY.get(a)!);

const formLabel = (form: DisciplineForm): string => DISCIPLINE_FORM_LABELS[form];
const votesLabel = (form: DisciplineForm): string => `Số phiếu ${formLabel(form).toLocaleLowerCase('vi')}`;

function ballotFormProblems(forms: readonly DisciplineForm[]): VoteProblem[] {
  if (!Array.isArray(forms) || forms.length === 0)
    return [{ code: 'BALLOT_FORMS_EMPTY', field: 'forms', message: 'Phiếu biểu quyết chưa ghi hình thức kỷ luật nào' }];
  const problems: VoteProblem[] = [];
  const seen = new Set<string>();
  let previous: number | undefined;
  let ordered = true;
  for (const form of forms) {
    const severity = SEVERITY.get(form);
    if (severity === undefined) {
      problems.push({ code: 'BALLOT_FORM_UNKNOWN', field: 'forms', message: `"${String(form)}" không phải là hình thức kỷ luật` });
      continue;
    }
    if (seen.has(form)) {
      problems.push({ code: 'BALLOT_FORM_REPEATED', field: 'forms', message: `Hình thức ${formLabel(form)} được ghi hai lần trên phiếu` });
      continue;
    }
    seen.add(form);
    if (previous !== undefined && severity > previous) ordered = false;
    previous = severity;
  }
  if (!ordered)
    problems.push({
      code: 'BALLOT_FORMS_NOT_HEAVIEST_FIRST',
      field: 'forms',
      message: 'Các hình thức trên phiếu phải xếp từ nặng đến nhẹ để cộng dồn',
    });
  return problems;
}

/**
 * Pure: every problem that stops this tally from being counted against the roster (`ballotRoster()`): counts missing,
 * not integers or negative; forms unknown, repeated or not heaviest first; votes for a form not on the ballot; counts
 * not adding up to the ballots cast; more ballots cast than voters given one; nobody counted. Empty when usable.
 */
export function validateTally(tally: DisciplineTally, roster: BallotRoster): VoteProblem[] {
  const problems = ballotFormProblems(tally.forms);
  const onBallot = new Set<string>(Array.isArray(tally.forms) ? tally.forms : []);
  const votes: Readonly<Record<string, unknown>> = tally.votes ?? {};
  for (const key of Object.keys(votes)) {
    if (onBallot.has(key)) continue;
    const label = SEVERITY.has(key) ? formLabel(key as DisciplineForm) : `"${key}"`;
    problems.push({
      code: 'VOTES_FOR_FORM_NOT_ON_BALLOT',
      field: `votes.${key}`,
      message: `Có phiếu cho hình thức ${label}, nhưng hình thức này không có trên phiếu biểu quyết`,
    });
  }
  const counted = [...onBallot].filter((f): f is DisciplineForm => SEVERITY.has(f));
  const countIssues = [
    ...counted.flatMap((form) => countProblems(votes[form], `votes.${form}`, votesLabel(form))),
    ...countProblems(tally.noDiscipline, 'noDiscipline', 'Số phiếu không kỷ luật'),
    ...countProblems(tally.invalid, 'invalid', 'Số phiếu không hợp lệ'),
    ...countProblems(tally.cast, 'cast', 'Số phiếu thu vào'),
  ];
  problems.push(...countIssues);
  // Sums are only meaningful once every figure is a count.
  if (countIssues.length === 0) {
    const accountedFor = counted.reduce((sum, form) => sum + (votes[form] as number), 0) + tally.noDiscipline + tally.invalid;
    problems.push(...castProblems(accountedFor, tally.cast, roster.voters.length));
  }
  problems.push(...denominatorProblems(roster.denominator));
  return problems;
}

/** One line of the cumulative count, as read out at the meeting. */
export interface CumulativeStep {
  form: DisciplineForm;
  /** Ballots marked for this form. */
  ownVotes: number;
  /** This form's votes plus those of every heavier form on the ballot. */
  cumulativeVotes: number;
  threshold: Threshold;
  /** Fewest votes that reach the threshold on the denominator. */
  needed: number;
  reached: boolean;
  /** Vietnamese, e.g. "Cách chức: 0 phiếu, cộng dồn 5/9, cần 5 (Quá một nửa): đạt". */
  text: string;
}

export type DisciplineDecision =
  | {
      ok: true;
      /** The form decided, or null: no discipline (no form reached its threshold, even cumulatively). */
      decided: DisciplineForm | null;
      /** From the heaviest form down to the decided one (all forms when none is decided). */
      steps: CumulativeStep[];
      denominator: number;
      /** Vietnamese summary of the outcome. */
      text: string;
    }
  | { ok: false; problems: VoteProblem[] };

export interface DisciplineVoteRules {
  thresholds: DisciplineThresholds;
  /** See quorum.ts: no stated rule, so the caller decides; null = no quorum rule applies. */
  quorum: Threshold | null;
}

/**
 * Pure: decides a discipline ballot by cumulative counting (§7.4): from the heaviest form down, each form's votes are
 * added to those of every heavier form, and the first form whose cumulative count reaches its own threshold is
 * decided. With the thresholds of §7.4 (all above half) a form that reaches its threshold on its own votes is always
 * the one decided. Refuses (ok: false) an invalid tally, a missed quorum or a form on the ballot with no threshold.
 */
export function decideByCumulativeCount(tally: DisciplineTally, roster: BallotRoster, rules: DisciplineVoteRules): DisciplineDecision {
  const problems = validateTally(tally, roster);
  if (problems.length === 0) {
    for (const form of tally.forms)
      if (!rules.thresholds[form])
        problems.push({ code: 'THRESHOLD_MISSING', message: `Chưa có ngưỡng biểu quyết cho hình thức ${formLabel(form)}` });
    problems.push(...quorumProblems(roster, rules.quorum));
  }
  if (problems.length > 0) return { ok: false, problems };

  const denominator = roster.denominator;
  const steps: CumulativeStep[] = [];
  let cumulativeVotes = 0;
  for (const form of tally.forms) {
    const threshold = rules.thresholds[form] as Threshold;
    const ownVotes = tally.votes[form] as number;
    cumulativeVotes += ownVotes;
    const needed = votesNeeded(denominator, threshold) as number;
    const reached = meetsThreshold(cumulativeVotes, denominator, threshold);
    const text =
      `${formLabel(form)}: ${ownVotes} phiếu, cộng dồn ${cumulativeVotes}/${denominator}, ` +
      `cần ${needed} (${thresholdLabel(threshold)}): ${reached ? 'đạt' : 'chưa đạt'}`;
    steps.push({ form, ownVotes, cumulativeVotes, threshold, needed, reached, text });
    if (reached) {
      const how = steps.length === 1 ? '' : ' sau khi cộng dồn';
      return {
        ok: true,
        decided: form,
        steps,
        denominator,
        text: `Quyết định hình thức ${formLabel(form)}${how}: ${cumulativeVotes}/${denominator} phiếu, cần ${needed}`,
      };
    }
  }
  return {
    ok: true,
    decided: null,
    steps,
    denominator,
    text: 'Không hình thức nào đạt ngưỡng, kể cả khi cộng dồn: không kỷ luật',
  };
}
