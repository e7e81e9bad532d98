import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ConfigModule, type EnvDto } from '@hoso/core/config';
import { DatabaseModule } from '@hoso/core/database';
import { QueueModule } from '@hoso/core/queue';
import { DeliverMessageHandler } from './deliver-message.handler';
import { OutboxProcessor } from './outbox.processor';
import { OutboxRelayService } from './outbox-relay.service';

/** Queue consumers only: no controllers. */
@Module({ providers: [DeliverMessageHandler, OutboxRelayService, OutboxProcessor], exports: [OutboxRelayService] })
export class WorkerJobsModule {}

@Module({})
export class WorkerModule {
  /** Stand-alone worker process. */
  static forRoot(config: EnvDto, dataSource: DataSource): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), QueueModule, WorkerJobsModule] };
  }
}
