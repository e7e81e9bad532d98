import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role, type ProcedureDefinition } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { WriteStatement } from '@hoso/core/database/write-statement';
import { TimelineWriter } from '@hoso/timeline/repositories/timeline-writer.repository';
import { DOCUMENT_GENERATED } from '@hoso/timeline/timeline-labels';
import { CaseStoreRepository } from '../repositories/case-store.repository';
import type { UploadAttachmentDto } from '../dtos/attachment.dto';
import type { CaseRow } from '../repositories/case-store.repository';
import { DOCUMENT_STORAGE, type DocumentStorage, type StoredObject } from '../documents/document-storage';
import { readMultipartUpload } from '../documents/multipart-upload';
import { fieldsForValidation, MultipartUploadFieldsDto } from '../documents/upload-fields.dto';
import { contentMatchesMediaType } from './attachment-content';
import { documentKindsView, formsOf } from './dossier-kinds';
import { ITEM_COLUMNS } from './dossier-items';
import { CaseQueryService } from './case-query.service';
import { validatePayload } from './payload-validator';
import { ProcedureRegistryService } from './procedure-registry.service';
import { offeredEvents } from './offered-events';

// Who files documents: the people who run the procedure on the case's unit (auditors only read).
const FILERS = [Role.TASK_FORCE_OFFICER, Role.COMMITTEE_OFFICE, Role.SECRETARY, Role.STANDING_COMMITTEE_MEMBER, Role.INSPECTION_COMMISSION_MEMBER];
const FILE_NAME = /^[^/\\\u0000-\u001f]{1,200}$/;

interface DocumentMeta {
  formCode: string;
  documentDate: string;
  author: string;
  stampedAcrossPages?: boolean;
  aboutPerson?: string;
  fileName: string;
  mediaType: string;
  /** The generated draft this document is the signed copy of. */
  signedCopyOf?: string;
}

/** A document generated from a template, to file as a draft (DossierService.fileGenerated). */
export interface GeneratedDocument {
  formCode: string;
  documentDate: string;
  author: string;
  template: { key: string; version: number; sha256: string; title: string };
  files: readonly { fileName: string; mediaType: string; content: Buffer }[];
}

// A signed copy is what came back from the signature: a scan or a signed PDF.
const SIGNED_COPY_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

type FilingCase = CaseRow;

/**
 * A case's dossier: documents with their form code (or document kind), metadata, size and SHA-256; never replaced,
 * only added. The content lives in a DocumentStorage, outside the case rows; each filing goes to the audit log.
 */
@Injectable()
export class DossierService {
  private readonly maxBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly registry: ProcedureRegistryService,
    private readonly accessLog: AccessLogService,
    private readonly audit: AuditLogService,
    private readonly store: CaseStoreRepository,
    private readonly timeline: TimelineWriter,
    @Inject(APP_CONFIG) config: EnvDto,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {
    this.maxBytes = config.UPLOAD_MAX_BYTES;
  }

  /** A document sent as base64 inside JSON (bounded by BODY_LIMIT). */
  async upload(user: AuthUser, caseId: string, dto: UploadAttachmentDto) {
    const { row, def } = await this.filing(user, caseId);
    requireForm(def, dto.formCode);
    const content = Buffer.from(dto.contentBase64, 'base64');
    if (!contentMatchesMediaType(dto.mediaType, content)) {
      throw new DomainError(ErrorCode.ATTACHMENT_CONTENT_MISMATCH, { mediaType: dto.mediaType, fileName: dto.fileName });
    }
    const stored = await this.storage.put(Readable.from([content]));
    return this.file(user, row, def, { ...dto, mediaType: dto.mediaType }, stored);
  }

