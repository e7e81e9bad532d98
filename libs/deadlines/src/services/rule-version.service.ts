import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode, type FieldError } from '@hoso/core/errors';
import { TIME_UNITS, type RuleUnit, type StartConvention } from '../entities/legal-rule.entity';
import { LegalInstrumentService } from './legal-instrument.service';
import { RuleImpactService, type CaseImpact, type DeadlineImpact } from './rule-impact.service';
import { RULE_COLUMNS, toLegalRule, type RuleRow } from './rule-resolver.service';
import { ruleValueProblems, sameKind } from './rule-value-check';

/** A new general version of a rule, as POST /rules/versions and a change set give it. */
export interface RuleVersionInput {
  key: string;
  value?: number | null;
  valueData?: unknown;
  unit: RuleUnit;
  /** Time rules: inherited from the version superseded when absent. */
  startEvent?: string;
  startConvention?: StartConvention;
  extensionValue?: number | null;
  extensionMaxCount?: number;
  effectiveFrom: string;
  instrumentCode: string;
  legalBasis: string;
  sourceRef: string;
  confidence: string;
  /** Inherited from the version superseded when absent. */
  description?: string;
}

export interface RuleVersionReport {
  dryRun: boolean;
  rule: ReturnType<typeof toLegalRule>;
  superseded: { id: string; effectiveFrom: string; value: number | null; valueData: unknown }[];
  deadlines: DeadlineImpact;
  cases: CaseImpact;
}

/** Thrown inside a dry run's transaction to roll it back, carrying what the run would have done. */
export class DryRunRollback<T> extends Error {
  constructor(readonly result: T) {
    super('dry run: rolled back');
  }
}

