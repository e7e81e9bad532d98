import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { LegalTimeController } from './controllers/legal-time.controller';
import { DeadlinesCoreModule } from './deadlines-core.module';
import { CalendarSeederService } from './services/calendar-seeder.service';
import { DeadlineRecomputeService } from './services/deadline-recompute.service';
import { RuleAdminService } from './services/rule-admin.service';

@Module({
  imports: [AccessModule, DeadlinesCoreModule],
  controllers: [LegalTimeController],
  providers: [CalendarSeederService, DeadlineRecomputeService, RuleAdminService],
  exports: [DeadlinesCoreModule],
})
export class DeadlinesModule {}
