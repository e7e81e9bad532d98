import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ContentSniffer } from './content-sniffer';
import type { DocumentStorage, StoredObject } from './document-storage';
import type { DocumentMediaType } from './media-types';

/** The parts of a dossier upload: its text fields and its one file, already in storage under a temporary key. */
export interface MultipartUpload {
  fields: Record<string, string>;
  file: StoredObject & { fileName: string; declaredType: string; mediaType: DocumentMediaType | undefined };
}

const FIELD_NAMES = ['formCode', 'documentDate', 'author', 'stampedAcrossPages', 'aboutPerson', 'fileName', 'mediaType', 'signedCopyOf'];

/**
 * Stream a `multipart/form-data` upload into storage: one part `file` (up to `maxBytes`) and the metadata fields.
 * The file is never held in memory. On any failure (too big, malformed or truncated form, lost connection) the
 * temporary object is deleted, the rest of the request is drained, and a DomainError is thrown.
 */
export async function readMultipartUpload(req: IncomingMessage, storage: DocumentStorage, maxBytes: number): Promise<MultipartUpload> {
  let parser: busboy.Busboy;
  try {
    // Part names and file names in UTF-8 (browsers send Vietnamese names that way), not busboy's default latin1.
    // busboy reports 'limit' on reaching fileSize, so a file of exactly maxBytes needs one byte more of room.
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: maxBytes + 1, files: 1, fields: FIELD_NAMES.length, fieldSize: 1024, parts: FIELD_NAMES.length + 1 } });
  } catch {
    req.resume();
    throw new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'boundary' });
  }
  const fields: Record<string, string> = {};
  let stored: Promise<MultipartUpload['file']> | undefined;
  let failure: DomainError | undefined;
  let sniffing: ContentSniffer | undefined;
  const fail = (e: DomainError) => {
    failure ??= e;
  };
  // A form that ends early or a lost connection must also end the file's write, or storing it would never settle.
  const stopWriting = () => sniffing?.destroy(new Error('upload ended early'));

  const parsed = new Promise<void>((resolve) => {
    parser.on('field', (name, value, info) => {
      if (!FIELD_NAMES.includes(name) || info.valueTruncated) fail(new DomainError(ErrorCode.MULTIPART_INVALID, { field: name.slice(0, 64) }));
      else fields[name] = value;
    });
    parser.on('file', (name, file, info) => {
      if (name !== 'file' || stored) {
        fail(new DomainError(ErrorCode.MULTIPART_INVALID, { part: name.slice(0, 64), reason: 'one file part named "file"' }));
        file.resume();
        return;
      }
      const sniffer = new ContentSniffer();
      sniffing = sniffer;
      // Past the limit: stop writing at once (the temporary file is removed) and answer 413. The part is drained, not
      // destroyed: busboy finishes the form only once each file part has ended.
      file.on('limit', () => {
        fail(new DomainError(ErrorCode.ATTACHMENT_TOO_LARGE, { maxBytes }));
        file.unpipe(sniffer);
        sniffer.destroy(new Error('too large'));
        file.resume();
      });
      const put = storage.put(file.pipe(sniffer)).then((o) => ({ ...o, fileName: info.filename ?? '', declaredType: info.mimeType, mediaType: sniffer.mediaType() }));
      put.catch(() => undefined);
      stored = put;
      // busboy ends a truncated form with an error on the file part: forward it so the write stops.
      file.on('error', (e) => sniffer.destroy(e));
    });
    parser.on('partsLimit', () => fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'too many parts' })));
    parser.on('filesLimit', () => fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'one file only' })));
    parser.on('fieldsLimit', () => fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'too many fields' })));
    parser.on('error', () => {
      fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'malformed or truncated' }));
      stopWriting();
      resolve();
    });
    parser.on('close', () => resolve());
    req.on('aborted', () => {
      fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'connection closed' }));
      stopWriting();
      resolve();
    });
    req.pipe(parser);
  });
  await parsed;
  const file = stored ? await stored.catch((e: unknown) => fail(e instanceof DomainError ? e : new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'file part' }))) : undefined;
  if (failure || !file) {
    req.unpipe(parser);
    req.resume();
    if (file) await storage.delete(file.key);
    throw failure ?? new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'no file part' });
  }
  return { fields, file };
}
