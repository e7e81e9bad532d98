import type { AttachmentMediaType } from '../dtos/attachment.dto';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
// Readers accept the PDF header anywhere in the first kilobyte.
const PDF_HEADER_WITHIN = 1024;

/**
 * Does the content begin as a file of the declared media type does? The declared type is what a download is
 * served as, so a file that is something else (a page of HTML or script declared as a PDF) is refused at upload.
 */
export function contentMatchesMediaType(mediaType: AttachmentMediaType, content: Buffer): boolean {
  switch (mediaType) {
    case 'application/pdf':
      return content.subarray(0, PDF_HEADER_WITHIN).includes('%PDF-');
    case 'image/png':
      return content.subarray(0, PNG.length).equals(PNG);
    case 'image/jpeg':
      return content.subarray(0, JPEG.length).equals(JPEG);
  }
}
