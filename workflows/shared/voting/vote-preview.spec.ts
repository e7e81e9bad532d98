import fc from 'fast-check';
import { decideByCumulativeCount, type DisciplineThresholds } from './discipline-ballot';
import { ballotRoster, type BallotRoster, type BodyMember } from './roster';
import { AT_LEAST_TWO_THIRDS, MORE_THAN_HALF } from './threshold';
import { decideYesNo } from './yes-no';
import { rosterAsEntered } from './as-entered';
import { disciplinePreview, yesNoPreview, type VotePreview } from './vote-preview';

const full = (prefix: string, n: number, extra: Partial<BodyMember> = {}): BodyMember[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, status: 'FULL', ...extra }));
const present = (n: number): BallotRoster => ballotRoster(full('m', n), new Set());

const MEMBER_FORMS = ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH'] as const;
/** The thresholds the rule rows seed (69-QĐ/TW Art. 15): the library takes them as the caller's data. */
const DISCIPLINE_THRESHOLDS: DisciplineThresholds = { KHAI_TRU: AT_LEAST_TWO_THIRDS, CACH_CHUC: MORE_THAN_HALF, CANH_CAO: MORE_THAN_HALF, KHIEN_TRACH: MORE_THAN_HALF };
const DISCIPLINE_RULES = { thresholds: DISCIPLINE_THRESHOLDS, quorum: null };

/** A yes/no tally whose ballots add up (no invalid ballots). */
const yesNo = (approve: number, reject: number) => ({ approve, reject, invalid: 0, cast: approve + reject });

const discipline = (votes: Partial<Record<(typeof MEMBER_FORMS)[number], number>>, noDiscipline: number) => {
  const all = { KHAI_TRU: 0, CANH_CAO: 0, KHIEN_TRACH: 0, ...votes };
  return { forms: [...MEMBER_FORMS], votes: all, noDiscipline, invalid: 0, cast: Object.values(all).reduce((a, b) => a + b, 0) + noDiscipline };
};

const line = (p: VotePreview, key: string) => p.lines.find((l) => l.key === key);

