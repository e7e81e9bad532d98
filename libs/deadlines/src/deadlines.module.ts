import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { LegalInstrumentsController } from './controllers/legal-instruments.controller';
import { LegalTimeController } from './controllers/legal-time.controller';
import { RulesController } from './controllers/rules.controller';
import { DeadlinesCoreModule } from './deadlines-core.module';
import { RuleChangesModule } from './rule-changes.module';
import { CalendarSeederService } from './services/calendar-seeder.service';
import { DeadlineRecomputeService } from './services/deadline-recompute.service';
import { RuleAdminService } from './services/rule-admin.service';
import { RuleOverridePolicyService } from './services/rule-override-policy.service';

@Module({
  imports: [AccessModule, DeadlinesCoreModule, RuleChangesModule],
  controllers: [LegalTimeController, RulesController, LegalInstrumentsController],
  providers: [CalendarSeederService, DeadlineRecomputeService, RuleAdminService, RuleOverridePolicyService],
  exports: [DeadlinesCoreModule],
})
export class DeadlinesModule {}
