// Why a vote cannot be counted. Every check reports with a stable code (for machines and the API) and a Vietnamese
// message naming the figures (for the person entering the tally); nothing is decided while any problem remains.

export type VoteProblemCode =
  | 'COUNT_MISSING'
  | 'COUNT_NOT_INTEGER'
  | 'COUNT_NEGATIVE'
  | 'BALLOT_FORMS_EMPTY'
  | 'BALLOT_FORM_UNKNOWN'
  | 'BALLOT_FORM_REPEATED'
  | 'BALLOT_FORMS_NOT_HEAVIEST_FIRST'
  | 'VOTES_FOR_FORM_NOT_ON_BALLOT'
  | 'COUNTS_EXCEED_CAST'
  | 'COUNTS_BELOW_CAST'
  | 'CAST_EXCEEDS_VOTERS'
  | 'DENOMINATOR_ZERO'
  | 'THRESHOLD_MISSING'
  | 'RULE_MISSING'
  | 'QUORUM_NOT_MET'
  | 'EXPULSION_NOT_ON_BALLOT';

export interface VoteProblem {
  code: VoteProblemCode;
  message: string;
  /** The count concerned, e.g. 'cast', 'votes.KHAI_TRU', when the problem is about one figure. */
  field?: string;
}

/** Problems of one count (missing, not an integer, negative); none when it is a usable count. */
export function countProblems(value: unknown, field: string, label: string): VoteProblem[] {
  if (value === undefined || value === null) return [{ code: 'COUNT_MISSING', field, message: `Chưa nhập ${lower(label)}` }];
  if (typeof value !== 'number' || !Number.isInteger(value))
    return [{ code: 'COUNT_NOT_INTEGER', field, message: `${label} phải là số nguyên (đã nhập ${String(value)})` }];
  if (value < 0) return [{ code: 'COUNT_NEGATIVE', field, message: `${label} không được âm (đã nhập ${value})` }];
  return [];
}

/** Ballots accounted for against ballots cast, and ballots cast against ballots given out (the roster's voters). */
export function castProblems(accountedFor: number, cast: number, voters: number): VoteProblem[] {
  const problems: VoteProblem[] = [];
  if (accountedFor > cast)
    problems.push({
      code: 'COUNTS_EXCEED_CAST',
      field: 'cast',
      message: `Tổng số phiếu đã kiểm (${accountedFor}) lớn hơn số phiếu thu vào (${cast})`,
    });
  // Every ballot collected is a vote for one choice or invalid; a shortfall means ballots were not counted.
  if (accountedFor < cast)
    problems.push({
      code: 'COUNTS_BELOW_CAST',
      field: 'cast',
      message: `Tổng số phiếu đã kiểm (${accountedFor}) nhỏ hơn số phiếu thu vào (${cast}): còn ${cast - accountedFor} phiếu chưa kiểm`,
    });
  if (cast > voters)
    problems.push({
      code: 'CAST_EXCEEDS_VOTERS',
      field: 'cast',
      message: `Số phiếu thu vào (${cast}) lớn hơn số đảng viên được phát phiếu (${voters})`,
    });
  return problems;
}

/** A roster with nobody counted cannot decide anything (not even "no discipline"). */
export function denominatorProblems(denominator: number): VoteProblem[] {
  if (denominator > 0) return [];
  return [{ code: 'DENOMINATOR_ZERO', message: 'Không có đảng viên nào được tính vào tổng số để biểu quyết' }];
}

function lower(label: string): string {
  return label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
}