describe('yesNoPreview', () => {
  type Rules = Parameters<typeof yesNoPreview>[0]['rules'];
  const twoThirds: Rules = { threshold: AT_LEAST_TWO_THIRDS, quorum: null };
  const half: Rules = { threshold: MORE_THAN_HALF, quorum: null };
  const preview = (tally: unknown, roster: BallotRoster, rules: Rules = twoThirds) =>
    yesNoPreview({ label: 'Chi bộ biểu quyết', tally, roster, rules, memberNoun: 'đảng viên' });

  it('at least two thirds: 5 of 9 is one vote short, 6 of 9 passes', () => {
    const below = preview(yesNo(5, 4), present(9));
    expect(below).toMatchObject({ passed: false, problems: [], denominator: 9, cast: 9, quorum: null });
    expect(below.lines).toEqual([{ key: 'approve', label: 'Tán thành', votes: 5, counted: 5, needed: 6, thresholdLabel: 'ít nhất hai phần ba', reached: false }]);
    expect(below.outcome).toBe('Không thông qua: tán thành 5/9 phiếu, cần 6 (ít nhất hai phần ba tổng số)');
    const at = preview(yesNo(6, 3), present(9));
    expect(at).toMatchObject({ passed: true, problems: [], lines: [{ votes: 6, needed: 6, reached: true }] });
    expect(at.outcome).toBe('Thông qua: tán thành 6/9 phiếu, cần 6 (ít nhất hai phần ba tổng số)');
  });

  it('more than half: a tie (4 of 8) does not pass, 5 of 8 does', () => {
    expect(preview(yesNo(4, 4), present(8), half)).toMatchObject({ passed: false, lines: [{ needed: 5, thresholdLabel: 'quá một nửa', reached: false }] });
    expect(preview(yesNo(5, 3), present(8), half)).toMatchObject({ passed: true, lines: [{ needed: 5, reached: true }] });
  });

  it('absent members still count against; excluded ones reduce the denominator, and the label says how', () => {
    const roster = ballotRoster(
      [...full('m', 7), { id: 'vang', status: 'FULL', absent: true }, { id: 'dubi', status: 'PROBATIONARY' }, { id: 'doituong', status: 'FULL' }],
      new Set(['doituong']),
    );
    const p = preview(yesNo(6, 1), roster);
    // 10 listed, 2 not counted: 8, of which 6 approvals reach two thirds (16/3 → 6).
    expect(p).toMatchObject({ denominator: 8, passed: true, lines: [{ needed: 6, reached: true }] });
    expect(p.denominatorLabel).toBe(
      '10 đảng viên trong danh sách, trừ 1 người là đối tượng của vụ việc hoặc có xung đột lợi ích và 1 người là đảng viên dự bị (không biểu quyết): ' +
        '8 người được tính vào tổng số (7 người có mặt được phát phiếu, 1 người vắng mặt vẫn được tính)',
    );
    // The same approvals without the exclusions: 6 of 10 falls short of two thirds.
    expect(preview(yesNo(6, 1), ballotRoster([...full('m', 7), ...full('x', 3, { absent: true })], new Set()))).toMatchObject({
      denominator: 10, passed: false, lines: [{ needed: 7, reached: false }],
    });
  });

  it('a quorum not met refuses the count, with the library message', () => {
    const roster = ballotRoster([...full('m', 4), ...full('a', 5, { absent: true })], new Set());
    const p = preview(yesNo(4, 0), roster, { threshold: MORE_THAN_HALF, quorum: MORE_THAN_HALF });
    expect(p.quorum).toEqual({ required: 5, present: 4, met: false, label: 'Có mặt 4/9 người được tính, cần 5 (quá một nửa tổng số): không đủ' });
    expect(p.problems).toEqual([{ code: 'QUORUM_NOT_MET', field: null, message: 'Số đảng viên có mặt (4/9) không đủ: cần quá một nửa tổng số' }]);
    expect(p).toMatchObject({ passed: false, outcome: 'Chưa tính được kết quả: Số đảng viên có mặt (4/9) không đủ: cần quá một nửa tổng số' });
    // One more member present makes it.
    const five = ballotRoster([...full('m', 5), ...full('a', 4, { absent: true })], new Set());
    expect(preview(yesNo(5, 0), five, { threshold: MORE_THAN_HALF, quorum: MORE_THAN_HALF })).toMatchObject({
      quorum: { required: 5, present: 5, met: true }, problems: [], passed: true,
    });
  });

  it('counts that do not add up, or are not entered yet, are problems (payload paths), not an exception', () => {
    const p = preview({ approve: 6, reject: 2, invalid: 0, cast: 9 }, present(9));
    expect(p.problems).toEqual([
      { code: 'COUNTS_BELOW_CAST', field: 'tally.cast', message: 'Tổng số phiếu đã kiểm (8) nhỏ hơn số phiếu thu vào (9): còn 1 phiếu chưa kiểm' },
    ]);
    expect(p).toMatchObject({ passed: false, outcome: 'Chưa tính được kết quả: Tổng số phiếu đã kiểm (8) nhỏ hơn số phiếu thu vào (9): còn 1 phiếu chưa kiểm' });
    // The line still shows the approvals entered so far.
    expect(line(p, 'approve')).toMatchObject({ votes: 6, needed: 6, reached: true });
    const empty = preview({ approve: 3 }, present(9));
    expect(empty.problems.map((x) => [x.code, x.field])).toEqual([
      ['COUNT_MISSING', 'tally.reject'],
      ['COUNT_MISSING', 'tally.invalid'],
      ['COUNT_MISSING', 'tally.cast'],
    ]);
    expect(empty).toMatchObject({ cast: null, passed: false, outcome: 'Chưa tính được kết quả: Chưa nhập số phiếu không tán thành (và 2 vấn đề khác)' });
  });

  it('agrees with decideYesNo on every valid tally', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.nat(15), fc.nat(15), fc.nat(3), (n, a, r, i) => {
        const roster = present(n);
        const tally = { approve: a, reject: r, invalid: i, cast: a + r + i };
        const decision = decideYesNo(tally, roster, twoThirds);
        const p = preview(tally, roster);
        expect(p.passed).toBe(decision.ok && decision.passed);
        expect(p.problems.map((x) => x.code)).toEqual(decision.ok ? [] : decision.problems.map((x) => x.code));
        if (decision.ok) expect(p.lines[0]).toMatchObject({ needed: decision.needed, reached: decision.passed });
      }),
    );
  });
});

