// A refusal of VALIDATION_FAILED goes under the fields it names; anything else stays beside the action (ApiErrorAlert).
import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Puts the server's field messages under `fields` of `form`; true when every named field was one of them. */
export function placeFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return false;
  const byField = error.fieldErrors();
  const names = Object.keys(byField);
  if (names.length === 0 || !names.every((n) => fields.includes(n))) return false;
  form.setFields(names.map((name) => ({ name, errors: [capitalise(byField[name])] })));
  return true;
}
