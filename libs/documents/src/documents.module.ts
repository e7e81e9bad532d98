import { Module } from '@nestjs/common';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { CasesModule } from '@hoso/cases/cases.module';
import { CaseDocumentsController } from './controllers/case-documents.controller';
import { DocumentTemplatesController } from './controllers/document-templates.controller';
import { DocumentTemplateRepository } from './repositories/document-template.repository';
import { DefaultTemplatesLoader } from './services/default-templates.loader';
import { DocumentGenerationService } from './services/document-generation.service';
import { DocumentTemplateService } from './services/document-template.service';
import { TemplateResolverService } from './services/template-resolver.service';

/**
 * Documents a committee issues, from Word templates kept as versioned data (`document_template`): the templates'
 * API, the defaults loaded at start-up, and generating a case's document (filed through the cases library).
 */
@Module({
  imports: [CasesModule],
  controllers: [DocumentTemplatesController, CaseDocumentsController],
  providers: [DocumentTemplateRepository, TemplateResolverService, DocumentTemplateService, DocumentGenerationService, DefaultTemplatesLoader, AuditLogService],
  exports: [DocumentTemplateService, TemplateResolverService],
})
export class DocumentsModule {}
