import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { CalendarService } from './calendar.service';
import { planWith, type DeadlineExplanation } from './deadline-planner.service';
import { toLegalRule } from './rule-resolver.service';

const LIMIT = 1000;

interface OpenRow {
  id: string;
  case_id: string;
  key: string;
  rule_key: string;
  start_at: Date;
  due_at: Date;
  calendar_version: number;
  explanation: DeadlineExplanation;
  rule: Parameters<typeof toLegalRule>[0];
}

/**
 * A calendar change moves open deadlines only through this command: a dry run lists what would move; the real
 * run moves them (same rule, same start, the current calendar), notes it on each deadline and in the audit log;
 * a deadline that does not move gets the current calendar's warnings (a year confirmed since no longer warns).
 */
@Injectable()
export class DeadlineRecomputeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: CalendarService,
    private readonly audit: AuditLogService,
  ) {}

  async run(actorId: string, opts: { dryRun: boolean; reason: string }) {
    return this.dataSource.transaction(async (m) => {
      const calendar = await this.calendars.current(m);
      const rows: OpenRow[] = await m.query(
        `SELECT d.id, d.case_id, d.key, d.rule_key, d.start_at, d.due_at, d.calendar_version, d.explanation,
                json_build_object('id', r.id, 'key', r.key, 'value', r.value, 'unit', r.unit, 'start_convention', r.start_convention,
                  'start_event', r.start_event, 'extension_value', r.extension_value, 'extension_max_count', r.extension_max_count,
                  'effective_from', to_char(r.effective_from, 'YYYY-MM-DD'), 'legal_basis', r.legal_basis, 'source_ref', r.source_ref,
                  'confidence', r.confidence, 'description', r.description, 'org_unit_id', r.org_unit_id, 'reason', r.reason) AS rule
           FROM deadline d JOIN legal_rule r ON r.id = d.rule_id
          WHERE d.status = 'PENDING' AND NOT d.manual_due AND d.due_at IS NOT NULL AND d.calendar_version < $1
          ORDER BY d.due_at ${opts.dryRun ? '' : 'FOR UPDATE OF d'}`,
        [calendar.version],
      );
      const moves = [];
      for (const row of rows) {
        const rule = toLegalRule({ ...row.rule, value: row.rule.value === null ? null : String(row.rule.value) });
        // Only working-day counts move with the calendar; a due the decision fixed (an effective date) never does.
        if (rule.unit !== 'WORKING_DAYS' || row.explanation?.fixedByAct) continue;
        const plan = planWith(row.rule_key, rule, new Date(row.start_at), calendar);
        const before = new Date(row.due_at).toISOString();
        const after = plan.dueAt!.toISOString();
        if (before === after) {
          // Same due, but a year it runs through may have been confirmed since (or not): keep its warnings true.
          const warnings = plan.explanation.warnings ?? [];
          if (!opts.dryRun && JSON.stringify(row.explanation?.warnings ?? []) !== JSON.stringify(warnings)) {
            await m.query(`UPDATE deadline SET explanation = $2 WHERE id = $1`, [
              row.id, JSON.stringify({ ...row.explanation, calendarVersion: calendar.version, warnings }),
            ]);
          }
          continue;
        }
        moves.push({ deadlineId: row.id, caseId: row.case_id, key: row.key, from: before, to: after, calendarVersion: { from: row.calendar_version, to: calendar.version } });
        if (!opts.dryRun) {
          const adjustments = [
            ...(row.explanation?.adjustments ?? []),
            { at: new Date().toISOString(), kind: 'RECOMPUTE', detail: `Tính lại theo lịch phiên bản ${calendar.version}: ${before} → ${after}. ${opts.reason}` },
          ];
          await m.query(`UPDATE deadline SET due_at = $2, calendar_version = $3, explanation = $4, armed_generation = NULL, updated_at = now() WHERE id = $1`, [
            row.id, plan.dueAt, calendar.version, JSON.stringify({ ...plan.explanation, adjustments }),
          ]);
        }
      }
      // Rows on the current calendar are brought to its version even when their due did not move.
      if (!opts.dryRun) {
        await m.query(
          `UPDATE deadline SET calendar_version = $1 WHERE status = 'PENDING' AND NOT manual_due AND calendar_version < $1 AND due_at IS NOT NULL`,
          [calendar.version],
        );
        await this.audit.record(m, actorId, 'DEADLINE_RECOMPUTE', opts.reason, { calendarVersion: calendar.version, moved: moves.length, moves: moves.slice(0, LIMIT) });
      }
      return { dryRun: opts.dryRun, calendarVersion: calendar.version, examined: rows.length, moved: moves.length, moves: moves.slice(0, LIMIT) };
    });
  }
}
