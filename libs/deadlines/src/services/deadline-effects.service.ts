import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Effect } from '@hoso/workflows';
import type { WriteStatement } from '@hoso/core/database/write-statement';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { DeadlineAdjusterService, type DeadlineChange } from './deadline-adjuster.service';
import { DeadlinePlannerService, type DeadlinePlan } from './deadline-planner.service';

/** Deadline operations computed before the write, by deadline key. */
export interface PreparedDeadlines {
  plans: ReadonlyMap<string, DeadlinePlan>;
  changes: ReadonlyMap<string, DeadlineChange>;
}

/**
 * The deadlines' part of a case's one write statement. `prepare` computes what each declared deadline effect will
 * write (reads the rule tables, the calendar and the deadline's row); `append` adds the rows to the statement, written
 * only if the case row was. Effects of other owners (notify, child cases, membership) are left to them.
 */
@Injectable()
export class DeadlineEffectsService {
  constructor(
    private readonly planner: DeadlinePlannerService,
    private readonly adjuster: DeadlineAdjusterService,
  ) {}

  /**
   * Schedules from the rule tables and the calendar; pause, resume and extend from the deadline's current row (an
   * extension the rule does not allow refuses the step).
   */
  async prepare(m: EntityManager, caseId: string, unitPath: string, effects: readonly Effect[], now: Date): Promise<PreparedDeadlines> {
    const prepared = { plans: new Map<string, DeadlinePlan>(), changes: new Map<string, DeadlineChange>() };
    for (const e of effects) {
      if (e.type === 'scheduleDeadline') {
        // A due the act fixed (an effective date) is taken as given; otherwise it is counted from the rule.
        const fixed = e.params.dueAt === undefined ? undefined : new Date(e.params.dueAt);
        prepared.plans.set(e.params.key, await this.planner.plan(m, e.params.ruleKey, unitPath, new Date(e.params.startAt), fixed));
      } else if (e.type === 'pauseDeadline') prepared.changes.set(e.params.key, await this.adjuster.pause(m, caseId, e.params.key, new Date(e.params.at)));
      else if (e.type === 'resumeDeadline') prepared.changes.set(e.params.key, await this.adjuster.resume(m, caseId, e.params.key, new Date(e.params.at)));
      else if (e.type === 'extendDeadline') prepared.changes.set(e.params.key, await this.adjuster.extend(m, caseId, e.params.key, e.params.reason, now, e.params.actDate));
    }
    return prepared;
  }

  /** The switch is exhaustive over the effect union; the engine has already refused unknown effect types. */
  append(w: WriteStatement, caseId: string, seq: number, effects: readonly Effect[], prepared: PreparedDeadlines): void {
    // One statement cannot modify a row twice: two deadline effects on one key in a transition is a machine error.
    const keys = effects.filter((e) => e.type !== 'notify').map((e) => (e.params as { key: string }).key);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) throw new Error(`Machine declared two deadline effects on "${twice}" in one transition`);

