import type { EntityManager } from 'typeorm';
import type { Effect } from '@hoso/workflows';
import { WriteStatement } from '@hoso/core/database/write-statement';
import type { DeadlineAdjusterService } from './deadline-adjuster.service';
import { DeadlineEffectsService } from './deadline-effects.service';
import type { DeadlinePlan, DeadlinePlannerService } from './deadline-planner.service';

// prepare() hands the planner what the machine declared: a due the act fixed (`dueAt`) or none (the rule counts);
// append() writes the plan's due on the new row.

class FakePlanner {
  readonly calls: { ruleKey: string; startAt: string; fixedDueAt: string | undefined }[] = [];

  async plan(_m: EntityManager, ruleKey: string, _unitPath: string, startAt: Date, fixedDueAt?: Date): Promise<DeadlinePlan> {
    this.calls.push({ ruleKey, startAt: startAt.toISOString(), fixedDueAt: fixedDueAt?.toISOString() });
    const dueAt = fixedDueAt ?? null;
    return {
      ruleId: null,
      calendarVersion: 1,
      dueAt,
      explanation: {
        rule: null, ruleKey, start: { instant: startAt.toISOString(), date: '', convention: null }, calendarVersion: 1, countedDays: null,
        skipped: [], due: dueAt ? { date: '', instant: dueAt.toISOString() } : null, note: '', adjustments: [],
      },
    };
  }
}

const m = {} as EntityManager;
const adjuster = {} as DeadlineAdjusterService;

describe('DeadlineEffectsService: a due fixed by the act', () => {
  const effective: Effect = {
    type: 'scheduleDeadline',
    params: { key: 'EFFECTIVE', ruleKey: 'ORG.EFFECTIVE', startAt: '2026-06-15', term: true, dueAt: '2026-06-30T16:59:59.999Z' },
  };
  const counted: Effect = { type: 'scheduleDeadline', params: { key: 'APPRAISAL', ruleKey: 'ORG.APPRAISAL', startAt: '2026-06-01' } };

  it('passes the fixed due to the planner, and none for a deadline counted from its rule', async () => {
    const planner = new FakePlanner();
    const service = new DeadlineEffectsService(planner as unknown as DeadlinePlannerService, adjuster);
    const prepared = await service.prepare(m, 'c1', 'root', [effective, counted], new Date('2026-06-15T03:00:00Z'));
    expect(planner.calls).toEqual([
      { ruleKey: 'ORG.EFFECTIVE', startAt: '2026-06-15T00:00:00.000Z', fixedDueAt: '2026-06-30T16:59:59.999Z' },
      { ruleKey: 'ORG.APPRAISAL', startAt: '2026-06-01T00:00:00.000Z', fixedDueAt: undefined },
    ]);
    expect(prepared.plans.get('EFFECTIVE')?.dueAt?.toISOString()).toBe('2026-06-30T16:59:59.999Z');
    expect(prepared.plans.get('APPRAISAL')?.dueAt).toBeNull();
  });

  it('writes the fixed due on the new row, as a term', async () => {
    const planner = new FakePlanner();
    const service = new DeadlineEffectsService(planner as unknown as DeadlinePlannerService, adjuster);
    const prepared = await service.prepare(m, 'c1', 'root', [effective], new Date('2026-06-15T03:00:00Z'));
    const w = new WriteStatement().head('UPDATE "case" SET version = version + 1 WHERE id = $1');
    service.append(w, 'c1', 4, [effective], prepared);
    const { sql, params } = w.build();
    expect(sql).toContain('INSERT INTO deadline');
    expect(params).toContainEqual(new Date('2026-06-30T16:59:59.999Z'));
    expect(params).toContain(true); // term
  });
});
