import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/** A template is a small Word file; its bytes are kept in the row. */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;

export const TEMPLATE_FIELD_NAMES = ['effectiveFrom', 'effectiveTo', 'unitId', 'reason', 'basis', 'title'] as const;

export interface TemplateUpload {
  fields: Record<string, string>;
  file: { fileName: string; content: Buffer };
}

/**
 * Reads a `multipart/form-data` template upload into memory: the text fields and one part `file` up to
 * TEMPLATE_MAX_BYTES (larger: 413 ATTACHMENT_TOO_LARGE). A malformed form, another part or a second file is refused
 * (400 MULTIPART_INVALID); the rest of the request is drained.
 */
export async function readTemplateUpload(req: IncomingMessage): Promise<TemplateUpload> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fileSize: TEMPLATE_MAX_BYTES + 1, files: 1, fields: TEMPLATE_FIELD_NAMES.length, fieldSize: 4096, parts: TEMPLATE_FIELD_NAMES.length + 1 },
    });
  } catch {
    req.resume();
    throw new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'boundary' });
  }
  const fields: Record<string, string> = {};
  let file: TemplateUpload['file'] | undefined;
  let failure: DomainError | undefined;
  const fail = (e: DomainError) => {
    failure ??= e;
  };
  await new Promise<void>((resolve) => {
    parser.on('field', (name, value, info) => {
      if (!(TEMPLATE_FIELD_NAMES as readonly string[]).includes(name) || info.valueTruncated) fail(new DomainError(ErrorCode.MULTIPART_INVALID, { field: name.slice(0, 64) }));
      else fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        fail(new DomainError(ErrorCode.MULTIPART_INVALID, { part: name.slice(0, 64), reason: 'one file part named "file"' }));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const entry = { fileName: info.filename ?? '', content: Buffer.alloc(0) };
      file = entry;
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        fail(new DomainError(ErrorCode.ATTACHMENT_TOO_LARGE, { maxBytes: TEMPLATE_MAX_BYTES }));
        chunks.length = 0;
        stream.resume();
      });
      stream.on('end', () => {
        entry.content = Buffer.concat(chunks);
      });
    });
    parser.on('partsLimit', () => fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'too many parts' })));
    parser.on('filesLimit', () => fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'one file only' })));
    parser.on('fieldsLimit', () => fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'too many fields' })));
    parser.on('error', () => {
      fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'malformed or truncated' }));
      resolve();
    });
    parser.on('close', () => resolve());
    req.on('aborted', () => {
      fail(new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'connection closed' }));
      resolve();
    });
    req.pipe(parser);
  });
  if (failure || !file) {
    req.unpipe(parser);
    req.resume();
    throw failure ?? new DomainError(ErrorCode.MULTIPART_INVALID, { reason: 'no file part' });
  }
  return { fields, file };
}
