import { DomainError, ErrorCode } from '@hoso/core/errors';

/** Where a page of the default case list ends: the last row's creation instant (to the microsecond) and id. */
export interface CaseListCursor {
  /** ISO 8601 in UTC with microseconds, e.g. 2026-11-02T02:00:00.123456Z (a JS Date would lose the microseconds). */
  createdAt: string;
  id: string;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The opaque `nextCursor` of a page: base64url of "<createdAt> <id>". */
export function encodeCaseListCursor(c: CaseListCursor): string {
  return Buffer.from(`${c.createdAt} ${c.id}`, 'utf8').toString('base64url');
}

/** `?cursor=` read back; anything a page did not hand out is refused with 400. */
export function decodeCaseListCursor(raw: string): CaseListCursor {
  const [createdAt, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split(' ');
  if (rest.length || !AT.test(createdAt ?? '') || !UUID.test(id ?? '') || Number.isNaN(Date.parse(createdAt))) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, {
      fields: [{ field: 'cursor', constraint: 'isCursor', message: 'không phải con trỏ trang do máy chủ trả về (nextCursor)' }],
    });
  }
  return { createdAt, id };
}
