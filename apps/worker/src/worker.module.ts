import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ConfigModule, type EnvDto } from '@hoso/core/config';
import { DatabaseModule } from '@hoso/core/database';
import { QueueModule } from '@hoso/core/queue';
import { DeliverMessageHandler } from './deliver-message.handler';
import { CasesCoreModule } from '@hoso/cases/cases-core.module';
import { DeadlineArmingService } from './deadline-arming.service';
import { DeadlineFireHandler } from './deadline-fire.handler';
import { JobsProcessor } from './jobs.processor';
import { NotificationRelayService } from './notification-relay.service';
import { OutboxRelayService } from './outbox-relay.service';
import { SendNotificationHandler } from './send-notification.handler';

/** Queue consumers only: no controllers. */
@Module({
  imports: [CasesCoreModule],
  providers: [
    DeliverMessageHandler, OutboxRelayService, DeadlineArmingService, DeadlineFireHandler, NotificationRelayService, SendNotificationHandler,
    JobsProcessor,
  ],
  exports: [OutboxRelayService, DeadlineArmingService, DeadlineFireHandler, NotificationRelayService, SendNotificationHandler],
})
export class WorkerJobsModule {}

@Module({})
export class WorkerModule {
  /** Stand-alone worker process. */
  static forRoot(config: EnvDto, dataSource: DataSource): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), QueueModule, WorkerJobsModule] };
  }
}
