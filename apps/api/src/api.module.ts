import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { AccessModule } from '@hoso/access/access.module';
import { AuditModule } from '@hoso/audit/audit.module';
import { CasesModule } from '@hoso/cases/cases.module';
import { ConfigModule, type EnvDto } from '@hoso/core/config';
import { DisciplineModule } from '@hoso/discipline/discipline.module';
import { NotificationsModule } from '@hoso/notifications/notifications.module';
import { PeopleModule } from '@hoso/people/people.module';
import { OrganisationsModule } from '@hoso/organisations/organisations.module';
import { ReportsModule } from '@hoso/reports/reports.module';
import { DocumentsModule } from '@hoso/documents/documents.module';
import { DatabaseModule } from '@hoso/core/database';
import { QueueModule } from '@hoso/core/queue';
import { IdentifyRequestInterceptor } from '@hoso/core/logging/identify-request.interceptor';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { QueueAdminModule } from './queues/queue-admin.module';

@Module({})
export class ApiModule {
  static forRoot(config: EnvDto, dataSource: DataSource, extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), QueueModule, AccessModule, CasesModule, AuditModule, DisciplineModule, NotificationsModule,
        PeopleModule.register(CasesModule), OrganisationsModule, ReportsModule, DocumentsModule, QueueAdminModule, ...extra,
      ],
      controllers: [HealthController, MetricsController],
      // After the guard: the caller's and the case's ids join the request's log lines (see correlation-id.middleware).
      providers: [{ provide: APP_INTERCEPTOR, useClass: IdentifyRequestInterceptor }],
    };
  }
}
