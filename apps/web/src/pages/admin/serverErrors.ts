// The server's refusals placed where the user looks: under the field they concern when there is one (a taken code,
// a password the policy refuses, a field the validation refused), otherwise in an alert beside the action.
import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

export interface Placement {
  /** Error code → the form field it concerns, e.g. { UNIT_CODE_TAKEN: 'code' }. */
  byCode?: Partial<Record<string, string>>;
  /** The form's fields: VALIDATION_FAILED on one of these goes under it. */
  fields: string[];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Field → messages for the refusal, or undefined when it concerns no field of the form. */
export function fieldMessages(error: unknown, placement: Placement): Record<string, string[]> | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const field = placement.byCode?.[error.code];
  if (field) {
    // PASSWORD_POLICY lists every broken rule with its Vietnamese reason; show each one.
    const problems = (error.details.problems ?? []) as { message?: string }[];
    const messages = problems.map((p) => p.message).filter((m): m is string => typeof m === 'string' && m !== '');
    return { [field]: messages.length > 0 ? messages : [error.message] };
  }
  if (error.code === 'VALIDATION_FAILED') {
    const byField = error.fieldErrors();
    const names = Object.keys(byField);
    if (names.length === 0 || !names.every((n) => placement.fields.includes(n))) return undefined;
    return Object.fromEntries(names.map((n) => [n, [capitalise(byField[n])]]));
  }
  return undefined;
}

/**
 * Puts the refusal under its fields in `form`; returns the error when it belongs to no field (for an alert),
 * undefined when it was placed.
 */
export function placeServerError(form: FormInstance, error: unknown, placement: Placement): unknown {
  const messages = fieldMessages(error, placement);
  if (!messages) return error;
  form.setFields(Object.entries(messages).map(([name, errors]) => ({ name, errors })));
  return undefined;
}
