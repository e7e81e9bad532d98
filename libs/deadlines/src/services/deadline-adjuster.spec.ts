import type { EntityManager } from 'typeorm';
import { WorkingCalendar } from '@hoso/kernel/legal-time';
import { DomainError } from '@hoso/core/errors';
import type { CalendarService } from './calendar.service';
import { DeadlineAdjusterService } from './deadline-adjuster.service';

// Extending a deadline: its rule allows one extension of 30 working days. The due day is Friday 4 December 2026
// (end of day, Vietnam time); a calendar with weekends only is enough for the arithmetic checked here.
const DUE = new Date('2026-12-04T16:59:59.999Z');
const row = (status: string) => ({
  id: 'd1', generation: 1, status, due_at: DUE, remaining_working_days: null, extensions_used: 0, explanation: { adjustments: [] },
  unit: 'WORKING_DAYS', extension_value: '30', extension_max_count: 1,
});
const manager = (status: string) => ({ query: async () => [row(status)] }) as unknown as EntityManager;
const calendars = { current: async () => new WorkingCalendar([], 1) } as unknown as CalendarService;
const adjuster = new DeadlineAdjusterService(calendars);
const NOW = new Date('2026-12-10T03:00:00.000Z');

describe('DeadlineAdjusterService.extend: lateness by the extending act’s own date', () => {
  it('extends a pending deadline as before', async () => {
    const c = await adjuster.extend(manager('PENDING'), 'c1', 'k', 'Cần thêm thời gian', NOW);
    expect(c).toMatchObject({ status: 'PENDING', extensionsUsed: 1 });
  });

  it('extends a deadline the worker marked missed when the act is dated on the due day or before, noting it', async () => {
    for (const actDate of ['2026-12-03', '2026-12-04']) {
      const c = await adjuster.extend(manager('MISSED'), 'c1', 'k', 'Cần thêm thời gian', NOW, actDate);
      expect(c.status).toBe('PENDING');
      expect(c.dueAt!.getTime()).toBeGreaterThan(DUE.getTime());
      expect(c.explanation.adjustments.at(-1)!.detail).toContain(`Quyết định gia hạn ngày ${actDate}, trong hạn`);
    }
  });

  it('refuses a missed deadline for an act dated the day after, or with no date', async () => {
    await expect(adjuster.extend(manager('MISSED'), 'c1', 'k', 'Cần thêm thời gian', NOW, '2026-12-05')).rejects.toBeInstanceOf(DomainError);
    await expect(adjuster.extend(manager('MISSED'), 'c1', 'k', 'Cần thêm thời gian', NOW)).rejects.toMatchObject({ code: 'DEADLINE_NOT_OPEN' });
    await expect(adjuster.extend(manager('MET'), 'c1', 'k', 'Cần thêm thời gian', NOW, '2026-12-01')).rejects.toMatchObject({ code: 'DEADLINE_NOT_OPEN' });
  });
});
