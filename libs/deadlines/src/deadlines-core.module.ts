import { Module } from '@nestjs/common';
import { EmailChannel } from './channels/email.channel';
import { NotificationChannelRegistry } from './channels/notification-channel-registry';
import { WebhookChannel } from './channels/webhook.channel';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { CalendarService } from './services/calendar.service';
import { DeadlineAdjusterService } from './services/deadline-adjuster.service';
import { DeadlinePlannerService } from './services/deadline-planner.service';
import { NotificationOutboxService } from './services/notification-outbox.service';
import { RuleResolverService } from './services/rule-resolver.service';

/** Legal-time services without HTTP: shared by the API and the worker. */
@Module({
  providers: [
    AuditLogService, CalendarService, DeadlineAdjusterService, DeadlinePlannerService, RuleResolverService,
    EmailChannel, WebhookChannel, NotificationChannelRegistry, NotificationOutboxService,
  ],
  exports: [
    AuditLogService, CalendarService, DeadlineAdjusterService, DeadlinePlannerService, RuleResolverService,
    NotificationChannelRegistry, NotificationOutboxService,
  ],
})
export class DeadlinesCoreModule {}
