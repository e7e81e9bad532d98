import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { DeadlinesModule } from '@hoso/deadlines/deadlines.module';
import { CaseDeadlinesController } from './controllers/case-deadlines.controller';
import { CaseDeadlineService } from './services/case-deadline.service';
import { CasesController } from './controllers/cases.controller';
import { ProceduresController } from './controllers/procedures.controller';
import { StatisticsController } from './controllers/statistics.controller';
import { CaseStoreRepository } from './repositories/case-store.repository';
import { CaseCommandService } from './services/case-command.service';
import { CaseQueryService } from './services/case-query.service';
import { EffectWriterService } from './services/effect-writer.service';
import { IdempotencyService } from './services/idempotency.service';
import { ProcedureRegistryService } from './services/procedure-registry.service';
import { StatisticsService } from './services/statistics.service';

@Module({
  imports: [AccessModule, DeadlinesModule],
  controllers: [CasesController, CaseDeadlinesController, ProceduresController, StatisticsController],
  providers: [
    CaseStoreRepository, CaseCommandService, CaseDeadlineService, CaseQueryService, EffectWriterService, IdempotencyService, ProcedureRegistryService,
    StatisticsService,
  ],
  exports: [ProcedureRegistryService, CaseCommandService, CaseQueryService],
})
export class CasesModule {}
