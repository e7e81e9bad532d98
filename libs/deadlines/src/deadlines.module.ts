import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { LegalTimeController } from './controllers/legal-time.controller';
import { AuditLogService } from './services/audit-log.service';
import { CalendarSeederService } from './services/calendar-seeder.service';
import { CalendarService } from './services/calendar.service';
import { DeadlinePlannerService } from './services/deadline-planner.service';
import { DeadlineRecomputeService } from './services/deadline-recompute.service';
import { RuleAdminService } from './services/rule-admin.service';
import { RuleResolverService } from './services/rule-resolver.service';

@Module({
  imports: [AccessModule],
  controllers: [LegalTimeController],
  providers: [
    AuditLogService, CalendarService, CalendarSeederService, DeadlinePlannerService, DeadlineRecomputeService, RuleAdminService,
    RuleResolverService,
  ],
  exports: [AuditLogService, CalendarService, DeadlinePlannerService],
})
export class DeadlinesModule {}
