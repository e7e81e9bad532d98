import fc from 'fast-check';
import { countVote } from './ket-nap-dang-vien.guards';
import { ketNapDangVienV1 as def } from './ket-nap-dang-vien.procedure';

const members = (n: number, prefix = 'm', extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, status: 'FULL', ...extra }));
const tally = (approve: number, reject: number) => ({ approve, reject, invalid: 0, cast: approve + reject });
const preview = (type: string, payload: unknown) => def.events[type].votePreview!({ context: {}, payload });

describe('admission ballots preview', () => {
  it('marks the three yes/no ballots', () => {
    expect(Object.entries(def.events).filter(([, e]) => e.votePreview).map(([t]) => t)).toEqual(['CELL_VOTE', 'GRASSROOTS_VOTE', 'CELL_RECOGNITION_VOTE']);
  });

  it('two thirds of the counted members: probationary and conflicted members are out of the denominator', () => {
    const roster = { members: [...members(9), { id: 'dubi', status: 'PROBATIONARY' }, { id: 'cha', status: 'FULL' }], conflicted: ['cha'] };
    const below = preview('CELL_VOTE', { meetingDate: '2026-03-01', ...roster, tally: tally(5, 4) });
    expect(below).toMatchObject({ denominator: 9, passed: false, lines: [{ key: 'approve', label: 'Tán thành đề nghị kết nạp', votes: 5, needed: 6, reached: false }] });
    expect(below.outcome).toBe('Không thông qua: tán thành 5/9 phiếu, cần 6 (ít nhất hai phần ba tổng số)');
    expect(below.denominatorLabel).toMatch(/^11 đảng viên trong danh sách, trừ 1 người là đối tượng .* và 1 người là đảng viên dự bị .*: 9 người được tính/);
    expect(preview('CELL_VOTE', { ...roster, tally: tally(6, 3) })).toMatchObject({ passed: true, lines: [{ needed: 6, reached: true }] });
  });

  it('says what approving means for recognition', () => {
    expect(preview('CELL_RECOGNITION_VOTE', { proposal: 'STRIKE_OFF', members: members(3), tally: tally(2, 1) }).lines[0].label).toBe('Tán thành xóa tên');
    expect(preview('GRASSROOTS_VOTE', { members: members(3, 'u'), tally: tally(2, 1) }).denominatorLabel).toMatch(/^3 ủy viên/);
  });

  it('agrees with countVote (the guards and the recorded vote) on any payload as entered', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.nat(2), fc.nat(12), fc.nat(12), fc.integer({ min: -1, max: 1 }), (n, probationary, a, r, castError) => {
        const payload = {
          members: [...members(n), ...members(probationary, 'p', { status: 'PROBATIONARY' })],
          tally: { approve: a, reject: r, invalid: 0, cast: a + r + castError },
        };
        const decision = countVote(payload as never);
        const p = preview('CELL_VOTE', payload);
        expect(p.passed).toBe(decision.ok && decision.passed);
        expect(p.problems.map((x) => x.message)).toEqual(decision.ok ? [] : decision.problems.map((x) => x.message));
      }),
    );
    fc.assert(fc.property(fc.anything(), (payload) => expect(typeof preview('GRASSROOTS_VOTE', payload).outcome).toBe('string')), { numRuns: 200 });
  });
});