    for (const effect of effects) {
      switch (effect.type) {
        case 'scheduleDeadline': {
          const { key, ruleKey, startAt, term } = effect.params;
          const plan = prepared.plans.get(key);
          if (!plan) throw new Error(`No deadline plan computed for "${key}"`);
          const [c, k] = [w.p(caseId), w.p(key)];
          // A new schedule of the same key supersedes the pending one: only the newest generation is current.
          w.then(`UPDATE deadline SET status = 'CANCELLED', closed_at = now(), updated_at = now()
                   WHERE case_id = ${c}::uuid AND key = ${k}::varchar AND status = 'PENDING' AND EXISTS (SELECT 1 FROM u)`);
          w.then(`INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, rule_id,
                                        calendar_version, explanation, manual_due, term, created_at, updated_at)
                  SELECT ${w.p(randomUUID())}::uuid, u.id, ${k}::varchar, ${w.p(ruleKey)}::varchar, ${w.p(startAt)}::timestamptz,
                         ${w.p(plan.dueAt)}::timestamptz, 'PENDING',
                         COALESCE((SELECT MAX(generation) FROM deadline WHERE case_id = ${c}::uuid AND key = ${k}::varchar), 0) + 1,
                         ${w.p(seq)}::int, ${w.p(plan.ruleId)}::uuid, ${w.p(plan.calendarVersion)}::int,
                         ${w.p(JSON.stringify(plan.explanation))}::jsonb, false, ${w.p(term === true)}::boolean, now(), now()
                    FROM u`);
          break;
        }
        case 'cancelDeadline':
          w.then(`UPDATE deadline SET status = 'CANCELLED', closed_at = ${w.p(effect.params.at)}::timestamptz, updated_at = now()
                   WHERE case_id = ${w.p(caseId)}::uuid AND key = ${w.p(effect.params.key)}::varchar AND status = 'PENDING' AND EXISTS (SELECT 1 FROM u)`);
          break;
        case 'markDeadlineMet': {
          // An act is on time by its own date (changes-2026 §3.8): one dated on or before the due, entered after the
          // worker recorded the lapse, makes the deadline MET; the escalation already sent stays on record.
          const at = w.p(effect.params.at);
          const note = w.p(
            JSON.stringify({
              at: new Date().toISOString(),
              kind: 'MET_AFTER_MISS',
              detail: `Đã thực hiện trong hạn (ngày ${toVietnamDate(new Date(effect.params.at))}); được nhập sau khi hệ thống ghi nhận quá hạn.`,
            }),
          );
          w.then(`UPDATE deadline SET status = 'MET', closed_at = ${at}::timestamptz, updated_at = now(),
                         explanation = CASE WHEN status = 'MISSED'
                           THEN jsonb_set(COALESCE(explanation, '{}'::jsonb), '{adjustments}', COALESCE(explanation->'adjustments', '[]'::jsonb) || jsonb_build_array(${note}::jsonb))
                           ELSE explanation END
                   WHERE case_id = ${w.p(caseId)}::uuid AND key = ${w.p(effect.params.key)}::varchar
                     AND (status = 'PENDING' OR (status = 'MISSED' AND due_at >= ${at}::timestamptz))
                     AND generation = (SELECT MAX(generation) FROM deadline WHERE case_id = ${w.p(caseId)}::uuid AND key = ${w.p(effect.params.key)}::varchar)
                     AND EXISTS (SELECT 1 FROM u)`);
          break;
        }
        case 'pauseDeadline':
        case 'resumeDeadline':
        case 'extendDeadline': {
          const c = prepared.changes.get(effect.params.key);
          if (!c) throw new Error(`No deadline change computed for "${effect.params.key}"`);
          // Written only for the generation it was computed from; a new due is armed again by the worker.
          w.then(`UPDATE deadline SET status = ${w.p(c.status)}::varchar, due_at = ${w.p(c.dueAt)}::timestamptz,
                         remaining_working_days = ${w.p(c.remainingWorkingDays)}::int, extensions_used = ${w.p(c.extensionsUsed)}::int,
                         explanation = ${w.p(JSON.stringify(c.explanation))}::jsonb, armed_generation = NULL, closed_at = NULL, updated_at = now()
                   WHERE id = ${w.p(c.deadlineId)}::uuid AND generation = ${w.p(c.generation)}::int AND EXISTS (SELECT 1 FROM u)`);
          break;
        }
        case 'notify':
        case 'openChildCase':
        case 'reportToParent':
        case 'recordMembership':
        case 'applyOrgChange':
        case 'assignCommitteeRoles':
          // Not a deadline: the outbox, the linked cases, the person's record and the organisation tree write these.
          break;
        default: {
          const never: never = effect;
          throw new Error(`Unhandled effect ${(never as { type: string }).type}`);
        }
      }
    }
  }
}
