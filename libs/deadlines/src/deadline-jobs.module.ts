import { DynamicModule, Module, type Type } from '@nestjs/common';
import { NotificationsCoreModule } from '@hoso/notifications/notifications-core.module';
import { DeadlinesCoreModule } from './deadlines-core.module';
import { ArmDeadlinesJob } from './jobs/arm-deadlines.job';
import { DeadlineMissedJob } from './jobs/deadline-missed.job';
import { FireBucketJob } from './jobs/fire-bucket.job';

/** The deadlines' jobs: arming (planning firings, queueing minute buckets), firing a minute, telling a case it missed one. */
@Module({})
export class DeadlineJobsModule {
  /** `missedSink` is the module that exports DEADLINE_MISSED_SINK (the cases library). */
  static register(missedSink: Type | DynamicModule): DynamicModule {
    return {
      module: DeadlineJobsModule,
      imports: [DeadlinesCoreModule, NotificationsCoreModule, missedSink],
      providers: [ArmDeadlinesJob, FireBucketJob, DeadlineMissedJob],
      exports: [ArmDeadlinesJob, FireBucketJob, DeadlineMissedJob],
    };
  }
}
