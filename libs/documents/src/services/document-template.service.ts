import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@hoso/workflows';
import { holdsRole, holdsTopLevelRole, inScope, type AuthUser } from '@hoso/access/auth-user';
import { findUnitPath } from '@hoso/access/unit-path';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { toVietnamDate, viDate } from '@hoso/kernel/legal-time';
import { DOCX, sniffMediaType } from '@hoso/cases/documents/media-types';
import { validatePayload } from '@hoso/cases/services/payload-validator';
import { TemplateVersionFieldsDto } from '../dtos/template-version-fields.dto';
import { checkTags, fillDocx } from '../fill/fill-template';
import { TEMPLATE_KINDS, type TemplateKind } from '../fill/template-catalogue';
import { docxToPdf } from '../render/docx-to-pdf';
import { DocumentTemplateRepository, type TemplateRow } from '../repositories/document-template.repository';
import { readTemplateUpload } from './template-upload';
import { TemplateResolverService } from './template-resolver.service';

/** Who edits templates: administrators and committee offices (on the top unit for the general version). */
const EDITORS = [Role.ADMIN, Role.COMMITTEE_OFFICE];

/** A version as the API shows it (never its bytes). */
export function versionView(t: TemplateRow) {
  return {
    key: t.key, version: t.version, title: t.title, procedureId: t.procedureId, formCode: t.formCode, effectiveFrom: t.effectiveFrom,
    effectiveTo: t.effectiveTo, unitId: t.unitId, unitName: t.unitName, reason: t.reason, sha256: t.sha256, sizeBytes: Number(t.sizeBytes),
    basis: t.basis, createdBy: t.createdBy, createdAt: new Date(t.createdAt).toISOString(),
  };
}

const fieldList = (k: TemplateKind) => Object.entries(k.fields).map(([name, description]) => ({ name, description }));

/**
 * Word templates as data (docs/domain/document-templates.md): the version in force per key for a unit and a date,
 * every version of a key, a version's file, and a new version — checked to be a DOCX whose tags docxtemplater parses
 * and this key knows, and that renders, before anything is stored. Versions are only added, never changed.
 */
