import { Module } from '@nestjs/common';
import { OrgTreeWriterService } from '@hoso/access/services/org-tree-writer.service';
import { CasesCoreModule } from '@hoso/cases/cases-core.module';
import { DisciplineCoreModule } from '@hoso/discipline/discipline-core.module';
import { PeopleCoreModule } from '@hoso/people/people-core.module';
import { OrgChangeRepository } from './repositories/org-change.repository';
import { OrgTreeRepository } from './repositories/org-tree.repository';
import { OrgChangeService } from './services/org-change.service';

/**
 * Structural changes of the organisation tree without HTTP: the gateway the cases library calls (registered at
 * start-up). Imported by the API and by the worker, which applies a change when the procedure's effective date comes.
 */
@Module({
  imports: [CasesCoreModule, PeopleCoreModule, DisciplineCoreModule],
  // The tree writer is access's (stateless, no dependencies): provided here so that the worker needs no AccessModule.
  providers: [OrgTreeRepository, OrgChangeRepository, OrgChangeService, OrgTreeWriterService],
  exports: [OrgTreeRepository, OrgChangeRepository, OrgChangeService],
})
export class OrganisationsCoreModule {}
