// The server's refusal of a rule form put under the fields it names: the API's names (value, valueData, …) mapped to
// the form's (amount, the fraction, items, the JSON table).
import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';
import type { RuleUnit } from './ruleValue';

function formFieldOf(apiField: string, unit: RuleUnit | undefined): string {
  if (apiField === 'value') return 'amount';
  if (apiField === 'valueData' || apiField.startsWith('valueData.')) {
    if (unit === 'FRACTION') return 'denominator';
    if (unit === 'LIST') return 'items';
    if (unit === 'TABLE') return 'tableJson';
    return 'amount';
  }
  return apiField;
}

/** Puts a VALIDATION_FAILED's messages on the form's fields among `fields` (form names); others stay in the alert. */
export function placeRuleErrors(form: FormInstance, error: unknown, unit: RuleUnit | undefined, fields: readonly string[]): void {
  if (!(error instanceof ApiError)) return;
  const placed = Object.entries(error.fieldErrors())
    .map(([name, message]) => ({ name: formFieldOf(name, unit), errors: [message.charAt(0).toUpperCase() + message.slice(1)] }))
    .filter((f) => fields.includes(f.name));
  form.setFields(placed);
}
