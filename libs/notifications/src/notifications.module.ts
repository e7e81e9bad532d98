import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { NotificationsController } from './controllers/notifications.controller';
import { NotificationsCoreModule } from './notifications-core.module';
import { NotificationService } from './services/notification.service';

/** A user's own notifications over HTTP (`/me/notifications`). */
@Module({
  imports: [AccessModule, NotificationsCoreModule],
  controllers: [NotificationsController],
  providers: [NotificationService],
  exports: [NotificationsCoreModule],
})
export class NotificationsModule {}