describe('disciplinePreview', () => {
  const preview = (tally: unknown, roster: BallotRoster, rules: Parameters<typeof disciplinePreview>[0]['rules'] = DISCIPLINE_RULES, warnings?: string[]) =>
    disciplinePreview({ label: 'Bỏ phiếu kỷ luật', tally, roster, rules, memberNoun: 'ủy viên', warnings });

  it('counts cumulatively: cảnh cáo reaches more than half only with the khai trừ ballots added', () => {
    // 9 counted: khai trừ 2 (needs 6), cảnh cáo 3 → 5 cumulative (needs 5).
    const p = preview(discipline({ KHAI_TRU: 2, CANH_CAO: 3, KHIEN_TRACH: 1 }, 3), present(9));
    expect(p.lines).toEqual([
      { key: 'KHAI_TRU', label: 'Khai trừ', votes: 2, counted: 2, needed: 6, thresholdLabel: 'ít nhất hai phần ba', reached: false },
      { key: 'CANH_CAO', label: 'Cảnh cáo – hình thức được quyết định', votes: 3, counted: 5, needed: 5, thresholdLabel: 'quá một nửa', reached: true },
      {
        key: 'KHIEN_TRACH', label: 'Khiển trách (không xét: đã đủ phiếu ở hình thức nặng hơn)', votes: 1, counted: 6, needed: 5,
        thresholdLabel: 'quá một nửa', reached: true,
      },
    ]);
    expect(p).toMatchObject({ passed: true, problems: [], outcome: 'Đủ phiếu thi hành kỷ luật: Cảnh cáo (5/9 phiếu cộng dồn, cần 5)' });
    // One ballot fewer for cảnh cáo: 4 cumulative, then khiển trách 5 reaches.
    const lower = preview(discipline({ KHAI_TRU: 2, CANH_CAO: 2, KHIEN_TRACH: 1 }, 4), present(9));
    expect(lower.lines.map((l) => [l.key, l.counted, l.reached])).toEqual([['KHAI_TRU', 2, false], ['CANH_CAO', 4, false], ['KHIEN_TRACH', 5, true]]);
    expect(lower.outcome).toBe('Đủ phiếu thi hành kỷ luật: Khiển trách (5/9 phiếu cộng dồn, cần 5)');
  });

  it('khai trừ at least two thirds: 5 of 9 is one short (cảnh cáo follows cumulatively), 6 of 9 expels', () => {
    const below = preview(discipline({ KHAI_TRU: 5 }, 4), present(9));
    expect(line(below, 'KHAI_TRU')).toMatchObject({ counted: 5, needed: 6, reached: false });
    expect(below.outcome).toBe('Đủ phiếu thi hành kỷ luật: Cảnh cáo (5/9 phiếu cộng dồn, cần 5)');
    const at = preview(discipline({ KHAI_TRU: 6 }, 3), present(9));
    expect(line(at, 'KHAI_TRU')).toMatchObject({ label: 'Khai trừ – hình thức được quyết định', counted: 6, needed: 6, reached: true });
    expect(at.outcome).toBe('Đủ phiếu thi hành kỷ luật: Khai trừ (6/9 phiếu, cần 6)');
  });

  it('more than half: a tie does not discipline, one vote more does', () => {
    const tie = preview(discipline({ KHIEN_TRACH: 4 }, 4), present(8));
    expect(tie).toMatchObject({ passed: false, outcome: 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn: không kỷ luật' });
    expect(line(tie, 'KHIEN_TRACH')).toMatchObject({ counted: 4, needed: 5, reached: false });
    const one = preview(discipline({ KHIEN_TRACH: 5 }, 3), present(8));
    expect(one).toMatchObject({ passed: true, outcome: 'Đủ phiếu thi hành kỷ luật: Khiển trách (5/8 phiếu, cần 5)' });
  });

  it('counts not adding up give the library problems, lines as entered and no outcome', () => {
    const p = preview({ ...discipline({ KHAI_TRU: 3, CANH_CAO: 3 }, 2), cast: 7 }, present(9));
    expect(p.problems).toEqual([{ code: 'COUNTS_EXCEED_CAST', field: 'tally.cast', message: 'Tổng số phiếu đã kiểm (8) lớn hơn số phiếu thu vào (7)' }]);
    expect(p).toMatchObject({ passed: false, cast: 7, outcome: 'Chưa tính được kết quả: Tổng số phiếu đã kiểm (8) lớn hơn số phiếu thu vào (7)' });
    expect(p.lines.map((l) => [l.key, l.counted])).toEqual([['KHAI_TRU', 3], ['CANH_CAO', 6], ['KHIEN_TRACH', 6]]);
  });

  it('a ballot with no forms yet shows the expected forms with nothing counted', () => {
    const p = disciplinePreview({
      label: 'Bỏ phiếu', tally: {}, roster: present(5), rules: DISCIPLINE_RULES, memberNoun: 'ủy viên', expectedForms: ['CANH_CAO', 'KHIEN_TRACH'],
    });
    expect(p.lines.map((l) => [l.key, l.votes, l.needed])).toEqual([['CANH_CAO', 0, 3], ['KHIEN_TRACH', 0, 3]]);
    expect(p.problems.map((x) => x.code)).toEqual(['BALLOT_FORMS_EMPTY', 'COUNT_MISSING', 'COUNT_MISSING', 'COUNT_MISSING']);
  });

  it('excluded members reduce the denominator and so the votes needed', () => {
    const tally = discipline({ CANH_CAO: 4 }, 1);
    expect(preview(tally, present(9))).toMatchObject({ denominator: 9, passed: false, lines: [{}, { counted: 4, needed: 5, reached: false }, {}] });
    const withSubject = rosterAsEntered([...full('m', 5), ...full('a', 2, { absent: true }), { id: 'doituong', status: 'FULL' }], ['doituong']);
    const p = preview(tally, withSubject);
    // 8 listed minus the subject: 7, of which 4 is more than half.
    expect(p).toMatchObject({ denominator: 7, passed: true, lines: [{}, { counted: 4, needed: 4, reached: true }, {}] });
    expect(p.denominatorLabel).toBe(
      '8 ủy viên trong danh sách, trừ 1 người là đối tượng của vụ việc hoặc có xung đột lợi ích: 7 người được tính vào tổng số ' +
        '(5 người có mặt được phát phiếu, 2 người vắng mặt vẫn được tính)',
    );
  });

  it('carries the warnings it is given (a rule nobody confirmed) without changing the result; none by default', () => {
    const roster = present(9);
    const warned = preview(discipline({ CANH_CAO: 5 }, 4), roster, DISCIPLINE_RULES, ['Chưa có quy định về số đảng viên phải có mặt']);
    expect(warned).toMatchObject({ passed: true, problems: [], warnings: ['Chưa có quy định về số đảng viên phải có mặt'] });
    expect(preview(discipline({ CANH_CAO: 5 }, 4), roster).warnings).toEqual([]);
    expect(yesNoPreview({ label: 'x', tally: yesNo(6, 3), roster, rules: { threshold: AT_LEAST_TWO_THIRDS, quorum: null }, memberNoun: 'đảng viên' }).warnings).toEqual([]);
  });

  it('a quorum not met refuses the count', () => {
    const roster = ballotRoster([...full('m', 5), ...full('a', 5, { absent: true })], new Set());
    const p = preview(discipline({ CANH_CAO: 5 }, 0), roster, { thresholds: DISCIPLINE_THRESHOLDS, quorum: AT_LEAST_TWO_THIRDS });
    expect(p).toMatchObject({ passed: false, quorum: { required: 7, present: 5, met: false }, problems: [{ code: 'QUORUM_NOT_MET', field: null }] });
  });

  it('agrees with decideByCumulativeCount on every valid tally: decided form, cumulative counts, votes needed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }), (n, [k, c, t, none]) => {
        const roster = present(n);
        const tally = discipline({ KHAI_TRU: k, CANH_CAO: c, KHIEN_TRACH: t }, none);
        const decision = decideByCumulativeCount(tally, roster, DISCIPLINE_RULES);
        const p = preview(tally, roster);
        expect(p.passed).toBe(decision.ok && decision.decided !== null);
        if (!decision.ok) return expect(p.problems.map((x) => x.code)).toEqual(decision.problems.map((x) => x.code));
        for (const step of decision.steps) {
          expect(line(p, step.form)).toMatchObject({ votes: step.ownVotes, counted: step.cumulativeVotes, needed: step.needed, reached: step.reached });
        }
      }),
    );
  });
});

