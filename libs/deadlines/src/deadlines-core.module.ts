import { Module } from '@nestjs/common';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DeadlineFiringRepository } from './repositories/deadline-firing.repository';
import { DeadlineRepository } from './repositories/deadline.repository';
import { CalendarService } from './services/calendar.service';
import { DeadlineAdjusterService } from './services/deadline-adjuster.service';
import { DeadlineEffectsService } from './services/deadline-effects.service';
import { DeadlinePlannerService } from './services/deadline-planner.service';
import { RuleResolverService } from './services/rule-resolver.service';

/** Legal time without HTTP (calendar, rules, planning, the deadlines' part of a case's write): shared by the API and the worker. */
@Module({
  providers: [
    AuditLogService, CalendarService, DeadlineAdjusterService, DeadlinePlannerService, DeadlineEffectsService, RuleResolverService,
    DeadlineRepository, DeadlineFiringRepository,
  ],
  exports: [
    AuditLogService, CalendarService, DeadlineAdjusterService, DeadlinePlannerService, DeadlineEffectsService, RuleResolverService,
    DeadlineRepository, DeadlineFiringRepository,
  ],
})
export class DeadlinesCoreModule {}
