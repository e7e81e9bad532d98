import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ConfigModule, type EnvDto } from '@hoso/core/config';
import { DatabaseModule } from '@hoso/core/database';
import { QueueModule } from '@hoso/core/queue';
import { AuthHousekeepingService } from '@hoso/access/services/auth-housekeeping.service';
import { DeliverMessageHandler } from './deliver-message.handler';
import { TimelineModule } from '@hoso/timeline/timeline.module';
import { CasesCoreModule } from '@hoso/cases/cases-core.module';
import { CheckpointJob } from '@hoso/timeline/jobs/checkpoint.job';
import { DeadlineArmingService } from './deadline-arming.service';
import { DeadlineBucketHandler } from './deadline-bucket.handler';
import { DeadlineMissedHandler } from './deadline-missed.handler';
import { JobsProcessor } from './jobs.processor';
import { NotificationRelayService } from './notification-relay.service';
import { OutboxRelayService } from './outbox-relay.service';
import { SendNotificationHandler } from './send-notification.handler';

/** Queue consumers only: no controllers. */
@Module({
  imports: [CasesCoreModule, TimelineModule],
  providers: [
    DeliverMessageHandler, OutboxRelayService, DeadlineArmingService, DeadlineBucketHandler, DeadlineMissedHandler, NotificationRelayService,
    SendNotificationHandler, CheckpointJob, JobsProcessor, AuthHousekeepingService,
  ],
  exports: [
    OutboxRelayService, DeadlineArmingService, DeadlineBucketHandler, DeadlineMissedHandler, NotificationRelayService, SendNotificationHandler,
    CheckpointJob,
  ],
})
export class WorkerJobsModule {}

@Module({})
export class WorkerModule {
  /** Stand-alone worker process. */
  static forRoot(config: EnvDto, dataSource: DataSource): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), QueueModule, WorkerJobsModule] };
  }
}
