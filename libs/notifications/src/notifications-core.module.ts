import { Module } from '@nestjs/common';
import { EmailChannel } from './channels/email.channel';
import { NotificationChannelRegistry } from './channels/notification-channel-registry';
import { WebhookChannel } from './channels/webhook.channel';
import { NotificationRelayJob } from './jobs/notification-relay.job';
import { SendNotificationJob } from './jobs/send-notification.job';
import { NotificationDeliveryRepository } from './repositories/notification-delivery.repository';
import { NotificationRepository } from './repositories/notification.repository';
import { NotificationOutboxService } from './services/notification-outbox.service';

/**
 * Writing notifications with their channel deliveries, and the jobs that send them; no HTTP. The repositories are
 * exported for NotificationsModule's HTTP service; other libraries go through NotificationOutboxService.
 */
@Module({
  providers: [
    NotificationRepository, NotificationDeliveryRepository, EmailChannel, WebhookChannel, NotificationChannelRegistry, NotificationOutboxService,
    NotificationRelayJob, SendNotificationJob,
  ],
  exports: [NotificationRepository, NotificationDeliveryRepository, NotificationChannelRegistry, NotificationOutboxService, NotificationRelayJob, SendNotificationJob],
})
export class NotificationsCoreModule {}
