import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { DeadlinesModule } from '@hoso/deadlines/deadlines.module';
import { CaseDeadlinesController } from './controllers/case-deadlines.controller';
import { CaseOutboxController } from './controllers/case-outbox.controller';
import { CaseOutboxService } from './notices/case-outbox.service';
import { CaseProtectionController } from './controllers/case-protection.controller';
import { DossierController } from './controllers/dossier.controller';
import { DossierService } from './services/dossier.service';
import { CaseDocumentFactsQuery } from './services/case-document-facts.query';
import { CaseBallotService } from './services/case-ballot.service';
import { CaseParticipantService } from './services/case-participant.service';
import { InboxController } from './controllers/inbox.controller';
import { CaseInboxService } from './services/case-inbox.service';
import { CaseDeadlineService } from './services/case-deadline.service';
import { CasesController } from './controllers/cases.controller';
import { ProceduresController } from './controllers/procedures.controller';
import { StatisticsController } from './controllers/statistics.controller';
import { CasesCoreModule } from './cases-core.module';
import { PERSON_CASES } from '@hoso/people/services/person-cases.port';
import { PersonCasesQuery } from './services/person-cases.query';
import { CaseQueryService } from './services/case-query.service';
import { IdempotencyService } from './services/idempotency.service';
import { StatisticsService } from './services/statistics.service';
import { VotePreviewController } from './controllers/vote-preview.controller';
import { VotePreviewService } from './services/vote-preview.service';
import { ProcedureMigrationService } from './services/procedure-migration.service';
import { ProcedureMigrationsController } from './controllers/procedure-migrations.controller';

@Module({
  imports: [AccessModule, DeadlinesModule, CasesCoreModule],
  controllers: [CasesController, CaseDeadlinesController, CaseOutboxController, CaseProtectionController, DossierController, InboxController, ProceduresController, ProcedureMigrationsController, StatisticsController, VotePreviewController],
  providers: [
    DossierService, CaseDocumentFactsQuery, CaseBallotService, CaseParticipantService, CaseDeadlineService, CaseInboxService, CaseQueryService, IdempotencyService, StatisticsService, CaseOutboxService, VotePreviewService, ProcedureMigrationService,
    { provide: PERSON_CASES, useClass: PersonCasesQuery },
  ],
  exports: [CasesCoreModule, CaseQueryService, StatisticsService, PERSON_CASES, DossierService, CaseDocumentFactsQuery],
})
export class CasesModule {}
