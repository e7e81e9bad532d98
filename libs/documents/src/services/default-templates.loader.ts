import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_TEMPLATES } from '../defaults/default-templates';
import { defaultTemplateFile } from '../defaults/generate-templates';
import { DocumentTemplateRepository } from '../repositories/document-template.repository';

/**
 * At start: version 1 of each default template whose key has no version yet, from the readable source (the same bytes
 * as libs/documents/templates/<key>.docx, which a unit test keeps in step). Idempotent and safe with several API
 * processes starting at once; a key that has versions is left as it is (an edited default is a new version).
 */
@Injectable()
export class DefaultTemplatesLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DocumentTemplateRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const have = await this.repo.keys(this.dataSource.manager);
    let added = 0;
    for (const spec of DEFAULT_TEMPLATES) {
      if (have.has(spec.key)) continue;
      const content = defaultTemplateFile(spec);
      const inserted = await this.repo.insertFirst(this.dataSource.manager, {
        key: spec.key, title: spec.title, procedureId: spec.procedureId, formCode: spec.formCode, effectiveFrom: spec.effectiveFrom,
        effectiveTo: null, unitId: null, reason: null, content, sha256: createHash('sha256').update(content).digest('hex'), basis: spec.basis,
        createdBy: null,
      });
      if (inserted) added += 1;
    }
    if (added) this.logger.log(`document templates: ${added} default version(s) loaded`);
  }
}
