import type { EntityManager } from 'typeorm';
import type { EventSpec } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/**
 * A step that issues a signed document (`requiresSignedCopy`) is refused until the dossier holds the signed copy of a
 * draft generated on this case from one of its templates: a document filed with `signedCopyOf` naming that draft.
 */
export async function assertSignedCopy(m: EntityManager, caseId: string, eventType: string, spec: EventSpec): Promise<void> {
  const need = spec.requiresSignedCopy;
  if (!need) return;
  const rows: unknown[] = await m.query(
    `SELECT 1 FROM case_attachment s JOIN case_attachment d ON d.id = s.signed_copy_of
      WHERE s.case_id = $1 AND d.case_id = $1 AND d.template_key = ANY($2::varchar[]) LIMIT 1`,
    [caseId, need.templates],
  );
  if (rows.length > 0) return;
  throw new DomainError(
    ErrorCode.SIGNED_COPY_REQUIRED,
    { event: eventType, templates: need.templates, document: need.document },
    `Bước "${spec.label}" ban hành ${need.document}: hồ sơ chưa có bản đã ký. Hãy tạo văn bản từ mẫu, trình ký, ` +
      `rồi nộp bản đã ký vào hồ sơ (ghi là bản ký của văn bản đã tạo) trước khi thực hiện bước này.`,
  );
}
