import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { defaultProcedures, ruleKeysOf, type ProcedureDefinition } from '@hoso/workflows';
import { toVietnamDate, viDate } from '@hoso/kernel/legal-time';
import { CalendarService } from './calendar.service';
import { planWith, type DeadlineExplanation } from './deadline-planner.service';
import { RuleResolverService } from './rule-resolver.service';

/** How many deadlines and cases a report lists (the counts are always complete). */
export const IMPACT_SAMPLE = 100;

interface PendingRow {
  id: string;
  case_id: string;
  key: string;
  rule_key: string;
  start_at: Date;
  due_at: Date | null;
  rule_id: string | null;
  status: string;
  manual_due: boolean;
  extensions_used: number;
  explanation: DeadlineExplanation | null;
  unit_path: string;
}

export interface DeadlineMove {
  deadlineId: string;
  caseId: string;
  key: string;
  startDate: string;
  from: { ruleId: string | null; dueAt: string | null };
  to: { ruleId: string | null; dueAt: string | null };
}

export interface DeadlineKept {
  deadlineId: string;
  caseId: string;
  key: string;
  startDate: string;
  /** Why it is not recomputed: paused, due set by hand, or already extended (the committee decides). */
  reason: 'PAUSED' | 'MANUAL_DUE' | 'EXTENDED';
}

export interface DeadlineImpact {
  /** Open deadlines on the key that start on or after the version's first day. */
  examined: number;
  moved: number;
  unchanged: number;
  notRecomputed: number;
  moves: DeadlineMove[];
  kept: DeadlineKept[];
}

export interface CaseImpact {
  total: number;
  /** The procedure versions that declare the key (facts, `ruleKeys`) or have scheduled a deadline on it. */
  procedures: string[];
  items: { caseId: string; procedureId: string; machineVersion: number; state: string; orgUnitId: string }[];
}

/**
 * What a new general rule version changes: the open deadlines on its key that start on or after its first day are
 * re-planned (resolver on their start date, the planner's arithmetic, the current calendar), with a note on each;
 * and the open cases of the procedures that use the key are listed. Runs inside the version's transaction, after
 * the new row is written, so a dry run (rolled back) reports exactly what the real run does.
 */
@Injectable()
export class RuleImpactService {
  private readonly procedures: readonly ProcedureDefinition[] = defaultProcedures();

  constructor(
    private readonly resolver: RuleResolverService,
    private readonly calendars: CalendarService,
  ) {}

  async recomputeDeadlines(m: EntityManager, key: string, effectiveFrom: string, note: { reason: string; instrument: string }): Promise<DeadlineImpact> {
    const rows: PendingRow[] = await m.query(
      `SELECT d.id, d.case_id, d.key, d.rule_key, d.start_at, d.due_at, d.rule_id, d.status, d.manual_due, d.extensions_used, d.explanation,
              ou.path AS unit_path
         FROM deadline d JOIN "case" c ON c.id = d.case_id JOIN org_unit ou ON ou.id = c.org_unit_id
        WHERE d.rule_key = $1 AND d.status IN ('PENDING', 'PAUSED')
          AND (d.start_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= $2::date
        ORDER BY d.start_at, d.id
        FOR UPDATE OF d`,
      [key, effectiveFrom],
    );
    const calendar = await this.calendars.current(m);
    const impact: DeadlineImpact = { examined: rows.length, moved: 0, unchanged: 0, notRecomputed: 0, moves: [], kept: [] };
    for (const row of rows) {
      const startAt = new Date(row.start_at);
      const startDate = toVietnamDate(startAt);
      // A due the decision fixed (an effective date) is not counted from the rule: kept like one set by hand.
      const fixed = row.manual_due || row.explanation?.fixedByAct === true;
      const kept = row.status === 'PAUSED' ? 'PAUSED' : fixed ? 'MANUAL_DUE' : row.extensions_used > 0 ? 'EXTENDED' : null;
      if (kept) {
        impact.notRecomputed++;
        if (impact.kept.length < IMPACT_SAMPLE) impact.kept.push({ deadlineId: row.id, caseId: row.case_id, key: row.key, startDate, reason: kept });
        continue;
      }
      const rule = await this.resolver.resolve(m, row.rule_key, row.unit_path, startDate);
      const plan = planWith(row.rule_key, rule, startAt, calendar);
      const before = row.due_at ? new Date(row.due_at).toISOString() : null;
      const after = plan.dueAt ? plan.dueAt.toISOString() : null;
      if (before === after && plan.ruleId === row.rule_id) {
        impact.unchanged++;
        continue;
      }
      impact.moved++;
      if (impact.moves.length < IMPACT_SAMPLE) {
        impact.moves.push({ deadlineId: row.id, caseId: row.case_id, key: row.key, startDate, from: { ruleId: row.rule_id, dueAt: before }, to: { ruleId: plan.ruleId, dueAt: after } });
      }
      const detail = `Quy tắc ${key} có phiên bản mới từ ${viDate(effectiveFrom)} (${note.instrument}): hạn ${before ?? 'không có'} → ${after ?? 'không có'}. ${note.reason}`;
      const adjustments = [...(row.explanation?.adjustments ?? []), { at: new Date().toISOString(), kind: 'RULE_VERSION', detail }];
      // A new due is planned and armed again by the worker (armed_generation NULL), as the calendar recompute does.
      await m.query(
        `UPDATE deadline SET due_at = $2, rule_id = $3, calendar_version = $4, explanation = $5, armed_generation = NULL, updated_at = now() WHERE id = $1`,
        [row.id, plan.dueAt, plan.ruleId, calendar.version, JSON.stringify({ ...plan.explanation, adjustments })],
      );
    }
    return impact;
  }

  /** Procedure versions (`id@version`) that declare the key. */
  declaring(key: string): { id: string; version: number }[] {
    return this.procedures.filter((d) => ruleKeysOf(d).includes(key)).map((d) => ({ id: d.id, version: d.version }));
  }

  async openCases(m: EntityManager, key: string): Promise<CaseImpact> {
    const declared = this.declaring(key);
    // Procedures whose cases scheduled a deadline on the key count too: deadline keys need not be declared.
    const observed: { procedure_id: string; machine_version: number }[] = await m.query(
      `SELECT DISTINCT c.procedure_id, c.machine_version FROM deadline d JOIN "case" c ON c.id = d.case_id WHERE d.rule_key = $1`,
      [key],
    );
    const using = [...new Set([...declared.map((d) => `${d.id}@${d.version}`), ...observed.map((o) => `${o.procedure_id}@${o.machine_version}`)])].sort();
    const where = `c.status = 'OPEN' AND (c.procedure_id || '@' || c.machine_version) = ANY($1::text[])`;
    const [{ total }] = await m.query(`SELECT count(*)::int AS total FROM "case" c WHERE ${where}`, [using]);
    const items = await m.query(
      `SELECT c.id AS "caseId", c.procedure_id AS "procedureId", c.machine_version AS "machineVersion", c.state, c.org_unit_id AS "orgUnitId"
         FROM "case" c WHERE ${where} ORDER BY c.received_at, c.id LIMIT $2`,
      [using, IMPACT_SAMPLE],
    );
    return { total, procedures: using, items };
  }
}
