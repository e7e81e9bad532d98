import type { OrgChangePlan } from '@hoso/workflows';
import type { UnitRow } from '../repositories/org-tree.repository';
import { planMoves } from './org-change-moves';
import { calendarDateProblems, treeProblems } from './org-change-problems';
import type { OrgWorld } from './org-change-world';

// A city (C) with wards A and B, cell A1 under A; ward X ended on 2026-07-01; the outside province O.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const C = id(1), A = id(2), B = id(3), A1 = id(4), X = id(5), O = id(6), USER = id(90), CASE1 = id(50), CASE2 = id(51), P1 = id(70);
const unit = (uid: string, code: string, name: string, path: string, parentId: string | null, validTo: string | null = null): UnitRow => ({
  id: uid, code, name, level: 'GRASSROOTS', parentId, path, validFrom: '2020-01-01', validTo,
});
const UNITS = new Map<string, UnitRow>([
  [C, unit(C, 'TU', 'Thành ủy', `/${C}/`, null)],
  [A, unit(A, 'P-A', 'Đảng ủy phường A', `/${C}/${A}/`, C)],
  [B, unit(B, 'P-B', 'Đảng ủy phường B', `/${C}/${B}/`, C)],
  [A1, unit(A1, 'CB-A1', 'Chi bộ A1', `/${C}/${A}/${A1}/`, A)],
  [X, unit(X, 'P-X', 'Đảng ủy phường X', `/${C}/${X}/`, C, '2026-07-01')],
  [O, unit(O, 'TO', 'Tỉnh ủy khác', `/${O}/`, null)],
]);
const world = (over: Partial<OrgWorld> = {}): OrgWorld => ({
  decider: UNITS.get(C), units: UNITS, openCases: [], members: [], children: [], takenCodes: new Set(), users: new Set([USER]), rolesOnEnding: 0,
  ...over,
});
const decision = { number: '12-QĐ/TU', date: '2026-09-01', body: 'Ban Thường vụ Thành ủy' };
const plan = (p: Partial<OrgChangePlan>): OrgChangePlan => ({ kind: 'MERGE', effectiveDate: '2026-10-01', decision, units: [], newUnits: [], ...p });
const merge = (over: Partial<OrgChangePlan> = {}) =>
  plan({ units: [A, B], newUnits: [{ key: 'n', code: 'P-AB', name: 'Đảng ủy phường AB', level: 'UPPER_GRASSROOTS', parentId: C }], ...over });
const codes = (p: OrgChangePlan, w = world()) => treeProblems(p, w).map((x) => x.code);

describe('treeProblems', () => {
  it('accepts a merge of two active wards into a new unit under the deciding committee', () => {
    expect(treeProblems(merge(), world())).toEqual([]);
  });

  it.each([
    ['a unit that does not exist', merge({ units: [A, id(99)] }), 'UNIT_NOT_FOUND'],
    ['a unit ended before the effective date', merge({ units: [A, X] }), 'UNIT_NOT_ACTIVE'],
    ['a unit outside the deciding body', merge({ units: [A, O] }), 'OUTSIDE_SCOPE'],
    ['a successor outside the deciding body', plan({ kind: 'DISSOLVE', units: [B], recordsTo: { unitId: O } }), 'OUTSIDE_SCOPE'],
    ['absorption into an ended unit', plan({ kind: 'ABSORB', units: [B], intoUnitId: X }), 'SUCCESSOR_ENDED'],
    ['a new unit code already used', merge({ newUnits: [{ key: 'n', code: 'P-AB', name: 'AB', level: 'GRASSROOTS', parentId: C }] }), 'CODE_TAKEN'],
    ['a move under itself', plan({ kind: 'MOVE', units: [A], newParentId: A }), 'CYCLE'],
    ['a move under its own cell', plan({ kind: 'MOVE', units: [A], newParentId: A1 }), 'CYCLE'],
    ['an unknown role', merge({ roles: [{ userId: USER, to: { newUnit: 'n' }, role: 'KING' }] }), 'ROLE_UNKNOWN'],
    ['an unknown user', merge({ roles: [{ userId: id(91), to: { newUnit: 'n' }, role: 'SECRETARY' }] }), 'USER_NOT_FOUND'],
  ])('refuses %s', (_what, p, code) => {
    const w = world({ takenCodes: code === 'CODE_TAKEN' ? new Set(['P-AB']) : new Set<string>() });
    expect(codes(p, w)).toContain(code);
  });

  it('names the unit by name and code, in Vietnamese', () => {
    const [p] = treeProblems(merge({ units: [A, X] }), world());
    expect(p.message).toBe('Đảng ủy phường X (mã P-X) đã kết thúc hoạt động từ ngày 01/07/2026, trước ngày có hiệu lực 01/10/2026.');
  });

  it('refuses a split that leaves an open case without a successor, listing its title', () => {
    const openCases = [
      { id: CASE1, procedureId: 'p', title: 'Đơn thư số 1', orgUnitId: A, assignedUnitId: null, version: 3 },
      { id: CASE2, procedureId: 'p', title: 'Đơn thư số 2', orgUnitId: A, assignedUnitId: null, version: 1 },
    ];
    const split = plan({
      kind: 'SPLIT', units: [A], recordsTo: { newUnit: 'a1' },
      newUnits: [
        { key: 'a1', code: 'P-A1', name: 'Phường A1', level: 'GRASSROOTS', parentId: C },
        { key: 'a2', code: 'P-A2', name: 'Phường A2', level: 'GRASSROOTS', parentId: C },
      ],
      caseSuccessors: [{ caseId: CASE1, to: { newUnit: 'a2' } }],
      childSuccessors: [{ unitId: A1, to: { newUnit: 'a2' } }],
    });
    const problems = treeProblems(split, world({ openCases, children: [UNITS.get(A1)!] }));
    expect(problems).toEqual([expect.objectContaining({ code: 'SPLIT_CASE_WITHOUT_SUCCESSOR', message: expect.stringContaining('"Đơn thư số 2"') })]);
  });

  it('refuses to dissolve a unit with active units below it', () => {
    expect(codes(plan({ kind: 'DISSOLVE', units: [A], recordsTo: { unitId: C } }), world({ children: [UNITS.get(A1)!] }))).toEqual(['ACTIVE_CHILDREN']);
  });
});

