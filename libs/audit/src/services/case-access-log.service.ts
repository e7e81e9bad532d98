import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseQueryService } from '@hoso/cases/services/case-query.service';
import { AccessLogService, type AccessLogPage } from '@hoso/timeline/access-log/access-log.service';
import { assertCaseAuditor } from './audit-permissions';

/** `GET /cases/:id/access-log`: 404 for a case the caller cannot see, then 403 unless auditor or secretary there. */
@Injectable()
export class CaseAccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly accessLog: AccessLogService,
  ) {}

  async read(user: AuthUser, caseId: string, page: number, pageSize: number): Promise<AccessLogPage & { caseId: string }> {
    const row = await this.cases.getVisible(user, caseId);
    assertCaseAuditor(user, row.unit_path);
    return { caseId: row.id, ...(await this.accessLog.forCase(this.dataSource.manager, row.id, page, pageSize)) };
  }
}
