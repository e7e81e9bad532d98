// A rule row's value read by its kind (time units hold days or months in `value`; COUNT a number; FRACTION, LIST and
// TABLE their structured `valueData`), and its dated period: `effectiveTo` is the first day the row no longer applies.
import type { Schemas } from '../../../api/client';

export type Rule = Schemas['LegalRuleResponse'];
export type RuleUnit = Rule['unit'];

export const TIME_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'] as const satisfies readonly RuleUnit[];
export const RULE_UNITS: readonly RuleUnit[] = [...TIME_UNITS, 'COUNT', 'FRACTION', 'LIST', 'TABLE'];
/** The confidences a general row may have (OVERRIDE is a committee's row). */
export const CONFIDENCES = ['STATED', 'INFERRED', 'UNVERIFIED', 'NOT_FOUND', 'CONFLICT'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
/** The rule saying who may override rules: it changes only by a new general version. */
export const OVERRIDE_ROLES_KEY = 'RULE_OVERRIDE.ROLES';

export function isTimeUnit(unit: string): unit is (typeof TIME_UNITS)[number] {
  return (TIME_UNITS as readonly string[]).includes(unit);
}

/** Units an override or a new version may use instead of `unit`: a deadline stays a deadline, a list a list. */
export function sameKindUnits(unit: RuleUnit): RuleUnit[] {
  return isTimeUnit(unit) ? [...TIME_UNITS] : [unit];
}

export interface Fraction {
  numerator: number;
  denominator: number;
  strict: boolean;
}

export type RuleValue =
  | { kind: 'NONE' }
  | { kind: 'TIME'; value: number; unit: (typeof TIME_UNITS)[number] }
  | { kind: 'COUNT'; value: number }
  | ({ kind: 'FRACTION' } & Fraction)
  | { kind: 'LIST'; items: string[] }
  | { kind: 'TABLE'; rows: Record<string, unknown>[] }
  | { kind: 'INVALID' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value of a row (or of a resolved rule) as one of the kinds; NONE when the row holds no value. */
export function readValue(r: { unit: RuleUnit; value: number | null; valueData: Record<string, unknown> | null }): RuleValue {
  const data = r.valueData;
  if (r.value === null && (data === null || data === undefined)) return { kind: 'NONE' };
  if (isTimeUnit(r.unit)) return r.value === null ? { kind: 'INVALID' } : { kind: 'TIME', value: r.value, unit: r.unit };
  if (r.unit === 'COUNT') return r.value === null ? { kind: 'INVALID' } : { kind: 'COUNT', value: r.value };
  if (!isObject(data)) return { kind: 'INVALID' };
  if (r.unit === 'FRACTION') {
    const { numerator, denominator, strict } = data;
    return typeof numerator === 'number' && typeof denominator === 'number' && typeof strict === 'boolean'
      ? { kind: 'FRACTION', numerator, denominator, strict }
      : { kind: 'INVALID' };
  }
  if (r.unit === 'LIST') {
    return Array.isArray(data.items) && data.items.every((i) => typeof i === 'string') ? { kind: 'LIST', items: data.items as string[] } : { kind: 'INVALID' };
  }
  return Array.isArray(data.rows) && data.rows.every(isObject) ? { kind: 'TABLE', rows: data.rows as Record<string, unknown>[] } : { kind: 'INVALID' };
}

/** The day before a civil date 'YYYY-MM-DD' (the last day a superseded row applied). */
export function dayBefore(iso: string): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Where a row stands on `today`: superseded (ended), in force, or not yet in force. */
export function periodStatus(r: { effectiveFrom: string; effectiveTo: string | null }, today: string): 'SUPERSEDED' | 'IN_FORCE' | 'FUTURE' {
  if (r.effectiveTo !== null && r.effectiveTo <= today) return 'SUPERSEDED';
  return r.effectiveFrom > today ? 'FUTURE' : 'IN_FORCE';
}

/** The columns of a TABLE value: every key of its rows, in the order they first appear. */
export function tableColumns(rows: Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}
