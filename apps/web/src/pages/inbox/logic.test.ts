import { describe, expect, it } from 'vitest';
import { dueTag } from './DueCell';
import { summarise, unitTree } from './reference';
import { pageItems } from './Pager';
import { creatableProcedures, defaultUnit, unitsWithRole } from './register';
import { filterParams, withSaved } from './savedFilters';
import { PROCEDURES, UNITS } from './testing';

const NOW = new Date('2026-12-05T01:00:00Z'); // 05/12/2026 08:00 in Vietnam

describe('dueTag', () => {
  it.each([
    ['2026-12-16T16:59:59Z', false, { color: 'green', key: 'daysLeft', n: 11 }],
    ['2026-12-07T16:59:59Z', false, { color: 'orange', key: 'daysLeft', n: 2 }],
    ['2026-12-05T16:59:59Z', false, { color: 'orange', key: 'dueToday' }],
    ['2026-12-05T00:30:00Z', true, { color: 'red', key: 'overdueToday' }],
    ['2026-12-01T16:59:59Z', true, { color: 'red', key: 'overdueDays', n: 4 }],
  ])('due %s (overdue %s)', (dueAt, overdue, expected) => {
    expect(dueTag({ dueAt, overdue }, NOW)).toEqual(expected);
  });

  it('counts days on Vietnamese dates: at 00:30 on the 6th in Vietnam (5th in UTC), due 23:59 on the 6th is today', () => {
    expect(dueTag({ dueAt: '2026-12-06T16:59:59Z', overdue: false }, new Date('2026-12-05T17:30:00Z'))).toEqual({ color: 'orange', key: 'dueToday' });
  });

  it('has no date to count without a due date', () => {
    expect(dueTag({ dueAt: null, overdue: false, dueLabel: 'Không có thời hạn luật định' })).toEqual({ color: 'default', key: 'noDue' });
  });
});

describe('saved filters', () => {
  it('keeps only the filter parameters, not the page', () => {
    expect(filterParams(new URLSearchParams('view=overdue&page=3&procedureId=ky-luat&q=x'))).toEqual({ view: 'overdue', procedureId: 'ky-luat' });
  });

  it('replaces a filter saved under the same name', () => {
    const one = withSaved([], 'Quá hạn', { view: 'overdue' });
    expect(withSaved(one, ' quá hạn ', { view: 'overdue', unitId: 'u-bt' })).toEqual([{ name: 'quá hạn', params: { view: 'overdue', unitId: 'u-bt' } }]);
  });
});

describe('procedures and units', () => {
  it('has one entry per procedure, its newest version, and every version’s state labels', () => {
    const [p1374] = summarise(PROCEDURES as never);
    expect(p1374.latestVersion).toBe(2);
    expect(p1374.states.explanationRequested).toBe('Chờ báo cáo giải trình');
    expect(p1374.states.received).toBe('Tiếp nhận');
  });

  it('offers the procedures and the units (at and below a role) the user may register at', () => {
    const procedures = summarise(PROCEDURES as never);
    const officer = [{ unitId: 'u-bt', role: 'TASK_FORCE_OFFICER' }];
    expect(creatableProcedures(procedures, officer).map((p) => p.id)).toEqual(['quy-dinh-1374']);
    expect(unitsWithRole(UNITS, officer, ['TASK_FORCE_OFFICER']).map((u) => u.id)).toEqual(['u-bt']);
    expect(unitsWithRole(UNITS, [{ unitId: 'u-city', role: 'TASK_FORCE_OFFICER' }], ['TASK_FORCE_OFFICER']).map((u) => u.id)).toEqual(['u-city', 'u-bt']);
    expect(defaultUnit(UNITS, officer, ['TASK_FORCE_OFFICER'])).toBe('u-bt');
    expect(unitsWithRole(UNITS, officer, ['SECRETARY'])).toEqual([]);
  });

  it('builds the unit tree from parent ids', () => {
    expect(unitTree(UNITS)).toEqual([
      { value: 'u-city', title: 'Thành ủy TP.HCM', children: [{ value: 'u-bt', title: 'Đảng ủy phường Bến Thành', children: [] }] },
    ]);
  });
});

describe('pageItems (the pages the pager offers)', () => {
  it.each([
    [1, 1, [1]],
    [3, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 10, [1, 2, 3, 4, 5, 'forward5', 10]],
    [4, 10, [1, 2, 3, 4, 5, 6, 'forward5', 10]],
    [5, 10, [1, 'back5', 3, 4, 5, 6, 7, 'forward5', 10]],
    [8, 10, [1, 'back5', 6, 7, 8, 9, 10]],
    [10, 10, [1, 'back5', 6, 7, 8, 9, 10]],
  ])('page %i of %i', (current, pages, expected) => {
    expect(pageItems(current, pages)).toEqual(expected);
  });
});
