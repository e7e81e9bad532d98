import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addMonths, toVietnamDate } from '@hoso/kernel/legal-time';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { RuleResolverService } from '@hoso/deadlines/services/rule-resolver.service';
import { DOCUMENT_STORAGE, type DocumentStorage } from '../documents/document-storage';

export interface RetentionSweep {
  /** Closed cases with something left to purge that were looked at. */
  examined: number;
  /** Reporters' identities purged. */
  purged: number;
  /** Dossier documents whose content was purged. */
  attachmentsPurged: number;
  /** Cases whose retention period has not ended, or has no value (kept). */
  kept: number;
}

/** The rule key holding, per procedure, the months a reporter's identity is kept after the case is closed. */
export const retentionRuleKey = (procedureId: string) => `RETENTION.${procedureId.toUpperCase().replace(/-/g, '_')}`;
/** The rule key holding, per procedure, the months the content of a case's dossier documents is kept after it is closed. */
export const dossierRetentionRuleKey = (procedureId: string) => `DOSSIER_RETENTION.${procedureId.toUpperCase().replace(/-/g, '_')}`;

/**
 * On closed cases, purges the sealed identity (and signature image) of the reporter once the procedure's
 * `RETENTION.*` rule has run out, and the content of the dossier's documents once its `DOSSIER_RETENTION.*` rule has
 * (months after closing, per committee subtree; no value = kept). The timeline never held either, so its hash chain
 * stays verifiable. The reporter row remains with `purged_at` and the fields that were given; a document keeps its
 * metadata and SHA-256, with `purged_at`.
 */
@Injectable()
export class IdentityRetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: RuleResolverService,
    private readonly audit: AuditLogService,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async sweep(now = new Date(), batch = 500): Promise<RetentionSweep> {
    const result: RetentionSweep = { examined: 0, purged: 0, attachmentsPurged: 0, kept: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { case_id: string; procedure_id: string; unit_path: string; closed_at: Date }[] = await this.dataSource.query(
        `SELECT c.id AS case_id, c.procedure_id, ou.path AS unit_path, c.updated_at AS closed_at
           FROM "case" c JOIN org_unit ou ON ou.id = c.org_unit_id
          WHERE c.status = 'CLOSED' AND c.id > $1
            AND (EXISTS (SELECT 1 FROM case_reporter r WHERE r.case_id = c.id AND r.purged_at IS NULL)
              OR EXISTS (SELECT 1 FROM case_attachment a WHERE a.case_id = c.id AND a.purged_at IS NULL))
          ORDER BY c.id LIMIT $2`,
        [after, batch],
      );
      if (rows.length === 0) return result;
      after = rows[rows.length - 1].case_id;
      for (const r of rows) {
        result.examined++;
        const closedOn = toVietnamDate(new Date(r.closed_at));
        const ended = async (key: string) => {
          const rule = await this.rules.resolve(this.dataSource.manager, key, r.unit_path, closedOn);
          return rule?.value != null && toVietnamDate(now) >= addMonths(closedOn, rule.value) ? rule : undefined;
        };
        const identityRule = await ended(retentionRuleKey(r.procedure_id));
        const dossierRule = await ended(dossierRetentionRuleKey(r.procedure_id));
        if (!identityRule && !dossierRule) {
          result.kept++;
          continue;
        }
        const reason = (months: number) => `Hết thời hạn lưu giữ (${months} tháng sau khi kết thúc vụ việc)`;
        // Stored files of purged documents, removed once the purge has committed (a rollback keeps them).
        const files: string[] = [];
        await this.dataSource.transaction(async (m) => {
          // An UPDATE … RETURNING answers [rows, count] through TypeORM.
          if (identityRule) {
            const [reporter]: [unknown[], number] = await m.query(
              `UPDATE case_reporter SET identity = NULL, signature = NULL, key_id = NULL, purged_at = $2
                WHERE case_id = $1 AND purged_at IS NULL RETURNING case_id`,
              [r.case_id, now],
            );
            if (reporter.length > 0) {
              await this.audit.record(m, null, 'REPORTER_IDENTITY_PURGED', reason(identityRule.value!), { caseId: r.case_id, ruleId: identityRule.id, closedOn });
              result.purged++;
            }
          }
          if (dossierRule) {
            const [documents]: [{ id: string; storage_key: string | null }[], number] = await m.query(
              `UPDATE case_attachment SET content = NULL, purged_at = $2 WHERE case_id = $1 AND purged_at IS NULL RETURNING id, storage_key`,
              [r.case_id, now],
            );
            files.push(...documents.flatMap((d) => (d.storage_key ? [d.storage_key] : [])));
            if (documents.length > 0) {
              await this.audit.record(m, null, 'DOSSIER_CONTENT_PURGED', reason(dossierRule.value!), {
                caseId: r.case_id, ruleId: dossierRule.id, closedOn, attachmentIds: documents.map((d) => d.id),
              });
              result.attachmentsPurged += documents.length;
            }
          }
        });
        for (const key of files) await this.storage.delete(key);
      }
      if (result.purged + result.attachmentsPurged > 0) {
        this.logger.log(`retention: ${result.purged} reporter identities and ${result.attachmentsPurged} documents purged so far`);
      }
    }
  }
}
