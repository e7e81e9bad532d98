import { Module } from '@nestjs/common';
import { AuditLogService } from './services/audit-log.service';
import { CalendarService } from './services/calendar.service';
import { DeadlineAdjusterService } from './services/deadline-adjuster.service';
import { DeadlinePlannerService } from './services/deadline-planner.service';
import { RuleResolverService } from './services/rule-resolver.service';

/** Legal-time services without HTTP: shared by the API and the worker. */
@Module({
  providers: [AuditLogService, CalendarService, DeadlineAdjusterService, DeadlinePlannerService, RuleResolverService],
  exports: [AuditLogService, CalendarService, DeadlineAdjusterService, DeadlinePlannerService, RuleResolverService],
})
export class DeadlinesCoreModule {}
