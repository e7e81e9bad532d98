import { contentMatchesMediaType } from './attachment-content';

describe('contentMatchesMediaType', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n%%EOF');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
  const html = Buffer.from('<html><script>alert(1)</script></html>');

  it('accepts each accepted type by its own signature, and refuses the others’ and HTML', () => {
    expect([pdf, png, jpeg, html].map((c) => contentMatchesMediaType('application/pdf', c))).toEqual([true, false, false, false]);
    expect([pdf, png, jpeg, html].map((c) => contentMatchesMediaType('image/png', c))).toEqual([false, true, false, false]);
    expect([pdf, png, jpeg, html].map((c) => contentMatchesMediaType('image/jpeg', c))).toEqual([false, false, true, false]);
  });

  it('finds a PDF header within the first kilobyte, not after it', () => {
    expect(contentMatchesMediaType('application/pdf', Buffer.concat([Buffer.alloc(1019, 0x20), pdf]))).toBe(true);
    expect(contentMatchesMediaType('application/pdf', Buffer.concat([Buffer.alloc(1020, 0x20), pdf]))).toBe(false);
  });

  it('refuses content shorter than the signature', () => {
    expect(contentMatchesMediaType('image/png', png.subarray(0, 7))).toBe(false);
    expect(contentMatchesMediaType('image/jpeg', jpeg.subarray(0, 2))).toBe(false);
    expect(contentMatchesMediaType('application/pdf', Buffer.from('%PDF'))).toBe(false);
  });
});
