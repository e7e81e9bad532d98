import type { CaseRef } from './case-client';
import type { TestApp } from './test-app';

/** A scanned page: enough of a PDF for the dossier to take it as one. */
export const SCANNED_PDF = Buffer.from('%PDF-1.4\n% bản chụp văn bản đã ký\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'utf8');

/**
 * What a committee does before a step that issues a signed document (`requiresSignedCopy`): generate the document from
 * its template (the case's version moves on), sign it, and file the scan as the signed copy of the generated draft.
 */
export async function fileSignedCopy(
  t: TestApp, auth: Record<string, string>, ref: CaseRef, template: string, formCode: string,
): Promise<{ draftId: string; pdfDraftId: string; copyId: string }> {
  const gen = await t.http.post(`/cases/${ref.id}/documents/generate`).set(auth).send({ template });
  expect({ status: gen.status, code: gen.body.code }).toEqual({ status: 201, code: undefined });
  ref.version = gen.body.event.seq;
  const [docx, pdf] = gen.body.documents as { attachmentId: string }[];
  const copy = await t.http.post(`/cases/${ref.id}/dossier`).set(auth).send({
    formCode, documentDate: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10), author: 'Văn phòng cấp ủy', fileName: 'ban-da-ky.pdf',
    mediaType: 'application/pdf', contentBase64: SCANNED_PDF.toString('base64'), signedCopyOf: docx.attachmentId,
  });
  expect({ status: copy.status, code: copy.body.code }).toEqual({ status: 201, code: undefined });
  return { draftId: docx.attachmentId, pdfDraftId: pdf.attachmentId, copyId: copy.body.attachmentId };
}
