import { Module } from '@nestjs/common';
import { AccessModule } from '@hoso/access/access.module';
import { CasesModule } from '@hoso/cases/cases.module';
import { PeopleCoreModule } from '@hoso/people/people-core.module';
import { TimelineModule } from '@hoso/timeline/timeline.module';
import { CaseAuditController } from './controllers/case-audit.controller';
import { CheckpointsController } from './controllers/checkpoints.controller';
import { CaseAccessLogService } from './services/case-access-log.service';
import { TimelineExportService } from './services/timeline-export.service';
import { TimelineVerifyService } from './services/timeline-verify.service';

/** The auditors' HTTP side: chain verification, access log, exports, checkpoints. */
@Module({
  imports: [TimelineModule, CasesModule, AccessModule, PeopleCoreModule],
  controllers: [CaseAuditController, CheckpointsController],
  providers: [TimelineVerifyService, CaseAccessLogService, TimelineExportService],
})
export class AuditModule {}
