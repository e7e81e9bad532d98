import { checkQuorum, quorumProblems } from './quorum';
import { ballotRoster, type BodyMember } from './roster';
import { AT_LEAST_TWO_THIRDS, MORE_THAN_HALF } from './threshold';

const cell = (present: number, absent: number): BodyMember[] => [
  ...Array.from({ length: present }, (_, i): BodyMember => ({ id: `p${i}`, status: 'FULL' })),
  ...Array.from({ length: absent }, (_, i): BodyMember => ({ id: `a${i}`, status: 'FULL', absent: true })),
];

describe('quorum', () => {
  it('counts members present on the denominator, which includes absent members who are not exempt', () => {
    expect(checkQuorum(ballotRoster(cell(5, 4), new Set()), MORE_THAN_HALF)).toEqual({
      present: 5,
      denominator: 9,
      quorum: MORE_THAN_HALF,
      needed: 5,
      met: true,
    });
    expect(checkQuorum(ballotRoster(cell(4, 5), new Set()), MORE_THAN_HALF).met).toBe(false);
  });

  it('does not count probationary members as present towards a quorum', () => {
    const members: BodyMember[] = [...cell(4, 5), { id: 'x', status: 'PROBATIONARY' }, { id: 'y', status: 'PROBATIONARY' }];
    expect(checkQuorum(ballotRoster(members, new Set()), MORE_THAN_HALF)).toMatchObject({ present: 4, denominator: 9, met: false });
  });

  it('reports a missed quorum with its figures, and nothing when the caller states no quorum rule applies', () => {
    const roster = ballotRoster(cell(5, 4), new Set());
    expect(quorumProblems(roster, AT_LEAST_TWO_THIRDS)).toEqual([
      { code: 'QUORUM_NOT_MET', message: 'Số đảng viên có mặt (5/9) không đủ: cần ít nhất hai phần ba tổng số' },
    ]);
    expect(quorumProblems(roster, MORE_THAN_HALF)).toEqual([]);
    expect(quorumProblems(ballotRoster(cell(0, 9), new Set()), null)).toEqual([]);
  });
});
