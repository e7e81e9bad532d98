import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addMonths, toVietnamDate } from '@hoso/deadlines/calendar';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';

export interface RetentionSweep {
  examined: number;
  purged: number;
  kept: number;
}

/** The rule key holding, per procedure, the months a reporter's identity is kept after the case is closed. */
export const retentionRuleKey = (procedureId: string) => `RETENTION.${procedureId.toUpperCase().replace(/-/g, '_')}`;

/**
 * Purges the sealed identity (and signature image) of reporters on cases closed longer ago than their procedure's
 * retention rule (months, per committee subtree; no value = kept). The timeline never held them, so its hash
 * chain stays verifiable; the row remains with `purged_at` and the list of fields that were given.
 */
@Injectable()
export class IdentityRetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: RuleResolverService,
    private readonly audit: AuditLogService,
  ) {}

  async sweep(now = new Date(), batch = 500): Promise<RetentionSweep> {
    const result: RetentionSweep = { examined: 0, purged: 0, kept: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { case_id: string; procedure_id: string; unit_path: string; closed_at: Date }[] = await this.dataSource.query(
        `SELECT r.case_id, c.procedure_id, ou.path AS unit_path, c.updated_at AS closed_at
           FROM case_reporter r JOIN "case" c ON c.id = r.case_id JOIN org_unit ou ON ou.id = c.org_unit_id
          WHERE r.purged_at IS NULL AND c.status = 'CLOSED' AND r.case_id > $1
          ORDER BY r.case_id LIMIT $2`,
        [after, batch],
      );
      if (rows.length === 0) return result;
      after = rows[rows.length - 1].case_id;
      for (const r of rows) {
        result.examined++;
        const closedOn = toVietnamDate(new Date(r.closed_at));
        const rule = await this.rules.resolve(this.dataSource.manager, retentionRuleKey(r.procedure_id), r.unit_path, closedOn);
        if (rule?.value == null || toVietnamDate(now) < addMonths(closedOn, rule.value)) {
          result.kept++;
          continue;
        }
        await this.dataSource.transaction(async (m) => {
          const done: unknown[] = await m.query(
            `UPDATE case_reporter SET identity = NULL, signature = NULL, key_id = NULL, purged_at = $2
              WHERE case_id = $1 AND purged_at IS NULL RETURNING case_id`,
            [r.case_id, now],
          );
          if (done.length === 0) return;
          await this.audit.record(m, null, 'REPORTER_IDENTITY_PURGED', `Hết thời hạn lưu giữ (${rule.value} tháng sau khi kết thúc vụ việc)`, {
            caseId: r.case_id, ruleId: rule.id, closedOn,
          });
          result.purged++;
        });
      }
      if (result.purged > 0) this.logger.log(`retention: ${result.purged} reporter identities purged so far`);
    }
  }
}
