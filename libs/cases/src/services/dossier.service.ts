import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { UploadAttachmentDto } from '../dtos/attachment.dto';
import { contentMatchesMediaType } from './attachment-content';
import { ITEM_COLUMNS } from './dossier-items';
import { CaseQueryService } from './case-query.service';
import { ProcedureRegistryService } from './procedure-registry.service';

// Who files documents: the people who run the procedure on the case's unit (auditors only read).
const FILERS = [Role.TASK_FORCE_OFFICER, Role.COMMITTEE_OFFICE, Role.SECRETARY, Role.STANDING_COMMITTEE_MEMBER, Role.INSPECTION_COMMISSION_MEMBER];


/** A case's dossier: documents with their form code, metadata and SHA-256; never replaced, only added. */
@Injectable()
export class DossierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly registry: ProcedureRegistryService,
    private readonly accessLog: AccessLogService,
  ) {}

  async upload(user: AuthUser, caseId: string, dto: UploadAttachmentDto) {
    const row = await this.cases.getVisible(user, caseId);
    if (!holdsRole(user, row.unit_path, FILERS) && !holdsRole(user, row.assigned_unit_path, FILERS)) {
      throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: FILERS });
    }
    const forms = this.registry.forCase(row.procedure_id, row.machine_version).dossierForms;
    if (!forms || !(dto.formCode in forms)) throw new DomainError(ErrorCode.FORM_CODE_UNKNOWN, { formCode: dto.formCode, knownForms: Object.keys(forms ?? {}) });
    const content = Buffer.from(dto.contentBase64, 'base64');
    if (!contentMatchesMediaType(dto.mediaType, content)) {
      throw new DomainError(ErrorCode.ATTACHMENT_CONTENT_MISMATCH, { mediaType: dto.mediaType, fileName: dto.fileName });
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(content).digest('hex');
    await this.dataSource.query(
      `INSERT INTO case_attachment (id, case_id, form_code, document_date, author, stamped_across_pages, about_person, file_name, media_type,
                                    size_bytes, sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [id, row.id, dto.formCode, dto.documentDate, dto.author, dto.stampedAcrossPages ?? false, dto.aboutPerson ?? null, dto.fileName,
        dto.mediaType, content.length, sha256, content, user.id],
    );
    return { attachmentId: id, caseId: row.id, formCode: dto.formCode, formName: forms[dto.formCode], sha256, sizeBytes: content.length };
  }

  async list(user: AuthUser, caseId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const forms = this.registry.forCase(row.procedure_id, row.machine_version).dossierForms ?? {};
    const items: { formCode: string }[] = await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM case_attachment WHERE case_id = $1 ORDER BY uploaded_at, id`,
      [row.id],
    );
    return { caseId: row.id, forms, items: items.map((i) => ({ ...i, formName: forms[i.formCode] ?? i.formCode })) };
  }

  async download(user: AuthUser, caseId: string, attachmentId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const rows: { content: Buffer | null; media_type: string; file_name: string; sha256: string; purged_at: Date | null }[] = await this.dataSource.query(
      `SELECT content, media_type, file_name, sha256, purged_at FROM case_attachment WHERE id = $1 AND case_id = $2`,
      [attachmentId, row.id],
    );
    if (rows[0]?.purged_at) throw new DomainError(ErrorCode.ATTACHMENT_PURGED, { attachmentId, purgedAt: new Date(rows[0].purged_at).toISOString(), sha256: rows[0].sha256 });
    if (!rows[0]?.content) throw new DomainError(ErrorCode.ATTACHMENT_NOT_FOUND, { attachmentId });
    await this.accessLog.record(this.dataSource.manager, { caseId: row.id, userId: user.id, action: AccessAction.VIEW_CASE, details: { attachmentId } });
    return { content: rows[0].content, mediaType: rows[0].media_type, fileName: rows[0].file_name, sha256: rows[0].sha256 };
  }
}
