import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { AccessModule } from '@hoso/access/access.module';
import { AuditModule } from '@hoso/audit/audit.module';
import { CasesModule } from '@hoso/cases/cases.module';
import { ConfigModule, type EnvDto } from '@hoso/core/config';
import { DisciplineModule } from '@hoso/discipline/discipline.module';
import { NotificationsModule } from '@hoso/notifications/notifications.module';
import { PeopleModule } from '@hoso/people/people.module';
import { DatabaseModule } from '@hoso/core/database';
import { QueueModule } from '@hoso/core/queue';
import { HealthController } from './health.controller';

@Module({})
export class ApiModule {
  static forRoot(config: EnvDto, dataSource: DataSource, extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), QueueModule, AccessModule, CasesModule, AuditModule, DisciplineModule, NotificationsModule,
        PeopleModule.register(CasesModule), ...extra,
      ],
      controllers: [HealthController],
    };
  }
}
