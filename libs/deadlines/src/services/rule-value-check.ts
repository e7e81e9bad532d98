import { fractionThreshold } from '@hoso/workflows';
import type { FieldError } from '@hoso/core/errors';
import { TIME_UNITS, type RuleUnit, type StartConvention } from '../entities/legal-rule.entity';

/** The longest period a time rule may hold (days or months), as the override form has always allowed. */
export const MAX_TIME_VALUE = 3650;
/** How many extensions a rule may allow at most (a sanity bound, not law). */
const MAX_EXTENSIONS = 100;

/** What a rule row will hold, as a general version or an override would write it. */
export interface RuleValueInput {
  unit: RuleUnit;
  value: number | null;
  valueData: unknown;
  startConvention: StartConvention;
  startEvent: string;
  extensionValue: number | null;
  extensionMaxCount: number;
  confidence: string;
}

const isTime = (unit: RuleUnit) => (TIME_UNITS as readonly string[]).includes(unit);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const problem = (field: string, message: string): FieldError => ({ field, constraint: 'ruleValue', message });

/** Time units and value kinds are different things: a deadline cannot become a share, a list cannot become a count. */
export function sameKind(a: RuleUnit, b: RuleUnit): boolean {
  return isTime(a) ? isTime(b) : a === b;
}

function fractionProblems(data: Record<string, unknown>): FieldError[] {
  const extra = Object.keys(data).filter((k) => !['numerator', 'denominator', 'strict'].includes(k));
  if (extra.length) return [problem('valueData', `tỷ lệ chỉ gồm numerator, denominator, strict (thừa: ${extra.join(', ')})`)];
  const { numerator, denominator, strict } = data;
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || typeof strict !== 'boolean') {
    return [problem('valueData', 'tỷ lệ phải có numerator, denominator là số nguyên và strict là true/false')];
  }
  try {
    fractionThreshold(numerator, denominator, strict);
    return [];
  } catch {
    return [problem('valueData', `tỷ lệ ${numerator}/${denominator}${strict ? ' (quá)' : ''} không hợp lệ hoặc không bao giờ đạt được`)];
  }
}

function listProblems(data: Record<string, unknown>): FieldError[] {
  const items = data.items;
  if (Object.keys(data).some((k) => k !== 'items') || !Array.isArray(items)) return [problem('valueData', 'danh sách phải có dạng {"items": [...]}')];
  if (items.some((i) => typeof i !== 'string' || i.trim() === '')) return [problem('valueData.items', 'mỗi mục phải là một chuỗi ký tự không rỗng')];
  if (new Set(items).size !== items.length) return [problem('valueData.items', 'danh sách có mục trùng nhau')];
  return [];
}

function tableProblems(data: Record<string, unknown>): FieldError[] {
  const rows = data.rows;
  if (Object.keys(data).some((k) => k !== 'rows') || !Array.isArray(rows)) return [problem('valueData', 'bảng phải có dạng {"rows": [...]}')];
  if (rows.some((r) => !isPlainObject(r))) return [problem('valueData.rows', 'mỗi dòng của bảng phải là một đối tượng')];
  return [];
}

function inRange(v: number, min: number, max: number): boolean {
  return Number.isSafeInteger(v) && v >= min && v <= max;
}

/**
 * What is wrong with a rule row's value for its unit (Vietnamese, per field): time units hold a whole number of days
 * or months (1–3650), counted from a named event; COUNT a whole number ≥ 0; FRACTION, LIST and TABLE their structured
 * value. `general`: a general row (not an override) says "no legal value" exactly when its confidence is NOT_FOUND.
 */
export function ruleValueProblems(r: RuleValueInput, general: boolean): FieldError[] {
  const out: FieldError[] = [];
  const empty = r.value === null && (r.valueData === null || r.valueData === undefined);
  if (general && empty !== (r.confidence === 'NOT_FOUND')) {
    out.push(problem('confidence', empty ? 'không có giá trị thì độ tin cậy phải là NOT_FOUND' : 'độ tin cậy NOT_FOUND chỉ dùng khi không có giá trị'));
  }
  if (isTime(r.unit)) {
    if (r.value !== null && !inRange(r.value, 1, MAX_TIME_VALUE)) out.push(problem('value', `thời hạn phải là số nguyên từ 1 đến ${MAX_TIME_VALUE}`));
    if (r.valueData !== null && r.valueData !== undefined) out.push(problem('valueData', 'thời hạn chỉ có giá trị số (value)'));
    if (r.startConvention === 'NONE') out.push(problem('startConvention', 'thời hạn phải nói ngày bắt đầu có được tính hay không (NEXT_DAY hoặc SAME_DAY)'));
    if (!r.startEvent.trim()) out.push(problem('startEvent', 'thời hạn phải nêu sự kiện bắt đầu tính'));
    if (r.extensionValue !== null && !inRange(r.extensionValue, 1, MAX_TIME_VALUE)) {
      out.push(problem('extensionValue', `mỗi lần gia hạn phải là số nguyên từ 1 đến ${MAX_TIME_VALUE}`));
    }
    if (!inRange(r.extensionMaxCount, 0, MAX_EXTENSIONS)) out.push(problem('extensionMaxCount', `số lần gia hạn phải từ 0 đến ${MAX_EXTENSIONS}`));
    else if ((r.extensionValue === null) !== (r.extensionMaxCount === 0)) {
      out.push(problem('extensionMaxCount', 'gia hạn cần cả thời gian mỗi lần (extensionValue) và số lần tối đa (extensionMaxCount)'));
    }
    return out;
  }
  if (r.startConvention !== 'NONE') out.push(problem('startConvention', 'giá trị không tính theo thời gian dùng startConvention NONE'));
  if (r.startEvent !== '') out.push(problem('startEvent', 'giá trị không tính theo thời gian không có sự kiện bắt đầu'));
  if (r.extensionValue !== null || r.extensionMaxCount !== 0) out.push(problem('extensionValue', 'chỉ thời hạn mới được gia hạn'));
  if (r.unit === 'COUNT') {
    if (r.value !== null && !inRange(r.value, 0, Number.MAX_SAFE_INTEGER)) out.push(problem('value', 'số lượng phải là số nguyên không âm'));
    if (r.valueData !== null && r.valueData !== undefined) out.push(problem('valueData', 'số lượng chỉ có giá trị số (value)'));
    return out;
  }
  if (r.value !== null) out.push(problem('value', `giá trị ${r.unit} nằm trong valueData, không dùng value`));
  if (r.valueData === null || r.valueData === undefined) return out;
  if (!isPlainObject(r.valueData)) return [...out, problem('valueData', 'phải là một đối tượng')];
  if (r.unit === 'FRACTION') return [...out, ...fractionProblems(r.valueData)];
  if (r.unit === 'LIST') return [...out, ...listProblems(r.valueData)];
  return [...out, ...tableProblems(r.valueData)];
}
