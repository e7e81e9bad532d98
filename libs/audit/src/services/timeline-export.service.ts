import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseQueryService } from '@hoso/cases/services/case-query.service';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { canonicalJson } from '@hoso/timeline/chain/hash-chain';
import { eventLabel, SYSTEM_ACTOR_ID, SYSTEM_ACTOR_NAME } from '@hoso/timeline/timeline-labels';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { timelineCsv } from '../export/timeline-csv';
import type { TimelineDocument } from '../export/timeline-document';
import { timelinePdf } from '../export/timeline-pdf';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { assertCaseAuditor } from './audit-permissions';
import { TimelineVerifyService } from './timeline-verify.service';

/** A file leaves the system for good: the export is bounded, and so is the access log it carries. */
export const MAX_EXPORT_EVENTS = 50_000;
const MAX_ACCESS_ENTRIES = 10_000;

export type ExportFormat = 'csv' | 'pdf';

/**
 * `GET /cases/:id/timeline/export`: auditors and secretaries on the case's unit (the same people who read its access
 * log, which the file contains). Others who may see the case read the timeline on screen instead.
 */
@Injectable()
export class TimelineExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly registry: ProcedureRegistryService,
    private readonly verify: TimelineVerifyService,
    private readonly accessLog: AccessLogService,
  ) {}

  async export(user: AuthUser, caseId: string, format: ExportFormat): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const row = await this.cases.getVisible(user, caseId);
    assertCaseAuditor(user, row.unit_path);
    if (row.version > MAX_EXPORT_EVENTS) throw new DomainError(ErrorCode.EXPORT_TOO_LARGE, { events: row.version, max: MAX_EXPORT_EVENTS });
    const def = this.registry.find(row.procedure_id, row.machine_version);
    const events: { seq: number; type: string; payload: unknown; actorName: string | null; actorId: string; fromState: string | null; toState: string; occurredAt: Date; hash: string }[] =
      await this.dataSource.query(
        `SELECT e.seq, e.type, e.payload, e.actor_id AS "actorId", u.display_name AS "actorName", e.from_state AS "fromState",
                e.to_state AS "toState", e.occurred_at AS "occurredAt", e.hash
           FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id
          WHERE e.case_id = $1 ORDER BY e.seq LIMIT $2`,
        [row.id, MAX_EXPORT_EVENTS + 1],
      );
    if (events.length > MAX_EXPORT_EVENTS) throw new DomainError(ErrorCode.EXPORT_TOO_LARGE, { max: MAX_EXPORT_EVENTS });
    const [unit] = await this.dataSource.query(`SELECT name FROM org_unit WHERE id = $1`, [row.org_unit_id]);
    const verification = await this.verify.check(row.id);
    const log = await this.accessLog.forCase(this.dataSource.manager, row.id, 1, MAX_ACCESS_ENTRIES);
    const stateLabel = (s: string | null) => (s === null ? '' : (def?.stateLabels[s] ?? s));
    const doc: TimelineDocument = {
      caseId: row.id,
      title: row.title,
      procedureTitle: def?.title ?? row.procedure_id,
      unitName: (unit?.name as string | undefined) ?? '',
      generatedAt: new Date(),
      generatedBy: user.displayName,
      events: events.map((e) => ({
        seq: e.seq,
        occurredAt: new Date(e.occurredAt),
        // The same labels as GET /cases/:id/timeline.
        label: eventLabel(def, e.type),
        actorName: e.actorName ?? (e.actorId === SYSTEM_ACTOR_ID ? SYSTEM_ACTOR_NAME : e.actorId),
        fromState: stateLabel(e.fromState),
        toState: stateLabel(e.toState),
        payload: canonicalJson(e.payload),
        hash: e.hash,
      })),
      verification,
      accessLog: log.items.map((a) => ({ at: new Date(a.at), userName: a.userName ?? a.userId, action: a.actionLabel, reason: a.reason ?? '' })),
      accessLogOmitted: log.total - log.items.length,
    };
    const body = format === 'csv' ? timelineCsv(doc) : await timelinePdf(doc);
    // Recorded once the file exists: a failed export is not an export.
    await this.accessLog.record(this.dataSource.manager, {
      caseId: row.id,
      userId: user.id,
      action: AccessAction.EXPORT_TIMELINE,
      details: { format, events: events.length, ok: verification.ok },
    });
    const stamp = doc.generatedAt.toISOString().slice(0, 10);
    return {
      filename: `dien-bien-vu-viec-${row.id}-${stamp}.${format}`,
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
      body,
    };
  }
}