describe('never throws on input as entered', () => {
  it('any payload shape gives a preview with problems', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (tally, members, conflicted) => {
        const roster = rosterAsEntered(members, conflicted);
        const a = disciplinePreview({ label: 'x', tally, roster, rules: DISCIPLINE_RULES, memberNoun: 'ủy viên' });
        const b = yesNoPreview({ label: 'x', tally, roster, rules: { threshold: AT_LEAST_TWO_THIRDS, quorum: MORE_THAN_HALF }, memberNoun: 'ủy viên' });
        for (const p of [a, b]) {
          // Something entered that cannot be counted is always said; a passed vote has nothing left to fix.
          if (p.passed) expect(p.problems).toEqual([]);
          else expect(p.problems.length > 0 || /^Không/.test(p.outcome)).toBe(true);
          for (const l of p.lines) expect([l.votes, l.counted, l.needed].every(Number.isSafeInteger)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Counts beyond any ballot: problems, and lines that stay exact numbers.
    const huge = Number.MAX_SAFE_INTEGER;
    const p = disciplinePreview({ label: 'x', tally: { forms: MEMBER_FORMS, votes: { KHAI_TRU: huge, CANH_CAO: huge, KHIEN_TRACH: 0 }, noDiscipline: 0, invalid: 0, cast: huge }, roster: present(3), rules: DISCIPLINE_RULES, memberNoun: 'ủy viên' });
    expect(p.problems.map((x) => x.code)).toEqual(['COUNTS_EXCEED_CAST', 'CAST_EXCEEDS_VOTERS']);
    expect(p.lines.map((l) => l.counted)).toEqual([huge, huge, huge]);
  });
});