@Injectable()
export class DocumentTemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DocumentTemplateRepository,
    private readonly resolver: TemplateResolverService,
    private readonly audit: AuditLogService,
  ) {}

  /** The version of each template in force for a unit (its overrides and its ancestors') on a date (default today). */
  async list(user: AuthUser, q: { unitId?: string; date?: string }) {
    const onDate = q.date ?? toVietnamDate(new Date());
    const unitPath = q.unitId ? await this.visibleUnitPath(user, q.unitId) : null;
    const m = this.dataSource.manager;
    const items = [];
    for (const [key, kind] of TEMPLATE_KINDS) {
      const t = await this.resolver.resolve(m, key, unitPath, onDate);
      items.push(
        t
          ? { ...versionView(t), why: t.why, fields: fieldList(kind) }
          : { key, title: kind.spec.title, procedureId: kind.spec.procedureId, formCode: kind.spec.formCode, version: null, why: `Không có phiên bản nào có hiệu lực vào ngày ${viDate(onDate)}.`, fields: fieldList(kind) },
      );
    }
    return { date: onDate, unitId: q.unitId ?? null, items };
  }

  /** Every version of a key the caller may see (the general ones and the overrides of units in their scope). */
  async versions(user: AuthUser, key: string) {
    const kind = this.kindOf(key);
    const rows = (await this.repo.versions(this.dataSource.manager, key)).filter((t) => !t.unitPath || inScope(user, t.unitPath));
    return { key, title: kind.spec.title, procedureId: kind.spec.procedureId, formCode: kind.spec.formCode, fields: fieldList(kind), versions: rows.map(versionView) };
  }

  async file(user: AuthUser, key: string, version: number) {
    this.kindOf(key);
    const t = await this.repo.content(this.dataSource.manager, key, version);
    if (!t || (t.unitPath && !inScope(user, t.unitPath))) throw new DomainError(ErrorCode.TEMPLATE_NOT_FOUND, { key, version });
    return { content: t.content, fileName: `${key}-v${version}.docx`, sha256: t.sha256 };
  }

  /** Adds a version of `key` from a multipart upload (`file` + TemplateVersionFieldsDto); nothing is stored when refused. */
  async addVersion(user: AuthUser, key: string, req: IncomingMessage) {
    let kind: TemplateKind;
    try {
      kind = this.kindOf(key);
    } catch (e) {
      req.resume();
      throw e;
    }
    const upload = await readTemplateUpload(req);
    const dto = (await validatePayload(TemplateVersionFieldsDto, upload.fields)) as unknown as TemplateVersionFieldsDto;
    if (dto.unitId) await this.assertMayEditUnit(user, dto.unitId);
    else this.assertMayEditGeneral(user);
    if (dto.effectiveTo && dto.effectiveTo <= dto.effectiveFrom) {
      throw refused('effectiveTo', `ngày hết áp dụng phải sau ngày bắt đầu áp dụng (${viDate(dto.effectiveFrom)})`);
    }
    await checkTemplate(upload.file.content, kind);
    const m = this.dataSource.manager;
    const sameScope = (await this.repo.versions(m, key)).filter((t) => t.unitId === (dto.unitId ?? null));
    const latest = sameScope.reduce<TemplateRow | undefined>((a, t) => (!a || t.effectiveFrom > a.effectiveFrom ? t : a), undefined);
    if (latest && dto.effectiveFrom < latest.effectiveFrom) {
      throw refused('effectiveFrom', `phiên bản mới phải áp dụng từ ngày ${viDate(latest.effectiveFrom)} (ngày bắt đầu của phiên bản ${latest.version}) trở đi`);
    }
    const previous = sameScope[0] ?? (await this.repo.versions(m, key))[0];
    const sha256 = createHash('sha256').update(upload.file.content).digest('hex');
    const version = await this.dataSource.transaction(async (tm) => {
      const v = await this.repo.insertNext(tm, {
        key, title: dto.title ?? previous?.title ?? kind.spec.title, procedureId: kind.spec.procedureId, formCode: kind.spec.formCode,
        effectiveFrom: dto.effectiveFrom, effectiveTo: dto.effectiveTo ?? null, unitId: dto.unitId ?? null, reason: dto.reason,
        content: upload.file.content, sha256, basis: dto.basis ?? previous?.basis ?? kind.spec.basis, createdBy: user.id,
      });
      await this.audit.record(tm, user.id, 'DOCUMENT_TEMPLATE_VERSION_ADDED', dto.reason, {
        key, version: v, unitId: dto.unitId ?? null, effectiveFrom: dto.effectiveFrom, effectiveTo: dto.effectiveTo ?? null, sha256, fileName: upload.file.fileName,
      });
      return v;
    });
    return versionView((await this.repo.content(m, key, version))!);
  }

  kindOf(key: string): TemplateKind {
    const kind = TEMPLATE_KINDS.get(key);
    if (!kind) throw new DomainError(ErrorCode.TEMPLATE_NOT_FOUND, { key, knownKeys: [...TEMPLATE_KINDS.keys()] });
    return kind;
  }

  private async visibleUnitPath(user: AuthUser, unitId: string): Promise<string> {
    const path = await findUnitPath(this.dataSource.manager, unitId);
    if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: unitId });
    return path;
  }

  private assertMayEditGeneral(user: AuthUser): void {
    if (EDITORS.some((r) => holdsTopLevelRole(user, r))) return;
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      { requiredRoles: EDITORS },
      'Chỉ Quản trị hệ thống hoặc Văn phòng cấp ủy của cấp cao nhất mới được sửa mẫu văn bản chung; đơn vị khác tải lên mẫu riêng cho đơn vị mình (unitId).',
    );
  }

  private async assertMayEditUnit(user: AuthUser, unitId: string): Promise<string> {
    const path = await this.visibleUnitPath(user, unitId);
    if (holdsRole(user, path, EDITORS)) return path;
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      { requiredRoles: EDITORS, unitId },
      'Chỉ Quản trị hệ thống hoặc Văn phòng cấp ủy của đơn vị này (hoặc cấp trên) mới được sửa mẫu văn bản của đơn vị.',
    );
  }
}

function refused(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field, constraint: field, message }] });
}

/**
 * A template is accepted when it is a DOCX (by its bytes), docxtemplater parses every tag, each tag is a field of its
 * key, and it renders to PDF once filled with blanks.
 */
export async function checkTemplate(content: Buffer, kind: TemplateKind): Promise<void> {
  const tail = content.subarray(Math.max(0, content.length - 256 * 1024));
  if (sniffMediaType(content.subarray(0, 4096), tail, content.length) !== DOCX) {
    throw new DomainError(ErrorCode.DOCX_INVALID, { reason: 'NOT_A_DOCX' }, 'Tệp tải lên không phải tài liệu Word (.docx); hãy lưu mẫu dưới dạng .docx rồi tải lên lại.');
  }
  const { problems } = checkTags(content, new Set(Object.keys(kind.fields)));
  if (problems.length > 0) {
    throw new DomainError(
      ErrorCode.TEMPLATE_INVALID,
      { errors: problems },
      `Mẫu văn bản có trường trộn bị lỗi, chưa lưu gì: ${problems.map((p) => p.message).join('; ')}.`,
    );
  }
  let filled: Buffer;
  try {
    filled = fillDocx(content, {});
  } catch (e) {
    throw new DomainError(ErrorCode.TEMPLATE_INVALID, { errors: [] }, `Không trộn được dữ liệu vào mẫu văn bản, chưa lưu gì: ${(e as Error).message}`);
  }
  await docxToPdf(filled);
}
