// An expulsion end to end over HTTP on a fresh install, on the seeded data only (changes-2026.md §3.1, §3.2, §3.9; issue
// 13 "Done when"): a full member's case from the cell's meeting, which votes khai trừ (≥ 2/3, B3.THRESHOLD_EXPULSION_PROPOSE)
// and proposes it up; the grassroots committee the matrix does not allow to expel forwards it; the upper-grassroots
// standing committee decides khai trừ (> 1/2, B3.THRESHOLD_EXPULSION_DECIDE) — each vote one below and at its threshold;
// the denominator counts the subject (VOTE.DENOMINATOR_EXCLUSIONS); a protection defers the upper level's decision with a
// term at its end. No SQL writes: the authority rows are the migration's.
import { addMonths, addCalendarDays } from '@hoso/kernel/legal-time';
import { refusalCheck } from '../support/refusals';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const TABLES = ['"case"', 'case_event', 'deadline', 'outbox_message', 'idempotency_key', 'discipline_authority', 'legal_rule'];
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
/** Today in Vietnam (UTC+7), the date the machines resolve rules on. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

const CELL = { kind: 'CELL', level: 'CELL' };
const GRASSROOTS_COMMITTEE = { kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' };
const UPPER_BTV = { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' };
const CENTRAL_COMMITTEE = { kind: 'PARTY_COMMITTEE', level: 'CENTRAL' };
const FORMS = ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH'];

describe('expulsion of a full member from the cell’s meeting to the competent level, on the seeded matrix', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let refused: ReturnType<typeof refusalCheck>;
  let subject: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    subject = await addPerson(t, 'dangvien', org.cellA.id, []);
    c = caseClient(t, org.tokens);
    refused = refusalCheck(t.dataSource, TABLES);
  });
  afterAll(() => t.close());

  /** The cell's seven full members, the subject among them: all seven count and get a ballot (24-QĐ/TW §9.3.2). */
  const cellRoster = () => ({ members: [...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, status: 'FULL' })), { id: subject.id, status: 'FULL' }], conflicted: [] });
  /** The upper-grassroots standing committee: seven members present, one probationary (neither votes nor counts). */
  const upperRoster = () => ({ members: [...['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'].map((id) => ({ id, status: 'FULL' })), { id: 'p1', status: 'PROBATIONARY' }], conflicted: [] });
  const tally = (votes: Record<string, number>, noDiscipline: number) => {
    const all = { KHAI_TRU: 0, CANH_CAO: 0, KHIEN_TRACH: 0, ...votes };
    return { forms: FORMS, votes: all, noDiscipline, invalid: 0, cast: Object.values(all).reduce((a, b) => a + b, 0) + noDiscipline };
  };
  const cellVote = (khaiTru: number) => ({
    decidingBody: CELL, subjectKind: 'FULL_MEMBER', tally: tally({ KHAI_TRU: khaiTru }, 7 - khaiTru), roster: cellRoster(), minutesRef: '03-BB/CB', meetingDate: today(),
  });
  const upperVote = (body: object, khaiTru: number) => ({
    decidingBody: body, subjectKind: 'FULL_MEMBER', tally: tally({ KHAI_TRU: khaiTru }, 7 - khaiTru), roster: upperRoster(), decisionRef: '45-QĐ/ĐU', decisionDate: today(),
  });

  /** A case registered at the cell, brought to its meeting. */
  async function atMeeting(name: string): Promise<CaseRef> {
    const input = {
      subject: { kind: 'FULL_MEMBER', name, userId: subject.id },
      violation: { summary: 'Vi phạm nghiêm trọng quy định về những điều đảng viên không được làm', occurredFrom: ago(200).slice(0, 10), continuing: false },
      evidenceRefs: ['20-KL/UBKT'],
      source: { procedureId: 'DIRECT' },
      concludedAt: ago(10).slice(0, 10),
    };
    const ref = await c.create('office', org.cellA.id, input, { procedureId: 'ky-luat' });
    await c.send('inspection', ref, 'CHECK_LIMITATION', {});
    await c.send('office', ref, 'SUBMIT_SELF_CRITICISM', { documentRef: 'BKĐ-01', submittedAt: ago(5) });
    await c.send('inspection', ref, 'RECORD_HEARING', { heldAt: ago(3), representative: 'Đồng chí Bí thư chi bộ', minutesRef: '07-BB/CB' });
    return ref;
  }
  const preview = async (who: string, ref: CaseRef, type: string, payload: unknown) => {
    const res = await t.http.post(`/cases/${ref.id}/vote-preview`).set(c.as(who)).send({ type, payload });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body;
  };

  it('ships the authority matrix for every level and form the rules state, with its basis and confidence', async () => {
    const rows: Record<string, unknown>[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http.get(`/discipline/authority?page=${page}&pageSize=100`).set(c.as('secretary')).expect(200);
      rows.push(...res.body.items);
      if (rows.length >= res.body.total) break;
    }
    const cell = (bodyKind: string, bodyLevel: string | null, subjectKind: string, form: string) =>
      rows.filter((r) => r.bodyKind === bodyKind && r.bodyLevel === bodyLevel && r.subjectKind === subjectKind && r.form === form);
    expect(cell('STANDING_COMMITTEE', 'UPPER_GRASSROOTS', 'FULL_MEMBER', 'KHAI_TRU')).toEqual([
      expect.objectContaining({ allowed: true, confidence: 'INFERRED', sourceRef: '[58][39]', legalBasis: expect.stringContaining('Điều lệ Đảng (2011), Điều 36') }),
    ]);
    expect(cell('PARTY_COMMITTEE', 'GRASSROOTS', 'FULL_MEMBER', 'KHAI_TRU')).toEqual([
      expect.objectContaining({ allowed: false, legalBasis: expect.stringContaining('được ủy quyền quyết định kết nạp') }),
    ]);
    for (const body of ['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION'])
      for (const level of ['UPPER_GRASSROOTS', 'PROVINCIAL'])
        for (const [subjectKind, forms] of [['FULL_MEMBER', ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU']], ['PROBATIONARY_MEMBER', ['KHIEN_TRACH', 'CANH_CAO']]] as const)
          for (const form of forms) expect(cell(body, level, subjectKind, form)).toEqual([expect.objectContaining({ allowed: true })]);
    for (const form of ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU']) expect(cell('PARTY_COMMITTEE', 'SECTION', 'FULL_MEMBER', form)).toEqual([expect.objectContaining({ allowed: false, confidence: 'STATED' })]);
    // The 296 rows and the Charter baseline (dated) for the cell; giải tán left for a committee to configure.
    expect(cell('CELL', null, 'FULL_MEMBER', 'CANH_CAO').map((r) => r.effectiveFrom)).toEqual(expect.arrayContaining(['2011-01-19', '2025-05-30']));
    expect(rows.filter((r) => r.form === 'GIAI_TAN' && r.allowed === true)).toEqual([]);
  });

  it('the cell one vote below two thirds (4 of 7, the subject counted): no expulsion — cảnh cáo, within the cell’s authority, in force on announcement', async () => {
    const ref = await atMeeting('Phạm Văn Dự');
    const p = await preview('wardA', ref, 'RECORD_VOTE', cellVote(4));
    expect(p).toMatchObject({ denominator: 7, passed: true, problems: [], nextState: { state: 'effective' } });
    expect(p.lines[0]).toMatchObject({ key: 'KHAI_TRU', counted: 4, needed: 5, thresholdLabel: 'ít nhất hai phần ba', reached: false });
    expect(p.warnings).toEqual(expect.arrayContaining([expect.stringContaining('VOTE.QUORUM_DISCIPLINE')]));
    const sent = await c.send('wardA', ref, 'RECORD_VOTE', cellVote(4));
    expect(sent.body.case).toMatchObject({ state: 'effective', tags: { form: 'CANH_CAO', enforced: 'true' } });
    expect((await c.view('wardA', ref)).context.decision).toMatchObject({ form: 'CANH_CAO', effect: 'ON_ANNOUNCEMENT', by: 'VOTING_BODY' });
  });

  const chain = {} as { ref: CaseRef };

  it('the cell at two thirds (5 of 7) votes khai trừ, beyond its authority: it proposes it to the grassroots committee', async () => {
    chain.ref = await atMeeting('Nguyễn Văn Khai');
    const ref = chain.ref;
    const voted = await c.send('wardA', ref, 'RECORD_VOTE', cellVote(5));
    expect(voted.body.case.state).toBe('voted');
    const v = (await c.view('wardA', ref)).context.vote;
    expect(v).toMatchObject({ decided: 'KHAI_TRU', denominator: 7, authority: 'BEYOND', at: today(), counts: { present: 7, excluded: { SUBJECT: 0, CONFLICT_OF_INTEREST: 0 } } });
    expect(v.steps[0]).toMatchObject({ form: 'KHAI_TRU', cumulativeVotes: 5, needed: 5, reached: true });
    // The cell may not decide it.
    const own = await refused(409, 'TRANSITION_REFUSED', () =>
      c.attempt('wardA', ref, 'DECIDE', { decidingBody: CELL, subjectKind: 'FULL_MEMBER', form: 'KHAI_TRU', decisionRef: '01-QĐ/CB' }),
    );
    expect(own.body.details.guards).toEqual(['withinAuthority']);
    expect(own.body.message).toContain('Bảng thẩm quyền: Chi bộ – Chi bộ – Đảng viên chính thức – Khai trừ – không có thẩm quyền');
    const proposed = await c.send('wardA', ref, 'PROPOSE_UP', { decidingBody: CELL, subjectKind: 'FULL_MEMBER', proposedTo: GRASSROOTS_COMMITTEE, proposalRef: '02-TTr/CB' });
    expect(proposed.body.case).toMatchObject({ state: 'proposedUp', reportCategory: 'PROPOSED_UP' });
  });

  it('the grassroots committee may not expel (not authorised to admit), a body with no row is "not configured" naming its cell; it forwards', async () => {
    const ref = chain.ref;
    const notAllowed = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', ref, 'UPPER_DECIDE', upperVote(GRASSROOTS_COMMITTEE, 5)));
    expect(notAllowed.body.details.guards).toEqual(['upperWithinAuthority']);
    expect(notAllowed.body.message).toContain('được ủy quyền quyết định kết nạp');
    const central = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', ref, 'UPPER_DECIDE', upperVote(CENTRAL_COMMITTEE, 5)));
    expect(central.body.details.guards).toEqual(['upperAuthorityConfigured']);
    expect(central.body.message).toMatch(VIETNAMESE);
    expect(central.body.message).toContain('Ô còn thiếu trong bảng thẩm quyền: Cấp ủy – Trung ương – Đảng viên chính thức – Khai trừ.');
    await c.send('wardA', ref, 'FORWARD_PROPOSAL', { proposedTo: UPPER_BTV, reason: 'Đảng ủy phường chưa được ủy quyền kết nạp đảng viên nên không có thẩm quyền khai trừ' });
    expect((await c.view('wardA', ref)).context.proposal).toMatchObject({ to: UPPER_BTV });
  });

  it('a member in hospital defers the upper level too: its decision waits; a term reminds the unit on the expected day; resuming needs the discharge', async () => {
    const ref = chain.ref;
    const expected = addCalendarDays(today(), 10);
    await c.send('wardA', ref, 'DEFER_PROTECTED', { ground: 'SERIOUS_ILLNESS_IN_HOSPITAL', evidenceRef: 'GNV-01', expectedEndOn: expected });
    const deferred = await c.view('wardA', ref);
    expect(deferred.state).toBe('deferred');
    expect(deferred.deadlines).toEqual([expect.objectContaining({ key: 'protectionEnd', ruleKey: 'B3.PROTECTION_END_TERM', status: 'PENDING', generation: 1 })]);
    // Due at the end of the expected day in Vietnam.
    expect(new Date(deferred.deadlines[0].dueAt).toISOString()).toBe(new Date(`${expected}T16:59:59.999Z`).toISOString());
    await refused(409, 'TRANSITION_NOT_ALLOWED', () => c.attempt('standing', ref, 'UPPER_DECIDE', upperVote(UPPER_BTV, 4)));
    // Discharged tomorrow is not yet; without the discharge's evidence neither.
    const early = await refused(409, 'TRANSITION_REFUSED', () =>
      c.attempt('wardA', ref, 'RESUME', { reason: 'Đã ra viện', protectionEndedOn: addCalendarDays(today(), 1), endEvidenceRef: 'GRV-01' }),
    );
    expect(early.body.details.guards).toEqual(['protectionEnded']);
    await refused(409, 'TRANSITION_REFUSED', () => c.attempt('wardA', ref, 'RESUME', { reason: 'Đã ra viện' }));
    const back = await c.send('wardA', ref, 'RESUME', { reason: 'Đã ra viện, đủ sức khỏe', protectionEndedOn: today(), endEvidenceRef: 'GRV-01' });
    expect(back.body.case.state).toBe('proposedUp');
    expect((await c.view('wardA', ref)).deadlines).toEqual([expect.objectContaining({ key: 'protectionEnd', status: 'CANCELLED' })]);
  });

  it('the upper-grassroots standing committee one below more than half (3 of 7): no discipline, as the step would decide (nothing written)', async () => {
    const p = await preview('standing', chain.ref, 'UPPER_DECIDE', upperVote(UPPER_BTV, 3));
    expect(p).toMatchObject({ denominator: 7, problems: [] });
    expect(p.lines.find((l: { key: string }) => l.key === 'KHAI_TRU')).toMatchObject({ counted: 3, needed: 4, thresholdLabel: 'quá một nửa', reached: false });
    // Nobody chose a lighter form: the khai trừ ballots counted cumulatively reach nothing either.
    expect(p).toMatchObject({ passed: false, outcome: 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn: không kỷ luật', nextState: { state: 'noDiscipline' } });
  });

  it('at more than half (4 of 7) it expels: both organisations’ shares, in force on its decision, on the seeded rows', async () => {
    const ref = chain.ref;
    const decided = await c.send('standing', ref, 'UPPER_DECIDE', upperVote(UPPER_BTV, 4));
    expect(decided.body.case).toMatchObject({ state: 'effective', reportCategory: 'DISCIPLINED', tags: { form: 'KHAI_TRU', enforced: 'true', outcome: 'DECIDED' } });
    const view = await c.view('standing', ref);
    expect(view.context.upperVote.expulsion).toMatchObject({
      expelled: true, proposing: { votes: 5, denominator: 7, needed: 5, reached: true }, deciding: { votes: 4, denominator: 7, needed: 4, reached: true },
    });
    expect(view.context.decision).toMatchObject({ form: 'KHAI_TRU', body: UPPER_BTV, by: 'UPPER_LEVEL', effect: 'ON_DECISION', at: today() });
    const items = (await t.http.get(`/cases/${ref.id}/timeline`).set(c.as('auditor')).expect(200)).body.items;
    expect(items.at(-1)).toMatchObject({
      type: 'UPPER_DECIDE',
      payload: {
        facts: {
          legalDate: { date: today(), field: 'decisionDate' },
          disciplineAuthority: { body: UPPER_BTV, forms: { KHAI_TRU: { decision: 'ALLOWED', confidence: 'INFERRED' } } },
          ruleValues: { 'B3.THRESHOLD_EXPULSION_DECIDE': { data: { numerator: 1, denominator: 2, strict: true }, confidence: 'STATED' } },
        },
      },
    });
  });

  it('giải tán has no threshold in the law: refused, saying so, until a committee confirms one; then the matrix names its empty cell', async () => {
    const input = {
      subject: { kind: 'ORGANISATION', name: 'Chi bộ Khu phố 3' },
      violation: { summary: 'Tổ chức đảng vi phạm nghiêm trọng nguyên tắc tập trung dân chủ', occurredFrom: ago(200).slice(0, 10), continuing: false },
      evidenceRefs: ['21-KL/UBKT'],
      source: { procedureId: 'DIRECT' },
      concludedAt: ago(10).slice(0, 10),
    };
    const ref = await c.create('office', org.wardA.id, input, { procedureId: 'ky-luat' });
    await c.send('inspection', ref, 'CHECK_LIMITATION', {});
    await c.send('office', ref, 'SUBMIT_SELF_CRITICISM', { documentRef: 'BKĐ-02', submittedAt: ago(5) });
    await c.send('inspection', ref, 'RECORD_HEARING', { heldAt: ago(3), representative: 'Đồng chí Phó Bí thư Đảng ủy', minutesRef: '08-BB/ĐU' });
    const orgTally = { forms: ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH'], votes: { GIAI_TAN: 5, CANH_CAO: 0, KHIEN_TRACH: 0 }, noDiscipline: 2, invalid: 0, cast: 7 };
    const dissolve = { decidingBody: UPPER_BTV, subjectKind: 'ORGANISATION', tally: orgTally, roster: upperRoster(), minutesRef: '09-BB/ĐU', meetingDate: today() };
    const p = await preview('standing', ref, 'RECORD_VOTE', dissolve);
    expect(p.problems).toEqual([expect.objectContaining({ code: 'THRESHOLD_MISSING', message: expect.stringContaining('B3.THRESHOLD_GIAI_TAN') })]);
    const waits = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', ref, 'RECORD_VOTE', dissolve));
    expect(waits.body.details.guards).toEqual(['dissolutionThresholdConfirmed']);
    expect(waits.body.message).toContain('Chưa có tỷ lệ biểu quyết giải tán tổ chức đảng được xác nhận');
    // The city's standing committee confirms a value for its subtree (an override with its reason, audited).
    await t.http.post('/rules/overrides').set(c.as('standing')).send({
      key: 'B3.THRESHOLD_GIAI_TAN', orgUnitId: org.city.id, value: null, valueData: { numerator: 2, denominator: 3, strict: false },
      reason: 'Ban Thường vụ Thành ủy xác nhận tỷ lệ biểu quyết giải tán tổ chức đảng: ít nhất hai phần ba',
    }).expect(201);
    await c.send('standing', ref, 'RECORD_VOTE', dissolve);
    const voted = await c.view('standing', ref);
    expect(voted.context.vote).toMatchObject({ decided: 'GIAI_TAN', denominator: 7, authority: 'NOT_CONFIGURED' });
    const decide = { decidingBody: UPPER_BTV, subjectKind: 'ORGANISATION', form: 'GIAI_TAN', decisionRef: '50-QĐ/ĐU' };
    const empty = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', ref, 'DECIDE', decide));
    expect(empty.body.details.guards).toEqual(['authorityConfigured']);
    expect(empty.body.message).toContain('Ô còn thiếu trong bảng thẩm quyền: Ban Thường vụ cấp ủy – Cấp trên cơ sở – Tổ chức đảng – Giải tán.');
  });

  it('nursing: the term runs to the day before the child’s first birthday; resuming before it is refused, saying from when', async () => {
    const ref = await atMeeting('Lê Thị Nhi');
    const born = addCalendarDays(today(), -90);
    await c.send('wardA', ref, 'DEFER_PROTECTED', { ground: 'NURSING_CHILD_UNDER_12_MONTHS', childBornOn: born, evidenceRef: 'GKS-01' });
    const view = await c.view('wardA', ref);
    const end = addMonths(born, 12);
    expect(view.context.deferrals[0]).toMatchObject({ until: end, resumeTo: 'meeting' });
    expect(view.deadlines).toEqual([expect.objectContaining({ key: 'protectionEnd', ruleKey: 'B3.PROTECT_NURSING_MONTHS', status: 'PENDING' })]);
    expect(new Date(view.deadlines[0].dueAt).toISOString()).toBe(new Date(`${addCalendarDays(end, -1)}T16:59:59.999Z`).toISOString());
    const early = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('wardA', ref, 'RESUME', { reason: 'Đề nghị tiếp tục xem xét' }));
    expect(early.body.message).toContain(`chỉ tiếp tục xem xét từ ngày ${end.split('-').reverse().join('/')}`);
  });
});