/** Runs `work` in one transaction; a dry run does all of it and rolls it back, answering what it would have done. */
export async function transactionOrDryRun<T>(dataSource: DataSource, dryRun: boolean, work: (m: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await dataSource.transaction(async (m) => {
      const result = await work(m);
      if (dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (err) {
    if (err instanceof DryRunRollback) return err.result as T;
    throw err;
  }
}

const isTime = (unit: RuleUnit) => (TIME_UNITS as readonly string[]).includes(unit);
const invalid = (fields: FieldError[]) => new DomainError(ErrorCode.VALIDATION_FAILED, { fields });

/**
 * New general versions of a rule, the law changing as data (changes-2026.md §1, §3.4): a new row from its effective
 * date; the general row(s) it supersedes get `effective_to` (rows are otherwise never edited); a version that would
 * start on or before an existing general row is refused. In the same transaction, the open deadlines on the key
 * that start on or after that date are re-planned, and the version is audited with what it changed.
 */
@Injectable()
export class RuleVersionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instruments: LegalInstrumentService,
    private readonly impact: RuleImpactService,
    private readonly audit: AuditLogService,
  ) {}

  create(actorId: string, input: RuleVersionInput, opts: { dryRun: boolean; reason: string }): Promise<RuleVersionReport> {
    return transactionOrDryRun(this.dataSource, opts.dryRun, (m) => this.applyIn(m, actorId, input, opts));
  }

  /** The version on the caller's transaction (a change set applies several in one). */
  async applyIn(m: EntityManager, actorId: string | null, input: RuleVersionInput, opts: { dryRun: boolean; reason: string }): Promise<RuleVersionReport> {
    // One version of a key at a time: the overlap check and the supersession must see each other.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`legal_rule:${input.key}`]);
    const instrumentId = await this.instruments.idOf(m, input.instrumentCode);
    const general: RuleRow[] = await m.query(
      `SELECT ${RULE_COLUMNS} FROM legal_rule r LEFT JOIN legal_instrument i ON i.id = r.instrument_id
        WHERE r.key = $1 AND r.org_unit_id IS NULL ORDER BY r.effective_from DESC, r.created_at DESC`,
      [input.key],
    );
    const latest = general[0] ? toLegalRule(general[0]) : undefined;
    if (latest && latest.effectiveFrom >= input.effectiveFrom) {
      throw new DomainError(ErrorCode.RULE_VERSION_OVERLAP, {
        key: input.key, effectiveFrom: input.effectiveFrom, latest: { id: latest.id, effectiveFrom: latest.effectiveFrom },
      });
    }
    const row = this.merge(input, latest);
    const id = randomUUID();
    await m.query(
      `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                               effective_from, instrument_id, legal_basis, source_ref, confidence, description, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)`,
      [id, input.key, row.value, row.valueData === null ? null : JSON.stringify(row.valueData), row.unit, row.startConvention, row.startEvent,
        row.extensionValue, row.extensionMaxCount, input.effectiveFrom, instrumentId, input.legalBasis, input.sourceRef, input.confidence,
        row.description, actorId],
    );
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [superseded]: [{ id: string; effective_from: string; value: string | null; value_data: unknown }[], number] = await m.query(
      `UPDATE legal_rule SET effective_to = $2::date
        WHERE key = $1 AND org_unit_id IS NULL AND effective_to IS NULL AND effective_from < $2::date AND id <> $3
        RETURNING id, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, value, value_data`,
      [input.key, input.effectiveFrom, id],
    );
    const deadlines = await this.impact.recomputeDeadlines(m, input.key, input.effectiveFrom, { reason: opts.reason, instrument: input.instrumentCode });
    const cases = await this.impact.openCases(m, input.key);
    const [created] = await m.query(`SELECT ${RULE_COLUMNS} FROM legal_rule r LEFT JOIN legal_instrument i ON i.id = r.instrument_id WHERE r.id = $1`, [id]);
    const report: RuleVersionReport = {
      dryRun: opts.dryRun,
      rule: toLegalRule(created),
      superseded: superseded.map((s) => ({ id: s.id, effectiveFrom: s.effective_from, value: s.value === null ? null : Number(s.value), valueData: s.value_data ?? null })),
      deadlines,
      cases,
    };
    await this.audit.record(m, actorId, 'RULE_VERSION', opts.reason, {
      ruleId: id, key: input.key, effectiveFrom: input.effectiveFrom, instrument: input.instrumentCode, unit: row.unit, value: row.value,
      valueData: row.valueData, confidence: input.confidence, superseded: report.superseded.map((s) => s.id),
      deadlinesMoved: deadlines.moves.map((d) => ({ deadlineId: d.deadlineId, from: d.from.dueAt, to: d.to.dueAt })), moved: deadlines.moved,
      openCases: cases.total,
    });
    return report;
  }

  /** The row to write: the input, with what a time rule does not restate taken from the version it supersedes. */
  private merge(input: RuleVersionInput, latest: ReturnType<typeof toLegalRule> | undefined) {
    const fields: FieldError[] = [];
    if (latest && !sameKind(latest.unit, input.unit)) {
      fields.push({ field: 'unit', constraint: 'ruleValue', message: `phải cùng loại với phiên bản đang có (${latest.unit})` });
    }
    const time = isTime(input.unit);
    const inherit = time && latest !== undefined && isTime(latest.unit);
    const row = {
      unit: input.unit,
      value: input.value ?? null,
      valueData: input.valueData ?? null,
      startEvent: input.startEvent ?? (inherit ? latest.startEvent : ''),
      startConvention: input.startConvention ?? (inherit ? latest.startConvention : time ? undefined : ('NONE' as const)),
      extensionValue: input.extensionValue !== undefined ? input.extensionValue : inherit ? latest.extensionValue : null,
      extensionMaxCount: input.extensionMaxCount ?? (inherit ? latest.extensionMaxCount : 0),
      description: input.description ?? latest?.description ?? '',
    };
    if (!row.description.trim()) fields.push({ field: 'description', constraint: 'isDefined', message: 'quy tắc mới cần mô tả' });
    const startConvention = row.startConvention;
    if (startConvention === undefined) {
      fields.push({ field: 'startConvention', constraint: 'isDefined', message: 'thời hạn mới cần nói ngày bắt đầu có được tính hay không' });
      throw invalid(fields);
    }
    fields.push(...ruleValueProblems({ ...row, startConvention, confidence: input.confidence }, true));
    if (fields.length) throw invalid(fields);
    return { ...row, startConvention };
  }
}
