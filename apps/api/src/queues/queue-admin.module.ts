import { Module } from '@nestjs/common';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { QueueAdminService } from '@hoso/core/queue/queue-admin.service';
import { QueueAdminController } from './queue-admin.controller';
import { TopAdminGuard } from './top-admin.guard';

/** GET /admin/queues and the retries: the API's view of the queues (QueueBackend comes from the global QueueModule). */
@Module({ controllers: [QueueAdminController], providers: [QueueAdminService, AuditLogService, TopAdminGuard] })
export class QueueAdminModule {}
