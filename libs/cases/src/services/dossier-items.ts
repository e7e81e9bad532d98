import type { EntityManager } from 'typeorm';
import type { DossierItemFact } from '@hoso/workflows';

export const ITEM_COLUMNS = `id AS "attachmentId", form_code AS "formCode", to_char(document_date, 'YYYY-MM-DD') AS "documentDate", author,
  stamped_across_pages AS "stampedAcrossPages", about_person AS "aboutPerson", sha256, file_name AS "fileName", media_type AS "mediaType",
  size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt", purged_at AS "purgedAt",
  template_key AS "templateKey", template_version AS "templateVersion", signed_copy_of AS "signedCopyOf"`;


/** The `dossier` fact: every document of the case, oldest first, without content. */
export async function dossierItems(m: EntityManager, caseId: string): Promise<DossierItemFact[]> {
  const rows: Record<string, unknown>[] = await m.query(`SELECT ${ITEM_COLUMNS} FROM case_attachment WHERE case_id = $1 ORDER BY uploaded_at, id`, [caseId]);
  return rows.map((r) => ({
    attachmentId: String(r.attachmentId), formCode: String(r.formCode), documentDate: String(r.documentDate), author: String(r.author),
    stampedAcrossPages: r.stampedAcrossPages === true, ...(r.aboutPerson ? { aboutPerson: String(r.aboutPerson) } : {}), sha256: String(r.sha256),
    uploadedAt: new Date(r.uploadedAt as string).toISOString(),
  }));
}
