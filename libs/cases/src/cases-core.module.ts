import { Module } from '@nestjs/common';
import { CommitteeRolesService } from '@hoso/access/services/committee-roles.service';
import { identityCipherProvider } from '@hoso/core/crypto';
import { DeadlinesCoreModule } from '@hoso/deadlines/deadlines-core.module';
import { DEADLINE_MISSED_SINK } from '@hoso/deadlines/jobs/deadline-missed.sink';
import { DisciplineCoreModule } from '@hoso/discipline/discipline-core.module';
import { NotificationsCoreModule } from '@hoso/notifications/notifications-core.module';
import { PeopleCoreModule } from '@hoso/people/people-core.module';
import { TimelineModule } from '@hoso/timeline/timeline.module';
import { documentStorageProvider } from './documents/document-storage.provider';
import { DOCUMENT_STORAGE } from './documents/document-storage';
import { DeliverMessageJob } from './jobs/deliver-message.job';
import { OutboxRelayJob } from './jobs/outbox-relay.job';
import { CasePersonRepository } from './repositories/case-person.repository';
import { CaseStoreRepository } from './repositories/case-store.repository';
import { CaseTransferRepository } from './repositories/case-transfer.repository';
import { OutboxRepository } from './repositories/outbox.repository';
import { CaseAccessService } from './services/case-access.service';
import { CaseCommandService } from './services/case-command.service';
import { CaseDeadlineMissedSink } from './services/case-deadline-missed.sink';
import { CaseLinkService } from './services/case-link.service';
import { CaseTransferService } from './services/case-transfer.service';
import { CrossCaseEffectsService } from './services/cross-case-effects.service';
import { EventFactsService } from './services/event-facts.service';
import { IdentityRetentionService } from './services/identity-retention.service';
import { OrgChangeGatewayRegistry } from './services/org-change.gateway';
import { ProcedureRegistryService } from './services/procedure-registry.service';
import { ReporterIdentityService } from './services/reporter-identity.service';

/**
 * Applying events to cases, without HTTP: shared by the API and the worker (system events such as a missed deadline),
 * with the cases' own jobs (the outbox relay and message delivery, the retention sweep).
 */
@Module({
  imports: [DeadlinesCoreModule, TimelineModule, DisciplineCoreModule, PeopleCoreModule, NotificationsCoreModule],
  providers: [
    CaseStoreRepository, CasePersonRepository, OutboxRepository, CaseCommandService, ProcedureRegistryService, CaseAccessService,
    ReporterIdentityService, IdentityRetentionService, identityCipherProvider, CaseLinkService, EventFactsService, CrossCaseEffectsService,
    CaseDeadlineMissedSink, { provide: DEADLINE_MISSED_SINK, useExisting: CaseDeadlineMissedSink },
    OutboxRelayJob, DeliverMessageJob, documentStorageProvider, CaseTransferRepository, CaseTransferService, OrgChangeGatewayRegistry,
    // access's stateless writer of designated roles (as OrganisationsCoreModule provides the tree writer): the worker needs no AccessModule.
    CommitteeRolesService,
  ],
  exports: [
    CaseStoreRepository, CaseCommandService, ProcedureRegistryService, DeadlinesCoreModule, TimelineModule, CaseAccessService,
    ReporterIdentityService, IdentityRetentionService, CaseLinkService, EventFactsService, DEADLINE_MISSED_SINK, OutboxRelayJob, DeliverMessageJob, DOCUMENT_STORAGE, OutboxRepository,
    CaseTransferService, OrgChangeGatewayRegistry,
  ],
})
export class CasesCoreModule {}
