import type { ValidationError } from 'class-validator';

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

/**
 * Flatten nested class-validator errors into `a.b.c` paths with Vietnamese messages: a message the DTO wrote in
 * Vietnamese (a custom validator's, or a `message` option) is kept, since it says more than the generic translation.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const constraint of Object.keys(e.constraints ?? {})) {
      const own = e.constraints?.[constraint];
      const message = own && VIETNAMESE.test(own) ? own : (MESSAGES[constraint] ?? 'giá trị không hợp lệ');
      out.push({ field, constraint, message });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}
