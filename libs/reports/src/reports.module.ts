import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { CasesModule } from '@hoso/cases/cases.module';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { ReportTargetsController } from './controllers/report-targets.controller';
import { ReportsController } from './controllers/reports.controller';
import { ReportTargetsRepository } from './repositories/report-targets.repository';
import { ReportUnitsRepository } from './repositories/report-units.repository';
import { ReportTargetsService } from './services/report-targets.service';
import { ReportsService } from './services/reports.service';

/** The periodic reports committees publish (issue 17 §3) and the targets they are measured against. */
@Module({
  imports: [AccessModule, CasesModule],
  controllers: [ReportsController, ReportTargetsController],
  providers: [ReportsService, ReportTargetsService, ReportTargetsRepository, ReportUnitsRepository, AuditLogService],
})
export class ReportsModule {}
