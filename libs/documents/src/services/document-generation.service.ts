import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { viDate } from '@hoso/kernel/legal-time';
import { DOCX } from '@hoso/cases/documents/media-types';
import { CaseDocumentFactsQuery, type CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { DossierService } from '@hoso/cases/services/dossier.service';
import { labelMapsOf } from '@hoso/cases/services/value-labels';
import type { ProcedureDefinition } from '@hoso/workflows';
import type { GenerateDocumentDto } from '../dtos/generate-document.dto';
import { commonFields, documentDate, type DocumentOptions } from '../fill/common-fields';
import { Labels, text, type Fields } from '../fill/field-values';
import { fillDocx } from '../fill/fill-template';
import type { TemplateKind } from '../fill/template-catalogue';
import { docxToPdf } from '../render/docx-to-pdf';
import { DocumentTemplateRepository } from '../repositories/document-template.repository';
import { DocumentTemplateService } from './document-template.service';
import { TemplateResolverService } from './template-resolver.service';

const FILE_NAME_UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Every field of a template for a case: the common ones, the procedure's, then what the person set. */
export function documentFields(kind: TemplateKind, facts: CaseDocumentFacts, def: ProcedureDefinition, o: DocumentOptions, date: string): Fields {
  const procedure = kind.map(facts, new Labels(labelMapsOf(def)));
  const common = commonFields(
    facts,
    {
      issuer: kind.spec.issuer, symbol: kind.spec.symbol,
      onBehalfOf: text(procedure.thayMat) ?? kind.spec.onBehalfOf, signerPosition: text(procedure.chucVuNguoiKy) ?? kind.spec.signerPosition,
    },
    procedure, o, date,
  );
  return {
    ...procedure,
    ...common,
    ...(o.onBehalfOf ? { thayMat: o.onBehalfOf } : {}),
    ...(o.signerPosition ? { chucVuNguoiKy: o.signerPosition } : {}),
  };
}

/**
 * Generates a case's document from the template version in force for its unit on the document's date: fills the
 * DOCX, renders its PDF, and files both as drafts with a timeline event carrying their SHA-256 and the template's key
 * and version (DossierService.fileGenerated). A later edit of the template changes later documents only: an issued
 * one is stored as it was generated.
 */
@Injectable()
export class DocumentGenerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: CaseDocumentFactsQuery,
    private readonly templates: DocumentTemplateService,
    private readonly resolver: TemplateResolverService,
    private readonly dossier: DossierService,
    private readonly repo: DocumentTemplateRepository,
  ) {}

  async generate(user: AuthUser, caseId: string, dto: GenerateDocumentDto) {
    const { facts, def, unitPath } = await this.facts.forDocument(user, caseId);
    const kind = this.templates.kindOf(dto.template);
    if (kind.spec.procedureId !== facts.procedureId) {
      throw new DomainError(
        ErrorCode.TEMPLATE_NOT_APPLICABLE,
        { template: dto.template, templateProcedureId: kind.spec.procedureId, caseProcedureId: facts.procedureId },
        `Mẫu "${kind.spec.title}" dùng cho quy trình khác, không dùng cho vụ việc thuộc quy trình "${facts.procedureTitle}".`,
      );
    }
    const date = documentDate(dto, new Date());
    const template = await this.resolver.resolve(this.dataSource.manager, dto.template, unitPath, date);
    if (!template) {
      throw new DomainError(
        ErrorCode.TEMPLATE_NOT_FOUND,
        { template: dto.template, documentDate: date },
        `Mẫu "${kind.spec.title}" không có phiên bản nào áp dụng cho văn bản đề ngày ${viDate(date)}.`,
      );
    }
    // The version in force for the case's unit, whoever asks (an ancestor's override may lie outside their scope).
    const file = (await this.repo.content(this.dataSource.manager, template.key, template.version))!;
    const fields = documentFields(kind, facts, def, dto, date);
    let docx: Buffer;
    try {
      docx = fillDocx(file.content, fields);
    } catch (e) {
      throw new DomainError(ErrorCode.TEMPLATE_INVALID, { template: template.key, version: template.version }, `Không trộn được dữ liệu vào mẫu: ${(e as Error).message}`);
    }
    const pdf = await docxToPdf(docx, { title: template.title });
    const name = `${template.title.replace(FILE_NAME_UNSAFE, '-').slice(0, 180)} - ${facts.caseId.slice(0, 8)}`;
    const filed = await this.dossier.fileGenerated(user, caseId, {
      formCode: template.formCode,
      documentDate: date,
      author: (text(fields.coQuanBanHanh) ?? facts.unit.name).slice(0, 200),
      template: { key: template.key, version: template.version, sha256: template.sha256, title: template.title },
      files: [
        { fileName: `${name}.docx`, mediaType: DOCX, content: docx },
        { fileName: `${name}.pdf`, mediaType: 'application/pdf', content: pdf },
      ],
    });
    return {
      ...filed,
      template: { key: template.key, version: template.version, sha256: template.sha256, title: template.title, why: template.why },
      documentDate: date,
    };
  }
}
