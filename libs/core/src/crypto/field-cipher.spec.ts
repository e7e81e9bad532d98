import { randomBytes } from 'node:crypto';
import { FieldCipher, KeyringError, parseKeyring } from './field-cipher';

const k = () => randomBytes(32).toString('base64');

describe('parseKeyring', () => {
  it('reads several keys', () => {
    const ring = parseKeyring(`k1:${k()}, k2:${k()}`);
    expect([...ring.keys()]).toEqual(['k1', 'k2']);
  });
  it.each([
    ['', 'empty'],
    ['k1', 'no separator'],
    [`:${k()}`, 'no id'],
    [`bad id:${k()}`, 'id with a space'],
    [`k1:${randomBytes(31).toString('base64')}`, '31-byte key'],
    [`k1:${randomBytes(33).toString('base64')}`, '33-byte key'],
  ])('refuses %j (%s)', (spec) => {
    expect(() => parseKeyring(spec)).toThrow(KeyringError);
  });
  it('refuses a key id listed twice', () => {
    expect(() => parseKeyring(`k1:${k()},k1:${k()}`)).toThrow(/twice/);
  });
  it('never puts key material in its messages', () => {
    const key = randomBytes(31).toString('base64');
    expect(() => parseKeyring(`k1:${key}`)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(key) }));
  });
});

describe('FieldCipher', () => {
  const ring = parseKeyring(`old:${k()},new:${k()}`);
  const cipher = new FieldCipher(ring, 'new');

  it('round-trips and labels the value with the active key', () => {
    const s = cipher.sealJson({ name: 'Nguyễn Văn A' }, 'case-1/identity');
    expect(s.keyId).toBe('new');
    expect(s.blob.toString('utf8')).not.toContain('Nguy');
    expect(cipher.openJson(s, 'case-1/identity')).toEqual({ name: 'Nguyễn Văn A' });
  });

  it('seals the same value differently each time (random iv)', () => {
    const a = cipher.seal(Buffer.from('x'), 'a');
    const b = cipher.seal(Buffer.from('x'), 'a');
    expect(a.blob.equals(b.blob)).toBe(false);
  });

  it('opens a value sealed under an older key of the ring', () => {
    const old = new FieldCipher(ring, 'old').seal(Buffer.from('bí mật'), 'aad');
    expect(cipher.open(old, 'aad').toString('utf8')).toBe('bí mật');
  });

  it('refuses a value moved to another case or field (aad)', () => {
    const s = cipher.seal(Buffer.from('x'), 'case-1/identity');
    expect(() => cipher.open(s, 'case-2/identity')).toThrow();
  });

  it('refuses a value altered by one bit', () => {
    const s = cipher.seal(Buffer.from('hello'), 'aad');
    const blob = Buffer.from(s.blob);
    blob[blob.length - 1] ^= 1;
    expect(() => cipher.open({ keyId: s.keyId, blob }, 'aad')).toThrow();
  });

  it('cannot open without the key', () => {
    const s = cipher.seal(Buffer.from('x'), 'aad');
    const other = new FieldCipher(parseKeyring(`new:${k()}`), 'new');
    expect(() => other.open(s, 'aad')).toThrow();
    expect(() => new FieldCipher(parseKeyring(`x:${k()}`), 'x').open(s, 'aad')).toThrow(/not in the keyring/);
  });

  it('refuses an active key that is not in the ring', () => {
    expect(() => new FieldCipher(ring, 'missing')).toThrow(KeyringError);
  });
});
