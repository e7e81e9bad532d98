import { DomainError, ErrorCode } from '@hoso/core/errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordRule = 'minLength' | 'maxLength' | 'characterClasses' | 'containsUsername';

export interface PasswordProblem {
  rule: PasswordRule;
  message: string;
}

const CLASSES: [RegExp, string][] = [
  [/\p{Ll}/u, 'chữ thường'],
  [/\p{Lu}/u, 'chữ hoa'],
  [/\p{Nd}/u, 'chữ số'],
  [/[^\p{L}\p{Nd}]/u, 'ký hiệu'],
];

/** Every rule the password breaks, each with its Vietnamese reason; empty when it is acceptable. */
export function passwordProblems(typed: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Judged as it is hashed, in NFC (see PasswordService).
  const password = typed.normalize('NFC');
  // Counted in characters (code points), as a person counts them: "ơ" is one.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({ rule: 'minLength', message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự (hiện có ${length}).` });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({ rule: 'maxLength', message: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.` });
  }
  const present = CLASSES.filter(([re]) => re.test(password));
  if (present.length < 3) {
    const missing = CLASSES.filter((c) => !present.includes(c)).map(([, label]) => label);
    problems.push({
      rule: 'characterClasses',
      message: `Mật khẩu phải có ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu (còn thiếu: ${missing.join(', ')}).`,
    });
  }
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) {
    problems.push({ rule: 'containsUsername', message: 'Mật khẩu không được trùng hoặc chứa tên đăng nhập.' });
  }
  return problems;
}

/** Throws PASSWORD_POLICY, listing every broken rule, unless the password is acceptable. */
export function assertPasswordPolicy(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length === 0) return;
  throw new DomainError(
    ErrorCode.PASSWORD_POLICY,
    { problems },
    `Mật khẩu chưa đạt yêu cầu: ${problems.map((p) => p.message).join(' ')}`,
  );
}
