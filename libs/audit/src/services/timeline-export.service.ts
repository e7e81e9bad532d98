import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { CaseQueryService } from '@hoso/cases/services/case-query.service';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { StepSchemasService, type VersionDescription } from '@hoso/cases/services/step-schemas.service';
import { labelMapsOf } from '@hoso/cases/services/value-labels';
import { PersonRecordsService } from '@hoso/people/services/person-records.service';
import { canonicalJson } from '@hoso/timeline/chain/hash-chain';
import { eventLabel, SYSTEM_ACTOR_ID, SYSTEM_ACTOR_NAME } from '@hoso/timeline/timeline-labels';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { withEngineFields } from '../export/facts-schema';
import { entityIds, payloadLines, SHARED_VALUE_LABELS, type EntityKind, type JsonSchema } from '../export/payload-text';
import { SYSTEM_EVENT_SCHEMAS } from '../export/system-event-schemas';
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

interface EventRow {
  seq: number;
  type: string;
  payload: unknown;
  actorId: string;
  fromState: string | null;
  toState: string;
  occurredAt: Date;
  hash: string;
}

/**
 * `GET /cases/:id/timeline/export`: auditors and secretaries on the case's unit (the same people who read its access
 * log, which the file contains). Others who may see the case read the timeline on screen instead.
 */
@Injectable()
export class TimelineExportService {
  private readonly schemas: StepSchemasService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly registry: ProcedureRegistryService,
    private readonly verify: TimelineVerifyService,
    private readonly accessLog: AccessLogService,
    private readonly directory: UserDirectoryService,
    private readonly people: PersonRecordsService,
  ) {
    this.schemas = new StepSchemasService(registry);
  }

  async export(user: AuthUser, caseId: string, format: ExportFormat): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const row = await this.cases.getVisible(user, caseId);
    assertCaseAuditor(user, row.unit_path);
    if (row.version > MAX_EXPORT_EVENTS) throw new DomainError(ErrorCode.EXPORT_TOO_LARGE, { events: row.version, max: MAX_EXPORT_EVENTS });
    const def = this.registry.find(row.procedure_id, row.machine_version);
    const events: EventRow[] = await this.dataSource.query(
      `SELECT e.seq, e.type, e.payload, e.actor_id AS "actorId", e.from_state AS "fromState", e.to_state AS "toState",
              e.occurred_at AS "occurredAt", e.hash
         FROM case_event e WHERE e.case_id = $1 ORDER BY e.seq LIMIT $2`,
      [row.id, MAX_EXPORT_EVENTS + 1],
    );
    if (events.length > MAX_EXPORT_EVENTS) throw new DomainError(ErrorCode.EXPORT_TOO_LARGE, { max: MAX_EXPORT_EVENTS });
    const described = def ? this.schemas.describe(def.id, def.version) : undefined;
    const schemaOf = (type: string) => withEngineFields(stepSchema(described, type));
    const names = await this.names(
      events.map((e) => ({ payload: e.payload, schema: schemaOf(e.type) })),
      { orgUnit: [row.org_unit_id], user: events.map((e) => e.actorId) },
    );
    const verification = await this.verify.check(row.id);
    const log = await this.accessLog.forCase(this.dataSource.manager, row.id, 1, MAX_ACCESS_ENTRIES);
    const stateLabel = (s: string | null) => (s === null ? '' : (def?.stateLabels[s] ?? s));
    // Event types (a separation-of-duties bypass names the step prepared) read as the steps' names.
    const eventNames = def ? Object.fromEntries(Object.keys(def.events).map((type) => [type, eventLabel(def, type)])) : {};
    const context = { names, labelMaps: [...(def ? labelMapsOf(def) : []), ...SHARED_VALUE_LABELS, eventNames] };
    const last = events.at(-1);
    const doc: TimelineDocument = {
      caseId: row.id,
      title: row.title,
      procedureTitle: def?.title ?? row.procedure_id,
      unitName: names.get(row.org_unit_id) ?? '',
      generatedAt: new Date(),
      generatedBy: user.displayName,
      chainHead: last ? { seq: last.seq, hash: last.hash } : null,
      events: events.map((e) => ({
        seq: e.seq,
        occurredAt: new Date(e.occurredAt),
        // The same labels as GET /cases/:id/timeline.
        label: eventLabel(def, e.type),
        actorName: e.actorId === SYSTEM_ACTOR_ID ? SYSTEM_ACTOR_NAME : (names.get(e.actorId) ?? e.actorId),
        fromState: stateLabel(e.fromState),
        toState: stateLabel(e.toState),
        details: payloadLines(e.payload, schemaOf(e.type), context),
        payloadJson: canonicalJson(e.payload),
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

  /**
   * Names for the identifiers the payloads hold (units, users, people, by their schemas' `x-entity`) and for `extra`
   * ones, from the libraries that own them. Case ids stay ids: a linked case's title is for those who may see it.
   */
  private async names(
    payloads: { payload: unknown; schema: JsonSchema | undefined }[],
    extra: { orgUnit: string[]; user: string[] },
  ): Promise<Map<string, string>> {
    const ids: Record<EntityKind, Set<string>> = { orgUnit: new Set(extra.orgUnit), user: new Set(extra.user), person: new Set(), case: new Set() };
    for (const p of payloads) entityIds(p.payload, p.schema, ids);
    const [units, users, persons] = await Promise.all([
      this.directory.unitNames([...ids.orgUnit]),
      this.directory.displayNames([...ids.user]),
      this.people.fullNames(this.dataSource.manager, [...ids.person]),
    ]);
    return new Map([...persons, ...users, ...units]);
  }
}

/** The schema a step's payload was recorded under: the registration form, the step's, or a system row's. */
function stepSchema(described: VersionDescription | undefined, type: string): JsonSchema | undefined {
  if (type === 'CREATE') return described?.input;
  return described?.events.find((e) => e.type === type)?.payload ?? SYSTEM_EVENT_SCHEMAS[type];
}
