import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, type ProcedureDefinition } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
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
}

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
        key = await this.storage.promote(stored.key, id);
        await m.query(
          `INSERT INTO case_attachment (id, case_id, form_code, document_date, author, stamped_across_pages, about_person, file_name, media_type,
                                        size_bytes, sha256, content, storage_key, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, $12, $13)`,
          [id, row.id, meta.formCode, meta.documentDate, meta.author, meta.stampedAcrossPages ?? false, meta.aboutPerson ?? null, meta.fileName,
            meta.mediaType, stored.size, stored.sha256, key, user.id],
        );
        await this.audit.record(m, user.id, 'DOSSIER_DOCUMENT_ADDED', `Nộp văn bản vào hồ sơ: ${formName}`, {
          caseId: row.id, attachmentId: id, formCode: meta.formCode, fileName: meta.fileName, mediaType: meta.mediaType, sizeBytes: stored.size, sha256: stored.sha256,
        });
      });
    } catch (e) {
      await this.storage.delete(key ?? stored.key);
      throw e;
    }
    return { attachmentId: id, caseId: row.id, formCode: meta.formCode, formName, fileName: meta.fileName, mediaType: meta.mediaType, sha256: stored.sha256, sizeBytes: stored.size };
  }
}

function requireForm(def: ProcedureDefinition, formCode: string): void {
  const forms = formsOf(def);
  if (!(formCode in forms)) throw new DomainError(ErrorCode.FORM_CODE_UNKNOWN, { formCode, knownForms: Object.keys(forms) });
}
