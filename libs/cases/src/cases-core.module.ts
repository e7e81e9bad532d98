import { Module } from '@nestjs/common';
import { TimelineModule } from '@hoso/timeline/timeline.module';
import { identityCipherProvider } from '@hoso/core/crypto';
import { DisciplineCoreModule } from '@hoso/discipline/discipline-core.module';
import { PeopleCoreModule } from '@hoso/people/people-core.module';
import { DeadlinesCoreModule } from '@hoso/deadlines/deadlines-core.module';
import { CaseStoreRepository } from './repositories/case-store.repository';
import { CaseAccessService } from './services/case-access.service';
import { CaseCommandService } from './services/case-command.service';
import { CaseLinkService } from './services/case-link.service';
import { CrossCaseEffectsService } from './services/cross-case-effects.service';
import { EventFactsService } from './services/event-facts.service';
import { IdentityRetentionService } from './services/identity-retention.service';
import { ReporterIdentityService } from './services/reporter-identity.service';
import { EffectWriterService } from './services/effect-writer.service';
import { ProcedureRegistryService } from './services/procedure-registry.service';

/** Applying events to cases, without HTTP: shared by the API and the worker (system events such as a missed deadline). */
@Module({
  imports: [DeadlinesCoreModule, TimelineModule, DisciplineCoreModule, PeopleCoreModule],
  providers: [
    CaseStoreRepository, CaseCommandService, EffectWriterService, ProcedureRegistryService, CaseAccessService, ReporterIdentityService,
    IdentityRetentionService, identityCipherProvider, CaseLinkService, EventFactsService, CrossCaseEffectsService,
  ],
  exports: [
    CaseStoreRepository, CaseCommandService, ProcedureRegistryService, DeadlinesCoreModule, TimelineModule, CaseAccessService,
    ReporterIdentityService, IdentityRetentionService, CaseLinkService,
  ],
})
export class CasesCoreModule {}
