import fc from 'fast-check';
import type { EventFacts } from '../shared/facts';
import { ADMISSION_RULES } from '../../migrations/1795302100000-AdmissionRules';
import { EXCLUSIONS_24 } from '../../migrations/1795302000000-DisciplineRules';
import { ballotRules, countVote } from './ket-nap-dang-vien.guards';
import { ketNapDangVienV1 as def } from './ket-nap-dang-vien.procedure';

/** The seeded shares in force today, as the service resolves them for the preview. */
const current = (key: string) => {
  const r = ADMISSION_RULES.find((x) => x.key === key && x.effectiveTo === null)!;
  return { ruleId: r.id, value: r.value, data: r.data ?? null, unit: r.unit as 'FRACTION', legalBasis: r.legalBasis, confidence: r.confidence };
};
/** VOTE.DENOMINATOR_EXCLUSIONS as seeded (24-QĐ/TW §9.3.2), or a committee's list adding more codes. */
const denominatorRule = (extra: string[] = []) => ({
  ruleId: 'd', value: null, data: { items: [...EXCLUSIONS_24.items, ...extra] }, unit: 'LIST' as const, legalBasis: 'Quy định 24-QĐ/TW, mục 9.3.2', confidence: 'UNVERIFIED',
});
const FACTS: EventFacts = {
  ruleValues: {
    ...Object.fromEntries(['C.CELL_THRESHOLD', 'C.AUTHORISED_GRASSROOTS_THRESHOLD', 'C.GRASSROOTS_PROPOSAL_THRESHOLD', 'C.RECOGNITION_THRESHOLD', 'VOTE.QUORUM_ADMISSION'].map((k) => [k, current(k)])),
    'VOTE.DENOMINATOR_EXCLUSIONS': denominatorRule(),
  },
};
const CONFLICTS_CONFIRMED: EventFacts = { ruleValues: { ...FACTS.ruleValues, 'VOTE.DENOMINATOR_EXCLUSIONS': denominatorRule(['CONFLICT_OF_INTEREST']) } };

const members = (n: number, prefix = 'm', extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, status: 'FULL', ...extra }));
const tally = (approve: number, reject: number) => ({ approve, reject, invalid: 0, cast: approve + reject });
const preview = (type: string, payload: unknown, facts: EventFacts | undefined = FACTS) => def.events[type].votePreview!({ context: {}, payload, facts });

describe('admission ballots preview', () => {
  it('marks the three yes/no ballots', () => {
    expect(Object.entries(def.events).filter(([, e]) => e.votePreview).map(([t]) => t)).toEqual(['CELL_VOTE', 'GRASSROOTS_VOTE', 'CELL_RECOGNITION_VOTE']);
  });

  it('two thirds of the counted members: probationary members are out; a declared conflict counts until the committee confirms otherwise', () => {
    const roster = { members: [...members(9), { id: 'dubi', status: 'PROBATIONARY' }, { id: 'cha', status: 'FULL' }], conflicted: ['cha'] };
    // The seeded list (24-QĐ/TW §9.3.2): the member with a conflict keeps the vote, 10 counted, 7 needed.
    expect(preview('CELL_VOTE', { ...roster, tally: tally(6, 4) })).toMatchObject({ denominator: 10, passed: false, lines: [{ votes: 6, needed: 7, reached: false }] });
    expect(preview('CELL_VOTE', { ...roster, tally: tally(7, 3) })).toMatchObject({ denominator: 10, passed: true, lines: [{ needed: 7, reached: true }] });
    // The committee's list naming conflicts of interest: 9 counted, 6 needed.
    const below = preview('CELL_VOTE', { meetingDate: '2026-03-01', ...roster, tally: tally(5, 4) }, CONFLICTS_CONFIRMED);
    expect(below).toMatchObject({ denominator: 9, passed: false, lines: [{ key: 'approve', label: 'Tán thành đề nghị kết nạp', votes: 5, needed: 6, reached: false }] });
    // The share as seeded (2/3, not strict); no quorum rule: the warning is part of the outcome.
    expect(below.outcome).toBe('Không thông qua: tán thành 5/9 phiếu, cần 6 (ít nhất hai phần ba tổng số). Chưa có quy định về số người có mặt tối thiểu (VOTE.QUORUM_ADMISSION): không kiểm tra túc số.');
    expect(below.denominatorLabel).toMatch(/^11 đảng viên trong danh sách, trừ 1 người là đối tượng .* và 1 người là đảng viên dự bị .*: 9 người được tính/);
    expect(preview('CELL_VOTE', { ...roster, tally: tally(6, 3) }, CONFLICTS_CONFIRMED)).toMatchObject({ passed: true, lines: [{ needed: 6, reached: true }] });
    // No denominator rule in force: nothing is counted, and the problem names the rule.
    const noRule = preview('CELL_VOTE', { ...roster, tally: tally(9, 0) }, { ruleValues: { ...FACTS.ruleValues, 'VOTE.DENOMINATOR_EXCLUSIONS': null } });
    expect(noRule.passed).toBe(false);
    expect(noRule.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('VOTE.DENOMINATOR_EXCLUSIONS') })]);
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
        const rules = ballotRules('CELL_VOTE', {}, FACTS);
        if (!rules.ok) throw new Error('no seeded share');
        const decision = countVote(payload as never, rules.rules);
        const p = preview('CELL_VOTE', payload);
        expect(p.passed).toBe(decision.ok && decision.passed);
        expect(p.problems.map((x) => x.message)).toEqual(decision.ok ? [] : decision.problems.map((x) => x.message));
      }),
    );
    fc.assert(fc.property(fc.anything(), (payload) => expect(typeof preview('GRASSROOTS_VOTE', payload).outcome).toBe('string')), { numRuns: 200 });
  });

  it('counts with the share the facts give, and counts nothing without one (naming the rule)', () => {
    const payload = { members: members(9), tally: tally(6, 3) };
    const threeQuarters = { ...FACTS, ruleValues: { ...FACTS.ruleValues, 'C.CELL_THRESHOLD': { ...current('C.CELL_THRESHOLD'), data: { numerator: 3, denominator: 4, strict: false } } } };
    expect(preview('CELL_VOTE', payload, threeQuarters)).toMatchObject({ passed: false, lines: [{ needed: 7, reached: false }] });
    const none = preview('CELL_VOTE', payload, {});
    expect(none.passed).toBe(false);
    expect(none.lines[0]).toMatchObject({ thresholdLabel: 'chưa có tỷ lệ biểu quyết', reached: false });
    expect(none.problems).toEqual([expect.objectContaining({ code: 'THRESHOLD_MISSING', message: expect.stringContaining('C.CELL_THRESHOLD') })]);
  });
});
