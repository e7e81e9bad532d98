import { vietnamDate, viDate } from '@hoso/kernel/legal-time';

export interface InputProblem {
  field: string;
  message: string;
}

/**
 * The usual checks on the dates of a case's input (ProcedureDefinition.inputChecks), in Vietnam dates: each of
 * `dated` ([field, value, label]) must not be after today; each of `ordered` ([field, later, earlier, message]) must
 * not be before the date it follows. Absent values are not checked.
 */
export function inputDateProblems(
  now: string,
  dated: readonly [field: string, value: string | undefined, label: string][],
  ordered: readonly [field: string, later: string | undefined, earlier: string | undefined, message: string][],
): InputProblem[] {
  const today = vietnamDate(now);
  const problems: InputProblem[] = [];
  for (const [field, value, label] of dated)
    if (value && vietnamDate(value) > today) problems.push({ field, message: `${label} (${viDate(vietnamDate(value))}) không được sau ngày hôm nay` });
  for (const [field, later, earlier, message] of ordered)
    if (later && earlier && vietnamDate(later) < vietnamDate(earlier)) problems.push({ field, message });
  return problems;
}
