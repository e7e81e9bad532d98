import { DomainError, ErrorCode } from '@hoso/core/errors';

/** `If-Match: "5"` / `W/"5"` / `5`, or the body's expectedVersion; one of them is required and they must agree. */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined) {
    const m = /^(?:W\/)?(?:"(\d{1,9})"|(\d{1,9}))$/.exec(ifMatch.trim());
    if (!m) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, {
        fields: [{ field: 'If-Match', constraint: 'matches', message: 'phải là số phiên bản, ví dụ "3"' }],
      });
    }
    fromHeader = Number(m[1] ?? m[2]);
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, {
      fields: [{ field: 'expectedVersion', constraint: 'matches', message: 'không khớp với header If-Match' }],
    });
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined) throw new DomainError(ErrorCode.VERSION_REQUIRED);
  return version;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names no case: answer 404 as for any case that does not exist. */
export function caseIdParam(id: string): string {
  if (!UUID.test(id)) throw new DomainError(ErrorCode.CASE_NOT_FOUND, { caseId: id.slice(0, 64) });
  return id.toLowerCase();
}