  /**
   * A document sent as multipart/form-data, streamed into storage up to UPLOAD_MAX_BYTES. The case and the caller's
   * role are checked before the body is read; the type is taken from the bytes and must match any declared type.
   */
  async uploadMultipart(user: AuthUser, caseId: string, req: IncomingMessage) {
    let filing: { row: FilingCase; def: ProcedureDefinition };
    try {
      filing = await this.filing(user, caseId);
    } catch (e) {
      req.resume();
      throw e;
    }
    const upload = await readMultipartUpload(req, this.storage, this.maxBytes);
    try {
      const meta = (await validatePayload(MultipartUploadFieldsDto, fieldsForValidation(upload.fields))) as unknown as MultipartUploadFieldsDto;
      requireForm(filing.def, meta.formCode);
      const fileName = (meta.fileName ?? upload.file.fileName ?? '').normalize('NFC');
      if (!FILE_NAME.test(fileName)) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'fileName', constraint: 'fileName', message: 'tên tệp không hợp lệ (1–200 ký tự, không có / hoặc \\)' }] });
      }
      const detected = upload.file.mediaType;
      if (!detected) throw new DomainError(ErrorCode.ATTACHMENT_TYPE_NOT_ACCEPTED, { declaredType: (meta.mediaType ?? upload.file.declaredType).slice(0, 100), fileName });
      const declared = meta.mediaType ?? upload.file.declaredType;
      if (declared && declared !== 'application/octet-stream' && declared !== detected) {
        throw new DomainError(ErrorCode.ATTACHMENT_CONTENT_MISMATCH, { declaredType: declared.slice(0, 100), detectedType: detected, fileName });
      }
      return await this.file(user, filing.row, filing.def, { ...meta, fileName, mediaType: detected }, upload.file);
    } catch (e) {
      await this.storage.delete(upload.file.key);
      throw e;
    }
  }

  async list(user: AuthUser, caseId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const def = this.registry.forCase(row.procedure_id, row.machine_version);
    const forms = formsOf(def);
    const items: { formCode: string }[] = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM case_attachment WHERE case_id = $1 ORDER BY uploaded_at, id`,
      [row.id],
    );
    return { caseId: row.id, forms, kinds: documentKindsView(def), items: items.map((i) => ({ ...i, formName: forms[i.formCode] ?? i.formCode })) };
  }

  async download(user: AuthUser, caseId: string, attachmentId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const rows: { content: Buffer | null; storage_key: string | null; media_type: string; file_name: string; sha256: string; size_bytes: number; purged_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT content, storage_key, media_type, file_name, sha256, size_bytes, purged_at FROM case_attachment WHERE id = $1 AND case_id = $2`,
        [attachmentId, row.id],
      );
    const doc = rows[0];
    if (doc?.purged_at) throw new DomainError(ErrorCode.ATTACHMENT_PURGED, { attachmentId, purgedAt: new Date(doc.purged_at).toISOString(), sha256: doc.sha256 });
    if (!doc || (!doc.content && !doc.storage_key)) throw new DomainError(ErrorCode.ATTACHMENT_NOT_FOUND, { attachmentId });
    await this.accessLog.record(this.dataSource.manager, { caseId: row.id, userId: user.id, action: AccessAction.VIEW_CASE, details: { attachmentId } });
    // Documents filed before the storage existed keep their content in the row.
    const content = doc.storage_key ? this.storage.get(doc.storage_key) : (doc.content as Buffer);
    return { content, mediaType: doc.media_type, fileName: doc.file_name, sha256: doc.sha256, sizeBytes: Number(doc.size_bytes) };
  }

  /** The case as its filer sees it (404 outside scope), refused to people without a filing role (403). */
  private async filing(user: AuthUser, caseId: string) {
    const row = await this.cases.getVisible(user, caseId);
    if (!holdsRole(user, row.unit_path, FILERS) && !holdsRole(user, row.assigned_unit_path, FILERS)) {
      throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: FILERS });
    }
    return { row, def: this.registry.forCase(row.procedure_id, row.machine_version) };
  }

  /**
   * File a stored object: move it to its final key, then write its row and the audit row in one transaction. When
   * anything fails the object is deleted, so no file is left without a row and no row without its file.
   */
  private async file(user: AuthUser, row: FilingCase, def: ProcedureDefinition, meta: DocumentMeta, stored: StoredObject) {
    const id = randomUUID();
    const formName = formsOf(def)[meta.formCode];
    let key: string | undefined;
    try {
      await this.dataSource.transaction(async (m) => {
        if (meta.signedCopyOf) await assertSignableDraft(m, row.id, meta);
        key = await this.storage.promote(stored.key, id);
        await m.query(
          `INSERT INTO case_attachment (id, case_id, form_code, document_date, author, stamped_across_pages, about_person, file_name, media_type,
                                        size_bytes, sha256, content, storage_key, uploaded_by, signed_copy_of)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, $12, $13, $14)`,
          [id, row.id, meta.formCode, meta.documentDate, meta.author, meta.stampedAcrossPages ?? false, meta.aboutPerson ?? null, meta.fileName,
            meta.mediaType, stored.size, stored.sha256, key, user.id, meta.signedCopyOf ?? null],
        );
        await this.audit.record(m, user.id, 'DOSSIER_DOCUMENT_ADDED', `Nộp văn bản vào hồ sơ: ${formName}`, {
          caseId: row.id, attachmentId: id, formCode: meta.formCode, fileName: meta.fileName, mediaType: meta.mediaType, sizeBytes: stored.size, sha256: stored.sha256,
          ...(meta.signedCopyOf ? { signedCopyOf: meta.signedCopyOf } : {}),
        });
      });
    } catch (e) {
      await this.storage.delete(key ?? stored.key);
      throw e;
    }
    return { attachmentId: id, caseId: row.id, formCode: meta.formCode, formName, fileName: meta.fileName, mediaType: meta.mediaType, sha256: stored.sha256, sizeBytes: stored.size };
  }

  /**
   * Files documents generated from a template (the DOCX and its PDF) as drafts of the case, and records the generation
   * on its timeline under the hash chain (the template's key, version and SHA-256, each file's SHA-256), with the audit
   * row, in one transaction. Whoever may see the case may generate. A case written meanwhile is a VERSION_CONFLICT
   * (nothing is kept); the state does not change.
   */
  async fileGenerated(user: AuthUser, caseId: string, doc: GeneratedDocument) {
    const row = await this.cases.getVisible(user, caseId);
    const def = this.registry.forCase(row.procedure_id, row.machine_version);
    requireForm(def, doc.formCode);
    const stored: StoredObject[] = [];
    const keys: string[] = [];
    try {
      for (const f of doc.files) stored.push(await this.storage.put(Readable.from([f.content])));
      const ids = doc.files.map(() => randomUUID());
      const documents = doc.files.map((f, i) => ({
        attachmentId: ids[i], fileName: f.fileName, mediaType: f.mediaType, sha256: stored[i].sha256, sizeBytes: stored[i].size,
      }));
      const now = new Date();
      const seq = row.version + 1;
      const payload = {
        template: doc.template, formCode: doc.formCode, documentDate: doc.documentDate,
        documents: documents.map(({ attachmentId, fileName, mediaType, sha256 }) => ({ attachmentId, fileName, mediaType, sha256 })),
      };
      await this.dataSource.transaction(async (m) => {
        for (let i = 0; i < ids.length; i++) {
          keys.push(await this.storage.promote(stored[i].key, ids[i]));
          await m.query(
            `INSERT INTO case_attachment (id, case_id, form_code, document_date, author, stamped_across_pages, file_name, media_type, size_bytes,
                                          sha256, content, storage_key, uploaded_by, template_key, template_version)
             VALUES ($1, $2, $3, $4, $5, false, $6, $7, $8, $9, NULL, $10, $11, $12, $13)`,
            [ids[i], row.id, doc.formCode, doc.documentDate, doc.author, documents[i].fileName, documents[i].mediaType, documents[i].sizeBytes,
              documents[i].sha256, keys[i], user.id, doc.template.key, doc.template.version],
          );
        }
        const event = {
          caseId: row.id, seq, type: DOCUMENT_GENERATED, payload, actorId: user.id, fromState: row.state, toState: row.state,
          machineVersion: row.machine_version, occurredAt: now, recordedAt: now,
        };
        const w = new WriteStatement();
        this.store.updateIfVersion(w, row.id, row.version, {
          snapshot: row.snapshot, state: row.state, status: row.status, reportCategory: row.report_category, tags: row.tags,
          assignedUnitId: row.assigned_unit_id, title: row.title, receivedAt: new Date(row.received_at).toISOString(),
          offeredEvents: offeredEvents(def, row.snapshot), chainHead: this.timeline.hashOf(row.chain_head, event), now,
        });
        this.timeline.append(w, row.chain_head, event);
        if ((await this.store.execute(m, w)) !== 1) throw new DomainError(ErrorCode.VERSION_CONFLICT, { expectedVersion: row.version });
        await this.audit.record(m, user.id, 'DOCUMENT_GENERATED', `Tạo văn bản từ mẫu: ${doc.template.title}`, { caseId: row.id, seq, ...payload });
      });
      return { caseId: row.id, event: { seq, type: DOCUMENT_GENERATED }, documents };
    } catch (e) {
      for (const [i, s] of stored.entries()) await this.storage.delete(keys[i] ?? s.key);
      throw e;
    }
  }
}

