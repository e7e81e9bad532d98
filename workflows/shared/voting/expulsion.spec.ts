import type { DisciplineForm } from '../facts';
import type { DisciplineTally } from './discipline-ballot';
import { decideExpulsion, type BodyVote, type ExpulsionThresholds } from './expulsion';
import { ballotRoster, type BallotRoster, type BodyMember } from './roster';
import { AT_LEAST_TWO_THIRDS, MORE_THAN_HALF } from './threshold';

/** The shares the rule rows seed (B3.THRESHOLD_EXPULSION_PROPOSE, _DECIDE): the library takes them as the caller's data. */
const EXPULSION_THRESHOLDS: ExpulsionThresholds = { proposing: AT_LEAST_TWO_THIRDS, deciding: MORE_THAN_HALF };

const FORMS: DisciplineForm[] = ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'];

const body = (present: number, absent = 0, conflicted: string[] = []): BallotRoster =>
  ballotRoster(
    [
      ...Array.from({ length: present }, (_, i): BodyMember => ({ id: `m${i}`, status: 'FULL' })),
      ...Array.from({ length: absent }, (_, i): BodyMember => ({ id: `a${i}`, status: 'FULL', absent: true })),
    ],
    new Set(conflicted),
  );

/** A body's ballot: `expel` for khai trừ, the rest of the ballots cast for no discipline. */
function vote(roster: BallotRoster, expel: number, cast = roster.voters.length, forms = FORMS): BodyVote {
  const votes: Partial<Record<DisciplineForm, number>> = {};
  for (const f of forms) votes[f] = 0;
  if (forms.includes('KHAI_TRU')) votes.KHAI_TRU = expel;
  const tally: DisciplineTally = { forms, votes, noDiscipline: cast - expel, invalid: 0, cast };
  return { tally, roster, quorum: null };
}

describe('decideExpulsion', () => {
  it.each<[string, BodyVote, BodyVote, boolean, boolean, boolean]>([
    ['two thirds of the cell and a majority of the committee', vote(body(9), 6), vote(body(7), 4), true, true, true],
    ['one vote short of two thirds in the cell', vote(body(9), 5), vote(body(7), 7), false, true, false],
    ['a tie in the deciding committee', vote(body(9), 9), vote(body(6), 3), true, false, false],
    ['absent cell members count against two thirds', vote(body(6, 3), 5), vote(body(7), 7), false, true, false],
    ['the subject, a committee member, is outside the committee’s denominator', vote(body(9), 6), vote(body(7, 0, ['m0']), 4), true, true, true],
  ])('%s', (_name, proposing, deciding, proposingReached, decidingReached, expelled) => {
    const result = decideExpulsion({ proposing, deciding }, EXPULSION_THRESHOLDS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([result.proposing.reached, result.deciding.reached, result.expelled]).toEqual([proposingReached, decidingReached, expelled]);
  });

  it('shows each organisation’s figures in Vietnamese', () => {
    const result = decideExpulsion({ proposing: vote(body(9), 6), deciding: vote(body(6), 3) }, EXPULSION_THRESHOLDS);
    expect(result).toMatchObject({
      ok: true,
      expelled: false,
      proposing: { votes: 6, denominator: 9, needed: 6, text: 'Tổ chức đề nghị: 6/9 phiếu khai trừ, cần 6 (Ít nhất hai phần ba): đạt' },
      deciding: { votes: 3, denominator: 6, needed: 4, text: 'Tổ chức quyết định: 3/6 phiếu khai trừ, cần 4 (Quá một nửa): chưa đạt' },
    });
  });

  it('takes the thresholds it is given (from the rule table)', () => {
    const lenient = { proposing: MORE_THAN_HALF, deciding: MORE_THAN_HALF };
    expect(decideExpulsion({ proposing: vote(body(9), 5), deciding: vote(body(7), 4) }, lenient)).toMatchObject({ ok: true, expelled: true });
  });

  it('decides nothing while either tally is invalid, saying which organisation’s it is', () => {
    const overCast = vote(body(7), 4, 8);
    const noExpulsion = vote(body(9), 0, 9, ['CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']);
    const result = decideExpulsion({ proposing: noExpulsion, deciding: overCast }, EXPULSION_THRESHOLDS);
    expect(result).toEqual({
      ok: false,
      problems: [
        { body: 'PROPOSING', code: 'EXPULSION_NOT_ON_BALLOT', message: 'Tổ chức đề nghị: Phiếu biểu quyết không có hình thức khai trừ' },
        {
          body: 'DECIDING',
          code: 'CAST_EXCEEDS_VOTERS',
          field: 'cast',
          message: 'Tổ chức quyết định: Số phiếu thu vào (8) lớn hơn số đảng viên được phát phiếu (7)',
        },
      ],
    });
  });

  it('refuses a body that misses its quorum', () => {
    const thin = { ...vote(body(3, 4), 3), quorum: MORE_THAN_HALF };
    expect(decideExpulsion({ proposing: vote(body(9), 6), deciding: thin }, EXPULSION_THRESHOLDS)).toMatchObject({
      ok: false,
      problems: [{ body: 'DECIDING', code: 'QUORUM_NOT_MET' }],
    });
  });
});
