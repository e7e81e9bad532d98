import { DomainError, ErrorCode } from '@hoso/core/errors';
import { assertPasswordPolicy, passwordProblems } from './password-policy';

const rules = (password: string, username = 'nguyenvana') => passwordProblems(password, username).map((p) => p.rule);

describe('password policy', () => {
  it.each([
    ['three classes, 12 characters', 'Matkhau-dai1'],
    ['lower, digit and symbol', 'mat-khau-thu-nghiem-1'],
    ['upper, lower and symbol, Vietnamese letters', 'Mật-Khẩu-Của-Tôi'],
    ['all four classes', 'Aa1!Aa1!Aa1!'],
    ['exactly 200 characters', 'Aa1-'.repeat(50)],
  ])('accepts %s', (_name, password) => {
    expect(rules(password)).toEqual([]);
    expect(() => assertPasswordPolicy(password, 'nguyenvana')).not.toThrow();
  });

  it('refuses 11 characters and accepts 12 (the boundary), counting characters, not UTF-16 units', () => {
    expect(rules('Aa1-Aa1-Aa1')).toEqual(['minLength']);
    expect(rules('Aa1-Aa1-Aa1-')).toEqual([]);
    expect(rules('Mật-khẩu-ờ1a')).toEqual([]);
    // 11 characters but 12 UTF-16 units: still too short.
    expect(rules('Aa1-Aa1-Aa\u{1F600}')).toEqual(['minLength']);
  });

  it('refuses 201 characters', () => {
    expect(rules('Aa1-'.repeat(50) + 'x')).toEqual(['maxLength']);
  });

  it.each([
    ['only lower-case letters', 'matkhaurathaydai'],
    ['only digits', '123456789012345'],
    ['lower and digits', 'matkhau12345678'],
    ['lower and symbols', 'mot-mat-khau-du-dai'],
    ['upper and digits', 'MATKHAU12345678'],
  ])('refuses %s (fewer than 3 character classes)', (_name, password) => {
    expect(rules(password)).toEqual(['characterClasses']);
  });

  it('names the missing character classes in Vietnamese', () => {
    const [p] = passwordProblems('matkhaurathaydai', 'x.y');
    expect(p.message).toContain('còn thiếu: chữ hoa, chữ số, ký hiệu');
  });

  it('refuses a password equal to or containing the username, in any case', () => {
    expect(rules('Nguyenvana-1', 'nguyenvana')).toEqual(['containsUsername']);
    expect(rules('Toi-la-NGUYENVANA-2026', 'nguyenvana')).toEqual(['containsUsername']);
    expect(rules('Nguyenvana-1', 'tranthib')).toEqual([]);
  });

  it('lists every broken rule at once, with code PASSWORD_POLICY and a Vietnamese message', () => {
    let err: unknown;
    try {
      assertPasswordPolicy('abc', 'abc');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    const e = err as DomainError;
    expect(e.code).toBe(ErrorCode.PASSWORD_POLICY);
    expect((e.details?.problems as { rule: string }[]).map((p) => p.rule)).toEqual(['minLength', 'characterClasses', 'containsUsername']);
    expect(e.message).toMatch(/^Mật khẩu chưa đạt yêu cầu: Mật khẩu phải có ít nhất 12 ký tự \(hiện có 3\)\./);
    expect(e.message).toContain('tên đăng nhập');
  });
});