describe('calendarDateProblems', () => {
  it('refuses a day the calendar does not have, accepts a leap day', () => {
    expect(calendarDateProblems(merge({ effectiveDate: '2026-02-30' })).map((p) => p.field)).toEqual(['effectiveDate']);
    expect(calendarDateProblems(merge({ effectiveDate: '2028-02-29' }))).toEqual([]);
  });
});

describe('planMoves', () => {
  it('merges: cases (own and assigned unit), members and child units go to the new unit; records edges from each ward', () => {
    const w = world({
      openCases: [
        { id: CASE1, procedureId: 'p', title: 't', orgUnitId: A, assignedUnitId: null, version: 1 },
        { id: CASE2, procedureId: 'p', title: 't', orgUnitId: C, assignedUnitId: B, version: 1 },
      ],
      members: [{ id: P1, fullName: 'Nguyễn Văn A', orgUnitId: A }],
      children: [UNITS.get(A1)!],
    });
    const moves = planMoves(merge(), w, new Map([['n', id(80)]]));
    expect(moves.caseMoves).toEqual([{ caseId: CASE1, orgUnitId: id(80) }, { caseId: CASE2, assignedUnitId: id(80) }]);
    expect(moves.memberMoves).toEqual([{ personId: P1, toUnitId: id(80) }]);
    expect(moves.reparent).toEqual([{ unitId: A1, parentId: id(80) }]);
    expect(moves.ending).toEqual([A, B]);
    expect(moves.lineage).toEqual([
      { predecessorId: A, successorId: id(80), records: true },
      { predecessorId: B, successorId: id(80), records: true },
    ]);
  });

  it('splits: each case to its named successor, records edge only to recordsTo', () => {
    const split = plan({
      kind: 'SPLIT', units: [A], recordsTo: { newUnit: 'a1' },
      newUnits: [
        { key: 'a1', code: 'P-A1', name: 'Phường A1', level: 'GRASSROOTS', parentId: C },
        { key: 'a2', code: 'P-A2', name: 'Phường A2', level: 'GRASSROOTS', parentId: C },
      ],
      caseSuccessors: [{ caseId: CASE1, to: { newUnit: 'a2' } }],
    });
    const w = world({
      openCases: [{ id: CASE1, procedureId: 'p', title: 't', orgUnitId: A, assignedUnitId: A, version: 1 }],
      members: [
        { id: P1, fullName: 'Người xin vào Đảng', orgUnitId: A, member: false },
        { id: id(71), fullName: 'Đảng viên', orgUnitId: A, member: true },
      ],
      caseSubjects: new Map([[CASE1, P1]]),
    });
    const moves = planMoves(split, w, new Map([['a1', id(81)], ['a2', id(82)]]));
    expect(moves.caseMoves).toEqual([{ caseId: CASE1, orgUnitId: id(82), assignedUnitId: id(82) }]);
    // The applicant follows the case about them; the member goes where the records go.
    expect(moves.memberMoves).toEqual([{ personId: P1, toUnitId: id(82) }, { personId: id(71), toUnitId: id(81) }]);
    expect(moves.lineage).toEqual([
      { predecessorId: A, successorId: id(81), records: true },
      { predecessorId: A, successorId: id(82), records: false },
    ]);
  });
});
