import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DOCX_ENTRIES, ODT_ENTRIES, XLSX_ENTRIES, zipOf } from '../../../../test/support/zip';
import { ContentSniffer } from './content-sniffer';
import { DOCX, ODT, sniffMediaType, XLSX } from './media-types';
import { contentDisposition } from './content-disposition';

const sniff = (b: Buffer) => sniffMediaType(b.subarray(0, 4096), b.subarray(Math.max(0, b.length - 256 * 1024)), b.length);

/** Pass bytes through the streaming sniffer in chunks of `chunk` bytes; what passes through is unchanged. */
async function streamed(b: Buffer, chunk: number) {
  const chunks: Buffer[] = [];
  for (let i = 0; i < b.length; i += chunk) chunks.push(b.subarray(i, i + chunk));
  const s = new ContentSniffer();
  const out: Buffer[] = [];
  await pipeline(Readable.from(chunks), s, new Writable({ write: (c: Buffer, _e, done) => (out.push(c), done()) }));
  expect(Buffer.concat(out).equals(b)).toBe(true);
  return s.mediaType();
}

describe('document type sniffing', () => {
  it('tells PDF, PNG, JPEG and the office formats apart by their bytes', () => {
    expect(sniff(Buffer.from('%PDF-1.7\n%%EOF'))).toBe('application/pdf');
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(sniff(zipOf(DOCX_ENTRIES))).toBe(DOCX);
    expect(sniff(zipOf(XLSX_ENTRIES))).toBe(XLSX);
    expect(sniff(zipOf(ODT_ENTRIES))).toBe(ODT);
  });

  it('refuses web pages, other archives, an OpenDocument without its mimetype first, and a cut ZIP', () => {
    expect(sniff(Buffer.from('<html><script>alert(1)</script></html>'))).toBeUndefined();
    expect(sniff(zipOf([['a.txt', 'xin chào']]))).toBeUndefined();
    expect(sniff(zipOf([['[Content_Types].xml', '<Types/>'], ['word/other.xml', '']]))).toBeUndefined();
    expect(sniff(zipOf([ODT_ENTRIES[1], ODT_ENTRIES[0]]))).toBeUndefined();
    const docx = zipOf(DOCX_ENTRIES);
    expect(sniff(docx.subarray(0, docx.length - 10))).toBeUndefined();
    expect(sniff(Buffer.alloc(0))).toBeUndefined();
  });

  it('gives the same answer streamed in small chunks, with the directory far from the start', async () => {
    const big = zipOf([['[Content_Types].xml', '<Types/>'], ['word/media/big.bin', 'x'.repeat(3 * 1024 * 1024)], ['word/document.xml', '<w:document/>']]);
    expect(await streamed(big, 7919)).toBe(DOCX);
    expect(await streamed(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024 * 1024)]), 1000)).toBe('application/pdf');
  });
});

describe('contentDisposition', () => {
  it('names a download in UTF-8 (RFC 5987) with an ASCII fallback without diacritics', () => {
    const header = contentDisposition('Biên bản họp Đảng ủy (lần 2).pdf');
    expect(header).toBe(`attachment; filename="Bien ban hop Dang uy (lan 2).pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20%28l%E1%BA%A7n%202%29.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('Biên bản họp Đảng ủy (lần 2).pdf');
    expect(contentDisposition('a"b\\c;d%e–f.pdf')).toMatch(/^attachment; filename="a_b_c_d_e_f\.pdf"; /);
  });
});
