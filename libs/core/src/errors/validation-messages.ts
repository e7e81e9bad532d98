import { getMetadataStorage, type ValidationError } from 'class-validator';

// class-validator's constraint names → Vietnamese, so a person sees why a field was refused.
const MESSAGES: Record<string, string> = {
  whitelistValidation: 'trường này không được phép gửi',
  isString: 'phải là chuỗi ký tự',
  isInt: 'phải là số nguyên',
  isNumber: 'phải là số',
  isBoolean: 'phải là true hoặc false',
  isIn: 'giá trị không nằm trong danh sách cho phép',
  isUuid: 'phải là mã UUID',
  isIso8601: 'phải là ngày giờ theo định dạng ISO 8601',
  isDateString: 'phải là ngày giờ theo định dạng ISO 8601',
  minLength: 'quá ngắn',
  maxLength: 'quá dài',
  min: 'nhỏ hơn giá trị tối thiểu',
  max: 'lớn hơn giá trị tối đa',
  isArray: 'phải là một danh sách',
  arrayMaxSize: 'danh sách có quá nhiều phần tử',
  arrayMinSize: 'danh sách có quá ít phần tử',
  isNotEmpty: 'không được để trống',
  isDefined: 'bắt buộc phải có',
  nestedValidation: 'phải là một đối tượng hợp lệ',
  isObject: 'phải là một đối tượng',
  matches: 'không đúng định dạng',
  maxDate: 'không được là thời điểm trong tương lai',
  isEmail: 'phải là địa chỉ thư điện tử hợp lệ',
  isDate: 'phải là ngày hợp lệ (ISO 8601, ví dụ 2026-01-31)',
  isEnum: 'giá trị không nằm trong danh sách cho phép',
};

export interface FieldError {
  field: string;
  constraint: string;
  message: string;
}

// A letter only Vietnamese uses: class-validator's own (English) defaults never contain one.
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Vietnamese labels of a field's allowed values (code → label), where the caller knows them. */
export type ValueLabels = (target: Function, property: string) => Readonly<Record<string, string>> | undefined;

const MISSING = 'bắt buộc phải có';

/**
 * Flatten nested class-validator errors into `a.b.c` paths with Vietnamese messages: a message the DTO wrote in
 * Vietnamese (a custom validator's, or a `message` option) is kept, since it says more than the generic translation.
 * A field that is absent (or null) is reported once, as required, rather than by every rule it would have broken; a
 * value outside an enumeration is answered with the allowed values, labelled where `labels` knows them.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = '', labels?: ValueLabels): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const constraints = Object.keys(e.constraints ?? {});
    if (isMissing(e, constraints)) {
      const own = e.constraints?.isDefined;
      out.push({ field, constraint: 'isDefined', message: own && VIETNAMESE.test(own) ? own : MISSING });
      continue;
    }
    for (const constraint of constraints) {
      const own = e.constraints?.[constraint];
      const allowed = allowedMessage(e, constraint, labels);
      // The DTO's own Vietnamese reason says why; the allowed values still say what to send instead.
      const message = own && VIETNAMESE.test(own) ? (allowed ? `${own} (${allowed})` : own) : (allowed ?? MESSAGES[constraint] ?? 'giá trị không hợp lệ');
      out.push({ field, constraint, message });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field, labels));
  }
  return out;
}

// An absent field breaks every rule on it; a refused unknown field may be null and is not "missing".
function isMissing(e: ValidationError, constraints: string[]): boolean {
  return 'value' in e && (e.value === undefined || e.value === null) && constraints.length > 0 && !constraints.includes('whitelistValidation');
}

/** "must be one of …" with the allowed values, read from the DTO's own rule (the error's target is the instance). */
function allowedMessage(e: ValidationError, constraint: string, labels?: ValueLabels): string | undefined {
  if (constraint !== 'isIn' && constraint !== 'equals') return undefined;
  const cls = e.target && typeof e.target === 'object' ? e.target.constructor : undefined;
  if (!cls) return undefined;
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(cls, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === constraint);
  if (!rule) return undefined;
  const names = labels?.(cls, e.property);
  if (constraint === 'equals') {
    const only = rule.constraints[0] as unknown;
    const label = typeof only === 'string' || typeof only === 'boolean' ? names?.[String(only)] : undefined;
    return `phải có giá trị ${JSON.stringify(only)}${label ? ` (${label})` : ''}`;
  }
  const values = (rule.constraints[0] as readonly unknown[]).map((v) => {
    const label = typeof v === 'string' ? names?.[v] : undefined;
    return label ? `${String(v)} (${label})` : String(v);
  });
  return `${rule.each ? 'mỗi phần tử phải là' : 'phải là'} một trong các giá trị: ${values.join(', ')}`;
}
