import type { ProcedureDefinition } from '@hoso/workflows';

/** The actor of events the system sends itself (a missed deadline); shown on the timeline as "Hệ thống". */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';
export const SYSTEM_ACTOR_NAME = 'Hệ thống';

/** The timeline row of a case moved to a newer version of its procedure (ProcedureMigrationService). */
export const VERSION_MIGRATED = 'PROCEDURE_VERSION_MIGRATED';

/**
 * The timeline row of an open case carried to a successor unit by an organisation change (merger, split, absorption,
 * dissolution): the state is unchanged, the payload names the units moved and the decision (CaseTransferService).
 */
export const ORG_TRANSFERRED = 'ORG_TRANSFERRED';

/**
 * The timeline row of documents generated from a template and filed as drafts (DossierService.fileGenerated): the
 * state is unchanged, the payload names the template's key, version and SHA-256 and each file's SHA-256.
 */
export const DOCUMENT_GENERATED = 'DOCUMENT_GENERATED';

/** How a timeline row is named to people, on screen and in exports. */
export function eventLabel(def: ProcedureDefinition | undefined, type: string): string {
  if (type === 'CREATE') return 'Tiếp nhận, đăng ký vụ việc';
  if (type === VERSION_MIGRATED) return 'Chuyển sang phiên bản quy trình mới';
  if (type === ORG_TRANSFERRED) return 'Chuyển sang tổ chức kế tục';
  if (type === DOCUMENT_GENERATED) return 'Tạo văn bản từ mẫu';
  return def?.events[type]?.label ?? type;
}
