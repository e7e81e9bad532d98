// Which files a dossier takes, recognised by their bytes rather than by their name or declared type: PDF, PNG, JPEG,
// and the office formats, which are ZIP containers told apart by the names of the files inside.
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ODT = 'application/vnd.oasis.opendocument.text';

export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', DOCX, XLSX, ODT] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** How much of the start and of the end of a file the sniffer keeps (a ZIP's directory is at its end). */
export const SNIFF_HEAD_BYTES = 4096;
export const SNIFF_TAIL_BYTES = 256 * 1024;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
// Readers accept the PDF header anywhere in the first kilobyte.
const PDF_HEADER_WITHIN = 1024;

/**
 * The type of a file from its first bytes (`head`), its last bytes (`tail`) and its size; undefined when it is
 * none of the accepted types (a web page, a script, an archive of something else, a truncated ZIP).
 */
export function sniffMediaType(head: Buffer, tail: Buffer, size: number): DocumentMediaType | undefined {
  if (head.subarray(0, PDF_HEADER_WITHIN).includes('%PDF-')) return 'application/pdf';
  if (head.length >= PNG.length && head.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (head.length >= JPEG.length && head.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg';
  if (head.length < 30 || head.readUInt32LE(0) !== ZIP_LOCAL) return undefined;
  const names = zipEntryNames(tail, size);
  if (!names) return undefined;
  if (names.has('[Content_Types].xml') && names.has('word/document.xml')) return DOCX;
  if (names.has('[Content_Types].xml') && names.has('xl/workbook.xml')) return XLSX;
  // OpenDocument: the first entry is `mimetype`, stored, holding the type itself.
  const firstName = head.subarray(30, 30 + head.readUInt16LE(26)).toString('latin1');
  const firstContent = head.subarray(30 + head.readUInt16LE(26) + head.readUInt16LE(28), 30 + head.readUInt16LE(26) + head.readUInt16LE(28) + ODT.length);
  if (firstName === 'mimetype' && firstContent.toString('latin1') === ODT && names.has('content.xml')) return ODT;
  return undefined;
}

/** The names in a ZIP's central directory, read from the file's last bytes; undefined when it cannot be read there. */
export function zipEntryNames(tail: Buffer, size: number): Set<string> | undefined {
  const tailStart = size - tail.length;
  // The end record is 22 bytes plus a comment of at most 65535.
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - 65535); i--) {
    if (tail.readUInt32LE(i) !== ZIP_END) continue;
    const entries = tail.readUInt16LE(i + 10);
    const dirSize = tail.readUInt32LE(i + 12);
    const dirOffset = tail.readUInt32LE(i + 16);
    if (dirOffset < tailStart || dirOffset + dirSize > tailStart + i) return undefined;
    const names = new Set<string>();
    let at = dirOffset - tailStart;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > tail.length || tail.readUInt32LE(at) !== ZIP_CENTRAL) return undefined;
      const nameLength = tail.readUInt16LE(at + 28);
      names.add(tail.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
      at += 46 + nameLength + tail.readUInt16LE(at + 30) + tail.readUInt16LE(at + 32);
    }
    return names;
  }
  return undefined;
}
