import { Module } from '@nestjs/common';
import { DeadlinesCoreModule } from '@hoso/deadlines/deadlines-core.module';
import { CaseStoreRepository } from './repositories/case-store.repository';
import { CaseCommandService } from './services/case-command.service';
import { EffectWriterService } from './services/effect-writer.service';
import { ProcedureRegistryService } from './services/procedure-registry.service';

/** Applying events to cases, without HTTP: shared by the API and the worker (system events such as a missed deadline). */
@Module({
  imports: [DeadlinesCoreModule],
  providers: [CaseStoreRepository, CaseCommandService, EffectWriterService, ProcedureRegistryService],
  exports: [CaseStoreRepository, CaseCommandService, ProcedureRegistryService, DeadlinesCoreModule],
})
export class CasesCoreModule {}
