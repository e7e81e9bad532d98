import { DISCIPLINE_FORMS, type DisciplineForm } from '../facts';
import { decideByCumulativeCount, validateTally, type DisciplineDecision, type DisciplineTally, type DisciplineThresholds } from './discipline-ballot';
import { ballotRoster, type BallotRoster, type BodyMember } from './roster';
import { MORE_THAN_HALF, AT_LEAST_TWO_THIRDS, fractionThreshold } from './threshold';

const MEMBER_FORMS: DisciplineForm[] = ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'];
/** The thresholds the rule rows seed (69-QĐ/TW Art. 15): the library takes them as the caller's data. */
const DISCIPLINE_THRESHOLDS: DisciplineThresholds = { KHAI_TRU: AT_LEAST_TWO_THIRDS, CACH_CHUC: MORE_THAN_HALF, CANH_CAO: MORE_THAN_HALF, KHIEN_TRACH: MORE_THAN_HALF };
const RULES = { thresholds: DISCIPLINE_THRESHOLDS, quorum: null };

const members = (prefix: string, n: number, extra: Partial<BodyMember> = {}): BodyMember[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, status: 'FULL', ...extra }));
/** A cell where `present` full members vote and `absent` full members (not exempt) still count. */
const cell = (present: number, absent = 0): BallotRoster =>
  ballotRoster([...members('m', present), ...members('a', absent, { absent: true })], new Set());

/** A tally whose ballots all add up: cast = votes + no discipline + invalid. */
function tally(votes: Partial<Record<DisciplineForm, number>>, noDiscipline = 0, invalid = 0, forms = MEMBER_FORMS): DisciplineTally {
  const full: Partial<Record<DisciplineForm, number>> = {};
  for (const f of forms) full[f] = votes[f] ?? 0;
  const cast = Object.values(full).reduce((a, b) => a + b, 0) + noDiscipline + invalid;
  return { forms, votes: full, noDiscipline, invalid, cast };
}

const codes = (t: DisciplineTally, r: BallotRoster) => validateTally(t, r).map((p) => p.code);

