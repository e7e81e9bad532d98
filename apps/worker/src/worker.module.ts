import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AuthHousekeepingService } from '@hoso/access/services/auth-housekeeping.service';
import { CasesCoreModule } from '@hoso/cases/cases-core.module';
import { CompactStatisticsJob } from '@hoso/cases/jobs/compact-statistics.job';
import { FillOfferedEventsJob } from '@hoso/cases/jobs/fill-offered-events.job';
import { ConfigModule, type EnvDto } from '@hoso/core/config';
import { DatabaseModule } from '@hoso/core/database';
import { QueueModule } from '@hoso/core/queue';
import { DeadlineJobsModule } from '@hoso/deadlines/deadline-jobs.module';
import { NotificationsCoreModule } from '@hoso/notifications/notifications-core.module';
import { OrganisationsCoreModule } from '@hoso/organisations/organisations-core.module';
import { TimelineModule } from '@hoso/timeline/timeline.module';
import { JobsProcessor } from './jobs.processor';

/** The libraries' jobs, hosted: one consumer per queue dispatching through the handler map; no controllers. */
@Module({
  // OrganisationsCoreModule registers the organisation gateway: the worker applies a change on its effective date.
  imports: [CasesCoreModule, TimelineModule, NotificationsCoreModule, OrganisationsCoreModule, DeadlineJobsModule.register(CasesCoreModule)],
  // The jobs of libraries the worker hosts without their HTTP module (AuthHousekeepingService: access).
  providers: [JobsProcessor, AuthHousekeepingService, CompactStatisticsJob, FillOfferedEventsJob],
})
export class WorkerJobsModule {}

@Module({})
export class WorkerModule {
  /** Stand-alone worker process. */
  static forRoot(config: EnvDto, dataSource: DataSource): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), QueueModule, WorkerJobsModule] };
  }
}
