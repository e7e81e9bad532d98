// Version 2 of admission: the political standard (procedures.md §9.1 "per Politburo regulations", 58-QĐ/TW) is concluded
// in a verification case of its own (tham-tra-tieu-chuan-chinh-tri), which this case opens and waits for. Its
// conclusion is read as a fact — the child as stored when it reports (linkedCases), never the report's words or a
// free-text flag: MEETS lets the admission go on, DOES_NOT_MEET ends it with the reason, WITHDRAWN lets it ask again.
import { viDate } from '@hoso/kernel/legal-time';
import { SELF } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.events';
import { PS_PROCEDURE_ID } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.machine';
import { dossierProblems, notAfterRecording, notBefore } from './ket-nap-dang-vien.guards';
import type { Problem } from './ket-nap-dang-vien.rules';
import type { ContextKnd, EventKndAll } from './ket-nap-dang-vien.types';

export const VERIFICATION_LINK = 'VERIFICATION';

export const V2_GUARD_NAMES = ['politicalStandardRequestable', 'backgroundCertifiable'] as const;

/** The verification's conclusion a CHILD_CONCLUDED brings, as that case stands; undefined when it is none of ours. */
export function verificationConclusion(
  c: ContextKnd, e: EventKndAll,
): { caseId: string; outcome: 'MEETS' | 'DOES_NOT_MEET' | 'WITHDRAWN'; concludedOn?: string; conclusionRef?: string } | undefined {
  if (e.type !== 'CHILD_CONCLUDED' || e.payload.procedureId !== PS_PROCEDURE_ID || e.payload.link !== VERIFICATION_LINK) return undefined;
  if (c.politicalStandard?.status !== 'REQUESTED') return undefined;
  const child = e.facts?.linkedCases?.find((l) => l.caseId === e.payload.childCaseId && l.procedureId === PS_PROCEDURE_ID);
  // About this applicant, and concluded (or withdrawn) as the child itself records it.
  if (!child || child.personId !== c.registration.personId) return undefined;
  const outcome = child.tags.outcome;
  if (outcome === 'WITHDRAWN') return { caseId: child.caseId, outcome };
  if ((outcome !== 'MEETS' && outcome !== 'DOES_NOT_MEET') || !child.tags.concludedOn) return undefined;
  return { caseId: child.caseId, outcome, concludedOn: child.tags.concludedOn, ...(child.tags.conclusionRef ? { conclusionRef: child.tags.conclusionRef } : {}) };
}

/** Why the admission ends when the political standard is not met (shown on the case, told to the cell). */
export function notMetReason(c: ContextKnd): string {
  const p = c.politicalStandard;
  const ref = p?.conclusionRef ? ` số ${p.conclusionRef}` : '';
  const on = p?.concludedOn ? ` ngày ${viDate(p.concludedOn)}` : '';
  return `Người vào Đảng không đủ tiêu chuẩn chính trị theo kết luận${ref}${on} của cơ quan có thẩm quyền (Quy định 58-QĐ/TW; Quy định 294-QĐ/TW): không kết nạp.`;
}

/** Every problem the named version-2 guard finds for this event; empty when it passes. */
export function politicalStandardProblems(guard: string, c: ContextKnd, e: EventKndAll): Problem[] {
  switch (guard) {
    case 'politicalStandardRequestable': {
      if (e.type !== 'REQUEST_POLITICAL_STANDARD') return [];
      const p = e.payload;
      // The background (2-KNĐ) is checked and stamped across pages before any verification (§9.6).
      const problems = [
        ...dossierProblems('verification', c, e.facts),
        ...notAfterRecording(p.requestedOn, e.occurredAt, 'Ngày đề nghị thẩm tra'),
        ...notBefore(p.requestedOn, c.background?.declaredOn, 'Ngày đề nghị thẩm tra', 'ngày khai lý lịch'),
      ];
      const keys = p.relatives.map((r) => r.key);
      if (keys.includes(SELF)) problems.push({ code: 'RELATIVE_KEY_RESERVED', message: `Mã "${SELF}" dành cho chính người vào Đảng; người thân cần mã khác.` });
      if (new Set(keys).size !== keys.length) problems.push({ code: 'RELATIVE_KEYS_REPEATED', message: 'Mỗi người thân phải có một mã riêng.' });
      return problems;
    }
    case 'backgroundCertifiable': {
      if (e.type !== 'CERTIFY_BACKGROUND') return [];
      return [
        ...notAfterRecording(e.payload.certifiedOn, e.occurredAt, 'Ngày chứng nhận lý lịch'),
        ...notBefore(e.payload.certifiedOn, c.politicalStandard?.concludedOn, 'Ngày chứng nhận lý lịch', 'ngày kết luận tiêu chuẩn chính trị'),
      ];
    }
    default:
      return [];
  }
}