describe('validateTally', () => {
  const nine = cell(9);

  it('accepts a tally whose ballots add up on a roster that can hold them', () => {
    expect(validateTally(tally({ KHAI_TRU: 2, CANH_CAO: 4 }, 2, 1), nine)).toEqual([]);
  });

  it.each<[string, DisciplineTally, string[]]>([
    ['a negative count', { ...tally({ CANH_CAO: 4 }), noDiscipline: -1, cast: 3 }, ['COUNT_NEGATIVE']],
    ['a count that is not a whole number', { ...tally({ CANH_CAO: 4 }), invalid: 0.5 }, ['COUNT_NOT_INTEGER']],
    ['a form on the ballot with no count entered', { ...tally({ CANH_CAO: 4 }), votes: { KHAI_TRU: 0, CACH_CHUC: 0, CANH_CAO: 4 } }, ['COUNT_MISSING']],
    ['votes for a form not on the ballot', { ...tally({ CANH_CAO: 4 }, 0, 0, ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']), votes: { KHAI_TRU: 0, CANH_CAO: 4, KHIEN_TRACH: 0, CACH_CHUC: 1 } }, ['VOTES_FOR_FORM_NOT_ON_BALLOT']],
    ['counts adding up to more than the ballots cast', { ...tally({ CANH_CAO: 4 }, 3), cast: 6 }, ['COUNTS_EXCEED_CAST']],
    ['ballots cast that were never counted', { ...tally({ CANH_CAO: 4 }, 3), cast: 8 }, ['COUNTS_BELOW_CAST']],
    ['more ballots cast than members given one', tally({ CANH_CAO: 6 }, 4), ['CAST_EXCEEDS_VOTERS']],
    ['no forms on the ballot', { forms: [], votes: {}, noDiscipline: 3, invalid: 0, cast: 3 }, ['BALLOT_FORMS_EMPTY']],
    ['forms lightest first', tally({ CANH_CAO: 4 }, 0, 0, ['KHIEN_TRACH', 'CANH_CAO']), ['BALLOT_FORMS_NOT_HEAVIEST_FIRST']],
    ['a form listed twice', tally({ CANH_CAO: 4 }, 0, 0, ['KHAI_TRU', 'CANH_CAO', 'CANH_CAO']), ['BALLOT_FORM_REPEATED']],
    ['a form that does not exist', tally({ CANH_CAO: 4 }, 0, 0, ['CANH_CAO', 'PHAT_TIEN' as DisciplineForm]), ['BALLOT_FORM_UNKNOWN']],
  ])('refuses %s with its code', (_name, t, expected) => {
    expect(codes(t, nine)).toEqual(expected);
  });

  it('reports every problem at once, each with a Vietnamese message naming the figures', () => {
    const problems = validateTally({ ...tally({ KHAI_TRU: 7, CANH_CAO: 3 }, 2), cast: 11 }, nine);
    expect(problems).toEqual([
      { code: 'COUNTS_EXCEED_CAST', field: 'cast', message: 'Tổng số phiếu đã kiểm (12) lớn hơn số phiếu thu vào (11)' },
      { code: 'CAST_EXCEEDS_VOTERS', field: 'cast', message: 'Số phiếu thu vào (11) lớn hơn số đảng viên được phát phiếu (9)' },
    ]);
    const bad = validateTally({ ...tally({ CANH_CAO: 4 }), votes: { KHAI_TRU: -2, CACH_CHUC: 0, CANH_CAO: 4, KHIEN_TRACH: 1.5 } }, nine);
    expect(bad).toEqual([
      { code: 'COUNT_NEGATIVE', field: 'votes.KHAI_TRU', message: 'Số phiếu khai trừ không được âm (đã nhập -2)' },
      { code: 'COUNT_NOT_INTEGER', field: 'votes.KHIEN_TRACH', message: 'Số phiếu khiển trách phải là số nguyên (đã nhập 1.5)' },
    ]);
  });

  it('refuses ballots from probationary members: they get none, so 12 ballots in a cell of 9 full members is too many', () => {
    const roster = ballotRoster([...members('m', 9), ...members('p', 3, { status: 'PROBATIONARY' })], new Set());
    expect(codes(tally({ CANH_CAO: 7 }, 5), roster)).toEqual(['CAST_EXCEEDS_VOTERS']);
  });

  it('refuses ballots beyond the members present, although absent members count in the denominator', () => {
    const roster = cell(7, 2);
    expect(roster.denominator).toBe(9);
    expect(codes(tally({ CANH_CAO: 5 }, 3), roster)).toEqual(['CAST_EXCEEDS_VOTERS']);
    expect(codes(tally({ CANH_CAO: 5 }, 2), roster)).toEqual([]);
  });

  it('refuses a vote where nobody is counted', () => {
    expect(codes(tally({}, 0), cell(0))).toEqual(['DENOMINATOR_ZERO']);
  });
});

type Step = [DisciplineForm, number, number, number, boolean];

describe('decideByCumulativeCount: worked examples', () => {
  it.each<[string, BallotRoster, DisciplineTally, DisciplineForm | null, Step[]]>([
    ['expulsion reaching its own two thirds', cell(9), tally({ KHAI_TRU: 6, CANH_CAO: 2 }, 1), 'KHAI_TRU', [['KHAI_TRU', 6, 6, 6, true]]],
    [
      'five votes to expel out of nine: not two thirds, but removal from post by cumulative count',
      cell(9),
      tally({ KHAI_TRU: 5 }, 4),
      'CACH_CHUC',
      [
        ['KHAI_TRU', 5, 5, 6, false],
        ['CACH_CHUC', 0, 5, 5, true],
      ],
    ],
    [
      'votes spread over every form, decided only at the lightest',
      cell(9),
      tally({ KHAI_TRU: 2, CACH_CHUC: 1, CANH_CAO: 1, KHIEN_TRACH: 1 }, 4),
      'KHIEN_TRACH',
      [
        ['KHAI_TRU', 2, 2, 6, false],
        ['CACH_CHUC', 1, 3, 5, false],
        ['CANH_CAO', 1, 4, 5, false],
        ['KHIEN_TRACH', 1, 5, 5, true],
      ],
    ],
    [
      'even the lightest cumulative count misses: no discipline',
      cell(9),
      tally({ KHAI_TRU: 2, CACH_CHUC: 1, CANH_CAO: 1 }, 4, 1),
      null,
      [
        ['KHAI_TRU', 2, 2, 6, false],
        ['CACH_CHUC', 1, 3, 5, false],
        ['CANH_CAO', 1, 4, 5, false],
        ['KHIEN_TRACH', 0, 4, 5, false],
      ],
    ],
    [
      'a member with no post: the ballot has no removal from post',
      cell(9),
      tally({ KHAI_TRU: 3, CANH_CAO: 2, KHIEN_TRACH: 2 }, 2, 0, ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']),
      'CANH_CAO',
      [
        ['KHAI_TRU', 3, 3, 6, false],
        ['CANH_CAO', 2, 5, 5, true],
      ],
    ],
    [
      'a tie (5 of 10) does not pass more than half',
      cell(10),
      tally({ CANH_CAO: 5 }, 5),
      null,
      [
        ['KHAI_TRU', 0, 0, 7, false],
        ['CACH_CHUC', 0, 0, 6, false],
        ['CANH_CAO', 5, 5, 6, false],
        ['KHIEN_TRACH', 0, 5, 6, false],
      ],
    ],
    [
      'absent members count against: 5 warnings out of 7 present still pass on 9 counted',
      cell(7, 2),
      tally({ CANH_CAO: 5 }, 2),
      'CANH_CAO',
      [
        ['KHAI_TRU', 0, 0, 6, false],
        ['CACH_CHUC', 0, 0, 5, false],
        ['CANH_CAO', 5, 5, 5, true],
      ],
    ],
    [
      'absent members count against: 4 warnings out of 6 present fail on 9 counted',
      cell(6, 3),
      tally({ CANH_CAO: 4 }, 2),
      null,
      [
        ['KHAI_TRU', 0, 0, 6, false],
        ['CACH_CHUC', 0, 0, 5, false],
        ['CANH_CAO', 4, 4, 5, false],
        ['KHIEN_TRACH', 0, 4, 5, false],
      ],
    ],
  ])('%s', (_name, roster, t, decided, steps) => {
    const result = decideByCumulativeCount(t, roster, RULES);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.decided).toBe(decided);
    expect(result.steps.map((s): Step => [s.form, s.ownVotes, s.cumulativeVotes, s.needed, s.reached])).toEqual(steps);
  });

  it('reads out each step and the outcome in Vietnamese', () => {
    const result = decideByCumulativeCount(tally({ KHAI_TRU: 5 }, 4), cell(9), RULES);
    expect(result).toMatchObject({
      ok: true,
      denominator: 9,
      text: 'Quyết định hình thức Cách chức sau khi cộng dồn: 5/9 phiếu, cần 5',
    });
    expect(result.ok && result.steps.map((s) => s.text)).toEqual([
      'Khai trừ: 5 phiếu, cộng dồn 5/9, cần 6 (Ít nhất hai phần ba): chưa đạt',
      'Cách chức: 0 phiếu, cộng dồn 5/9, cần 5 (Quá một nửa): đạt',
    ]);
    const none = decideByCumulativeCount(tally({ CANH_CAO: 2 }, 7), cell(9), RULES);
    expect(none.ok && none.text).toBe('Không hình thức nào đạt ngưỡng, kể cả khi cộng dồn: không kỷ luật');
  });

  it('takes the subject out of the denominator: 5 warnings pass in a cell of 10 where the subject is a member', () => {
    const roster = ballotRoster(members('m', 10), new Set(['m0']));
    expect(roster.denominator).toBe(9);
    expect(decideByCumulativeCount(tally({ CANH_CAO: 5 }, 4), roster, RULES)).toMatchObject({ ok: true, decided: 'CANH_CAO' });
    // Had the subject been counted, 5 of 10 would be a tie and fail.
    expect(decideByCumulativeCount(tally({ CANH_CAO: 5 }, 5), cell(10), RULES)).toMatchObject({ ok: true, decided: null });
  });

  it('uses each form’s own threshold: a deciding body with expulsion at more than half expels on 5 of 9', () => {
    const deciding = { thresholds: { ...DISCIPLINE_THRESHOLDS, KHAI_TRU: MORE_THAN_HALF }, quorum: null };
    expect(decideByCumulativeCount(tally({ KHAI_TRU: 5 }, 4), cell(9), deciding)).toMatchObject({ ok: true, decided: 'KHAI_TRU' });
  });

  it('refuses an organisation’s ballot listing dissolution until a threshold for it is given (open question Q4)', () => {
    const forms: DisciplineForm[] = ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH'];
    const t = tally({ GIAI_TAN: 7 }, 2, 0, forms);
    expect(decideByCumulativeCount(t, cell(9), RULES)).toEqual({
      ok: false,
      problems: [{ code: 'THRESHOLD_MISSING', message: 'Chưa có ngưỡng biểu quyết cho hình thức Giải tán' }],
    });
    const withDissolution = { thresholds: { ...DISCIPLINE_THRESHOLDS, GIAI_TAN: AT_LEAST_TWO_THIRDS }, quorum: null };
    expect(decideByCumulativeCount(t, cell(9), withDissolution)).toMatchObject({ ok: true, decided: 'GIAI_TAN' });
  });

  it('decides nothing from an invalid tally, nor when the quorum is missed', () => {
    const over = { ...tally({ KHAI_TRU: 7 }, 3), cast: 9 };
    expect(decideByCumulativeCount(over, cell(9), RULES)).toMatchObject({ ok: false, problems: [{ code: 'COUNTS_EXCEED_CAST' }] });
    const quorum = { thresholds: DISCIPLINE_THRESHOLDS, quorum: fractionThreshold(2, 3, false) };
    expect(decideByCumulativeCount(tally({ KHAI_TRU: 5 }), cell(5, 4), quorum)).toMatchObject({
      ok: false,
      problems: [{ code: 'QUORUM_NOT_MET' }],
    });
    expect(decideByCumulativeCount(tally({ KHAI_TRU: 6 }), cell(6, 3), quorum)).toMatchObject({ ok: true, decided: 'KHAI_TRU' });
  });
});

// ---- Every distribution of ballots, on every ballot a member can be given ----

const SEVERITY = (f: DisciplineForm | null): number => (f === null ? -1 : DISCIPLINE_FORMS.indexOf(f));

/** The rule restated in plain arithmetic, apart from the library's threshold code. */
const reaches = (votes: number, denominator: number, form: DisciplineForm): boolean =>
  form === 'KHAI_TRU' ? votes * 3 >= denominator * 2 : votes * 2 > denominator;

/** All ways of putting `total` ballots into `parts` piles. */
function* compositions(total: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [total];
    return;
  }
  for (let first = 0; first <= total; first++) for (const rest of compositions(total - first, parts - 1)) yield [first, ...rest];
}

/** Every non-empty sub-list of the member forms, heaviest first (e.g. no removal from post for a member with none). */
const BALLOTS: DisciplineForm[][] = Array.from({ length: 15 }, (_, mask) => MEMBER_FORMS.filter((_, i) => ((mask + 1) >> i) & 1));

interface Case {
  roster: BallotRoster;
  t: DisciplineTally;
}

function* allCases(): Generator<Case> {
  const rosters = [cell(1), cell(2), cell(3), cell(4), cell(5), cell(6), cell(4, 2), cell(3, 2)];
  for (const roster of rosters)
    for (const forms of BALLOTS)
      for (let cast = 0; cast <= roster.voters.length; cast++)
        for (const piles of compositions(cast, forms.length + 2)) {
          const votes: Partial<Record<DisciplineForm, number>> = {};
          forms.forEach((f, i) => (votes[f] = piles[i]));
          yield { roster, t: { forms, votes, noDiscipline: piles[forms.length], invalid: piles[forms.length + 1], cast } };
        }
}

describe('decideByCumulativeCount: invariants over every distribution', () => {
  const cases = [...allCases()].map(({ roster, t }) => ({ roster, t, result: decideByCumulativeCount(t, roster, RULES) }));
  const decidedOf = (result: DisciplineDecision): DisciplineForm | null => {
    if (!result.ok) throw new Error(`valid tally refused: ${JSON.stringify(result.problems)}`);
    return result.decided;
  };
  /** The cases breaking a rule, shown with their ballots so a failure reads as a counter-example. */
  const breaking = (rule: (c: (typeof cases)[number]) => boolean) =>
    cases.filter((c) => !rule(c)).slice(0, 3).map(({ roster, t, result }) => ({ denominator: roster.denominator, t, result }));

  it('covers thousands of distributions, on every ballot, and accepts every one of them', () => {
    expect(cases.length).toBeGreaterThan(5000);
    expect(breaking(({ result }) => result.ok)).toEqual([]);
  });

  it('decides the heaviest form whose cumulative count (its votes and every heavier form’s) reaches its threshold', () => {
    const expected = ({ roster, t }: Case): DisciplineForm | null => {
      const cumulative = (f: DisciplineForm) =>
        t.forms.filter((g) => SEVERITY(g) >= SEVERITY(f)).reduce((sum, g) => sum + (t.votes[g] as number), 0);
      const reached = t.forms.filter((f) => reaches(cumulative(f), roster.denominator, f));
      return reached.sort((a, b) => SEVERITY(b) - SEVERITY(a))[0] ?? null;
    };
    expect(breaking((c) => decidedOf(c.result) === expected(c))).toEqual([]);
  });

  it('decides no discipline exactly when even the lightest cumulative count (all form votes) misses', () => {
    const lightestMisses = ({ roster, t }: Case): boolean => {
      const allFormVotes = t.forms.reduce((sum, f) => sum + (t.votes[f] as number), 0);
      return !reaches(allFormVotes, roster.denominator, t.forms[t.forms.length - 1]);
    };
    expect(breaking((c) => (decidedOf(c.result) === null) === lightestMisses(c))).toEqual([]);
  });

  it('never expels without two thirds voting for expulsion itself, and always expels with them', () => {
    expect(cases.some((c) => decidedOf(c.result) === 'KHAI_TRU')).toBe(true);
    expect(
      breaking(({ roster, t, result }) => {
        const twoThirds = t.forms.includes('KHAI_TRU') && (t.votes.KHAI_TRU as number) * 3 >= roster.denominator * 2;
        return (decidedOf(result) === 'KHAI_TRU') === twoThirds;
      }),
    ).toEqual([]);
  });

  it('decides a form that reaches its threshold on its own votes (cumulating never overrides it)', () => {
    expect(
      breaking(({ roster, t, result }) => {
        const alone = t.forms.find((f) => reaches(t.votes[f] as number, roster.denominator, f));
        return alone === undefined || decidedOf(result) === alone;
      }),
    ).toEqual([]);
  });

  it('never decides a lighter form when one more ballot goes to a heavier form instead of to no discipline', () => {
    expect(
      breaking(({ roster, t, result }) =>
        t.forms.every((f) => {
          if (t.noDiscipline === 0) return true;
          const moved = { ...t, votes: { ...t.votes, [f]: (t.votes[f] as number) + 1 }, noDiscipline: t.noDiscipline - 1 };
          return SEVERITY(decidedOf(decideByCumulativeCount(moved, roster, RULES))) >= SEVERITY(decidedOf(result));
        }),
      ),
    ).toEqual([]);
  });

  it('lists the steps as running sums from the heaviest form, stopping at the decided one', () => {
    expect(
      breaking(({ t, result }) => {
        const decided = decidedOf(result);
        if (!result.ok) return false;
        const length = decided === null ? t.forms.length : t.forms.indexOf(decided) + 1;
        let running = 0;
        return (
          result.steps.length === length &&
          result.steps.every((s, i) => {
            running += t.votes[s.form] as number;
            const last = i === result.steps.length - 1;
            return (
              s.form === t.forms[i] &&
              s.ownVotes === t.votes[s.form] &&
              s.cumulativeVotes === running &&
              s.reached === (decided !== null && last) &&
              s.reached === s.cumulativeVotes >= s.needed
            );
          })
        );
      }),
    ).toEqual([]);
  });
});