/** The draft a signed copy names: a document generated on this case, of the same form; the copy a scan or a PDF. */
async function assertSignableDraft(m: EntityManager, caseId: string, meta: DocumentMeta): Promise<void> {
  const refuse = (message: string) =>
    new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'signedCopyOf', constraint: 'signedCopyOf', message }] });
  const drafts: { form_code: string; template_key: string | null }[] = await m.query(
    `SELECT form_code, template_key FROM case_attachment WHERE id = $1 AND case_id = $2`,
    [meta.signedCopyOf, caseId],
  );
  const draft = drafts[0];
  if (!draft) throw refuse('không có văn bản này trong hồ sơ của vụ việc');
  if (!draft.template_key) throw refuse('văn bản này không phải văn bản tạo từ mẫu: bản đã ký phải ghi là bản ký của văn bản đã tạo');
  if (draft.form_code !== meta.formCode) throw refuse(`bản đã ký phải cùng loại văn bản với bản tạo từ mẫu (${draft.form_code})`);
  if (!SIGNED_COPY_TYPES.includes(meta.mediaType)) throw refuse('bản đã ký phải là bản quét hoặc tệp PDF (PDF, PNG, JPEG)');
}

function requireForm(def: ProcedureDefinition, formCode: string): void {
  const forms = formsOf(def);
  if (!(formCode in forms)) throw new DomainError(ErrorCode.FORM_CODE_UNKNOWN, { formCode, knownForms: Object.keys(forms) });
}
