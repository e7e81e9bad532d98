// The discipline chain end to end over HTTP (issue "Denunciation, inspection, discipline with votes, complaints"):
// a 1374 case is moved to inspection (a linked case), the inspection concludes a violation to disciplinary level and
// refers it to discipline (a linked ky-luat case), the body votes with a roster and decides within the authority the
// seeded matrix gives (Charter Art. 36 baseline), the member complains (a linked khieu-nai-ky-luat case), the complaint changes the form, and
// the statistics of the four procedures count it. Every bad input on the way is a 4xx that writes nothing.
//
// The machines stamp each step with the server's clock, so the dates given here are relative to today.
import type { Response } from 'supertest';
import { Role } from '@hoso/workflows';
import { refusalCheck } from '../support/refusals';
import { fileSignedCopy } from '../support/signed-copy';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const TABLES = ['"case"', 'case_event', 'case_link', 'case_participant', 'outbox_message', 'deadline', 'idempotency_key', 'discipline_authority'];
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dateAgo = (days: number) => ago(days).slice(0, 10);
/** A year back to tomorrow: holds every case of the chain. */
const PERIOD = `?from=${encodeURIComponent(ago(365))}&to=${encodeURIComponent(ago(-1))}`;
const BEFORE = `?from=${encodeURIComponent(ago(3650))}&to=${encodeURIComponent(ago(1000))}`;

const SUBJECT_NAME = 'Trần Văn Bình';
const classify = { infoType: 'TO_CAO', subject: { kind: 'PERSON', name: SUBJECT_NAME, isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };
const violation = { summary: 'Nhận tiền của doanh nghiệp để bỏ qua sai phạm', occurredFrom: dateAgo(200), continuing: false };
const STANDING = { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' };
const CENTRAL_UBKT = { kind: 'INSPECTION_COMMISSION', level: 'CENTRAL' };
// The standing committee's members at the meeting: seven full members present, one absent (still counted), one
// probationary (no vote), one who declared a conflict of interest (votes and counts: no committee confirmed leaving
// conflicts out, VOTE.DENOMINATOR_EXCLUSIONS): 8 given a ballot, 9 counted.
const roster = {
  members: [
    ...['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'].map((id) => ({ id, status: 'FULL' })),
    { id: 'vang-mat', status: 'FULL', absent: true },
    { id: 'du-bi', status: 'PROBATIONARY' },
    { id: 'xung-dot', status: 'FULL' },
  ],
  conflicted: ['xung-dot'],
};
// Khai trừ 2, cảnh cáo 3: cảnh cáo reaches 5/9 (more than half) only by cumulative counting.
const tally = { forms: ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH'], votes: { KHAI_TRU: 2, CANH_CAO: 3, KHIEN_TRACH: 1 }, noDiscipline: 1, invalid: 0, cast: 7 };
const vote = { decidingBody: STANDING, subjectKind: 'FULL_MEMBER', tally, roster, minutesRef: '05-BB/TU' };
const decide = { decidingBody: STANDING, subjectKind: 'FULL_MEMBER', form: 'CANH_CAO', decisionRef: '120-QĐ/TU' };

describe('discipline chain end to end over HTTP: 1374 → inspection → discipline with a vote → complaint → reports', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  /** The member the 1374 case is about: a city standing committee member, so only the exclusion hides the chain. */
  let subject: { id: string; token: string };
  const chain: Record<'petition' | 'inspection' | 'discipline' | 'complaint', CaseRef> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    subject = await addPerson(t, 'doituong', org.city.id, [Role.STANDING_COMMITTEE_MEMBER]);
    c = caseClient(t, { ...org.tokens, subject: subject.token });
  });
  afterAll(() => t.close());

  const refused = (status: number, code: string, request: () => PromiseLike<Response>) => refusalCheck(t.dataSource, TABLES)(status, code, request);
  const timeline = async (who: string, ref: CaseRef) => (await t.http.get(`/cases/${ref.id}/timeline`).set(c.as(who)).expect(200)).body;
  const stats = async (who: string, procedureId: string, query = PERIOD) => {
    const res = await t.http.get(`/statistics/${procedureId}${query}`).set(c.as(who));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body;
  };
  const offered = async (who: string, ref: CaseRef) => (await c.view(who, ref)).availableEvents.map((e: { type: string }) => e.type);

  describe('1374 → inspection', () => {
    it('classifies a petition about a party member, records the member as its subject, and moves it to inspection', async () => {
      const P = (chain.petition = await c.create('taskForce', org.city.id, registration({ title: 'Đơn tố cáo đồng chí Trần Văn Bình nhận tiền', receivedAt: ago(60) })));
      await c.send('taskForce', P, 'START_SCREENING');
      await c.send('taskForce', P, 'CLASSIFY', classify);
      await t.http.post(`/cases/${P.id}/participants`).set(c.as('taskForce')).send({ relation: 'SUBJECT', userId: subject.id, reason: 'Người bị tố cáo' }).expect(201);

      // The task force may not move it; the inspection commission may.
      await refused(403, 'ROLE_NOT_ALLOWED', () => c.attempt('taskForce', P, 'MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm' }));
      const moved = await c.send('inspection', P, 'MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu nhận tiền của doanh nghiệp' });
      expect(moved.body.case).toMatchObject({ procedureId: 'quy-dinh-1374', state: 'inspectionHandover', reportCategory: 'MOVED_TO_INSPECTION' });
      expect(moved.body.children).toEqual([{ caseId: expect.any(String), procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION' }]);
      chain.inspection = { id: moved.body.children[0].caseId, version: 1 };

      const K = await c.view('inspection', chain.inspection);
      expect(K).toMatchObject({
        procedureId: 'kiem-tra-dau-hieu-vi-pham',
        state: 'proposed',
        orgUnitId: org.city.id,
        links: { parent: { caseId: P.id, procedureId: 'quy-dinh-1374', link: 'INSPECTION' } },
        context: { registration: { subject: { kind: 'PERSON', name: SUBJECT_NAME, isParty: true }, initiatingBody: { kind: 'INSPECTION_COMMISSION' } } },
      });
      expect((await c.view('secretary', P)).links.children).toEqual([expect.objectContaining({ caseId: chain.inspection.id, link: 'INSPECTION' })]);
    });

    it('runs the inspection with separation of duties: who opened it does not decide it, who drafted does not conclude', async () => {
      const K = chain.inspection;
      const plan = { decisionRef: '15-QĐ/UBKT', planSummary: 'Kiểm tra dấu hiệu vi phạm', team: 'Đoàn kiểm tra số 3' };
      const sod = await refused(403, 'SEPARATION_OF_DUTIES', () => c.attempt('inspection', K, 'DECIDE', plan));
      expect(sod.body.message).toMatch(VIETNAMESE);
      await c.send('standing', K, 'DECIDE', plan);
      await c.send('inspection', K, 'ANNOUNCE', { announcedAt: ago(50) });
      await c.send('inspection', K, 'RECORD_EXPLANATION', { receivedAt: ago(45), summary: 'Báo cáo giải trình của đối tượng.' });
      await c.send('inspection', K, 'START_VERIFICATION');
      await c.send('inspection', K, 'RECORD_VERIFICATION', { kind: 'DOCUMENTS', summary: 'Thu thập chứng từ chuyển tiền.', documentRef: '03-BB/ĐKT' });
      await c.send('inspection', K, 'SUBMIT_DRAFT_REPORT', { summary: 'Dự thảo báo cáo kết quả kiểm tra.' });
      const conclusion = { outcome: 'VIOLATION_DISCIPLINE', summary: 'Có vi phạm đến mức phải xem xét kỷ luật.', conclusionRef: '20-KL/UBKT' };
      await refused(403, 'SEPARATION_OF_DUTIES', () => c.attempt('inspection', K, 'CONCLUDE', conclusion));
      const concluded = await c.send('standing', K, 'CONCLUDE', conclusion);
      expect(concluded.body.case).toMatchObject({ state: 'concluded.disciplineRequired', reportCategory: 'CONCLUDED', tags: { outcome: 'VIOLATION_DISCIPLINE' } });

      // The 1374 case learns the conclusion and moves on.
      const P = await c.view('office', chain.petition);
      expect(P).toMatchObject({ state: 'inspectionConcluded', context: { inspectionResult: { childCaseId: K.id, outcome: 'VIOLATION_DISCIPLINE' } } });
      chain.petition.version = P.version;
      // Notifying the inspection's conclusion before referring it to discipline is refused.
      await refused(409, 'TRANSITION_NOT_ALLOWED', () => c.attempt('standing', K, 'NOTIFY', { audiences: ['UNIT'], summary: 'Thông báo kết luận.' }));
    });

    it('refers the conclusion to discipline: a ky-luat case linked to the inspection, which waits for it', async () => {
      const K = chain.inspection;
      // A person registered only as PERSON: the referral must say full or probationary member.
      const unknown = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', K, 'REFER_TO_DISCIPLINE', { violation }));
      expect(unknown.body.message).toContain('đảng viên chính thức');
      const referred = await c.send('standing', K, 'REFER_TO_DISCIPLINE', { subjectKind: 'FULL_MEMBER', violation });
      expect(referred.body.case).toMatchObject({ state: 'disciplineReferred.awaitingDecision' });
      expect(referred.body.children).toEqual([{ caseId: expect.any(String), procedureId: 'ky-luat', link: 'DISCIPLINE' }]);
      chain.discipline = { id: referred.body.children[0].caseId, version: 1 };
      const D = await c.view('secretary', chain.discipline);
      expect(D).toMatchObject({
        procedureId: 'ky-luat',
        state: 'concluded',
        stateLabel: 'Đã kết luận vi phạm – chờ xác định thời hiệu',
        title: `Kỷ luật: ${SUBJECT_NAME}`,
        orgUnitId: org.city.id,
        links: { parent: { caseId: K.id, procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'DISCIPLINE' } },
        context: { input: { subject: { kind: 'FULL_MEMBER', name: SUBJECT_NAME }, violation, evidenceRefs: ['15-QĐ/UBKT', '03-BB/ĐKT', '20-KL/UBKT'] } },
      });
      // The inspection's conclusion is the conclusion "to disciplinary level": its date (in Vietnam) is passed on.
      const concludedAt = (await c.view('secretary', K)).context.conclusion.concludedAt as string;
      expect(D.context.input.concludedAt).toBe(new Date(Date.parse(concludedAt) + 7 * 3_600_000).toISOString().slice(0, 10));
      expect((await c.view('secretary', K)).links.children).toEqual([expect.objectContaining({ caseId: chain.discipline.id, link: 'DISCIPLINE' })]);
      await refused(409, 'TRANSITION_NOT_ALLOWED', () => c.attempt('standing', K, 'NOTIFY', { audiences: ['UNIT'], summary: 'Thông báo kết luận.' }));
    });
  });

  describe('discipline', () => {
    it('checks the limitation with the rule values in force, written on the timeline', async () => {
      const D = chain.discipline;
      // A corrected conclusion date may be neither in the future nor before the violation began.
      const future = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('inspection', D, 'CHECK_LIMITATION', { concludedAt: ago(-2) }));
      expect(future.body.details.guards).toEqual(['conclusionDateValid']);
      await refused(409, 'TRANSITION_REFUSED', () => c.attempt('inspection', D, 'CHECK_LIMITATION', { concludedAt: ago(300) }));
      // Without a correction the limitation runs up to the inspection's conclusion.
      await c.send('inspection', D, 'CHECK_LIMITATION', {});
      const seen = await c.view('secretary', D);
      expect(seen.state).toBe('proceedings.selfCriticism');
      expect(seen.context.limitation.concludedAt).toBe(seen.context.input.concludedAt);
      const canhCao = seen.context.limitation.table.find((l: { form: string }) => l.form === 'CANH_CAO');
      expect(canhCao).toMatchObject({ ruleKey: 'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC', months: 120, timeBarred: false });
      expect(canhCao.text).toMatch(/còn thời hiệu$/);
      const items = (await timeline('auditor', D)).items;
      expect(items.at(-1)).toMatchObject({
        type: 'CHECK_LIMITATION',
        actorId: org.userIds.inspection,
        payload: {
          facts: {
            ruleValues: {
              'B3.LIMIT_MEMBER_KHIEN_TRACH': expect.objectContaining({ value: 60, unit: 'MONTHS' }),
              'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC': expect.objectContaining({ value: 120, unit: 'MONTHS' }),
              'B3.LIMIT_MEMBER_KHAI_TRU': expect.objectContaining({ value: null }),
              'B3.LIMIT_ORG_KHIEN_TRACH': expect.objectContaining({ value: 60 }),
              'B3.LIMIT_ORG_CANH_CAO': expect.objectContaining({ value: 120 }),
            },
          },
        },
      });
    });

    it('takes the self-criticism and the hearing', async () => {
      const D = chain.discipline;
      await c.send('office', D, 'SUBMIT_SELF_CRITICISM', { documentRef: 'BKĐ-01', submittedAt: ago(25) });
      const heard = await c.send('inspection', D, 'RECORD_HEARING', { heldAt: ago(20), representative: 'Đồng chí Phó Chủ nhiệm UBKT', minutesRef: '07-BB/UBKT' });
      expect(heard.body.case).toMatchObject({ state: 'proceedings.meeting', stateLabel: 'Chờ họp, bỏ phiếu kín' });
    });

    it('refuses a tally whose counts exceed the ballots collected, or ballots beyond the members given one (400, 409 under the rule)', async () => {
      const D = chain.discipline;
      const over = await refused(400, 'VALIDATION_FAILED', () =>
        c.attempt('office', D, 'RECORD_VOTE', { ...vote, tally: { ...tally, votes: { ...tally.votes, KHAI_TRU: 3 } } }),
      );
      expect(over.body.details.fields).toEqual([
        { field: 'tally', constraint: 'tallyMatchesRoster', message: 'COUNTS_EXCEED_CAST: Tổng số phiếu đã kiểm (8) lớn hơn số phiếu thu vào (7)' },
      ]);
      // Ten ballots, and only nine listed members are present: no rule could make that right (400).
      const beyondAll = await refused(400, 'VALIDATION_FAILED', () =>
        c.attempt('office', D, 'RECORD_VOTE', { ...vote, tally: { ...tally, noDiscipline: 4, cast: 10 } }),
      );
      expect(beyondAll.body.details.fields).toEqual([
        { field: 'tally', constraint: 'tallyMatchesRoster', message: 'CAST_EXCEEDS_VOTERS: Số phiếu thu vào (10) lớn hơn số đảng viên được phát phiếu (9)' },
      ]);
      // Nine ballots, but under the denominator rule the probationary member gets none: eight could (409, the rule's count said).
      const beyond = await refused(409, 'TRANSITION_REFUSED', () =>
        c.attempt('office', D, 'RECORD_VOTE', { ...vote, tally: { ...tally, noDiscipline: 3, cast: 9 } }),
      );
      expect(beyond.body.details.guards).toEqual(['tallyCounts']);
      expect(beyond.body.message).toContain('Số phiếu thu vào (9) lớn hơn số đảng viên được phát phiếu (8)');
      // A ballot listing cách chức for a member who holds no post.
      const post = await refused(409, 'TRANSITION_REFUSED', () =>
        c.attempt('office', D, 'RECORD_VOTE', {
          ...vote,
          tally: { ...tally, forms: ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'], votes: { ...tally.votes, CACH_CHUC: 0 } },
        }),
      );
      expect(post.body.details.guards).toEqual(['ballotListsSubjectForms']);
      expect((await c.view('office', D)).state).toBe('proceedings.meeting');
    });

    it('records the secret vote with its roster: cảnh cáo by cumulative counting, 5 of 9', async () => {
      const D = chain.discipline;
      const res = await c.send('office', D, 'RECORD_VOTE', vote);
      expect(res.body.case).toMatchObject({ state: 'voted' });
      const v = (await c.view('secretary', D)).context.vote;
      expect(v).toMatchObject({
        decided: 'CANH_CAO',
        denominator: 9,
        counts: { denominator: 9, present: 8, absentCounted: 1, excluded: { CONFLICT_OF_INTEREST: 0, PROBATIONARY: 1, TRANSFERRED: 0, EXEMPT_ABSENT: 0 } },
        authority: 'WITHIN',
        effect: 'ON_DECISION',
      });
      expect(v.steps.map((s: { form: string; cumulativeVotes: number; reached: boolean }) => [s.form, s.cumulativeVotes, s.reached])).toEqual([
        ['KHAI_TRU', 2, false],
        ['CANH_CAO', 5, true],
      ]);
      expect(v.text).toBe('Quyết định hình thức Cảnh cáo sau khi cộng dồn: 5/9 phiếu, cần 5');
      // The rules it was counted with, as in force on the day of the meeting, are on the timeline.
      const recorded = (await timeline('auditor', D)).items.at(-1);
      expect(recorded.payload.facts.ruleValues).toMatchObject({
        'B3.THRESHOLD_STANDARD': { data: { numerator: 1, denominator: 2, strict: true }, confidence: 'STATED' },
        'VOTE.DENOMINATOR_EXCLUSIONS': { confidence: 'UNVERIFIED', data: { items: expect.arrayContaining(['PROBATIONARY', 'SUSPENDED_OR_PROSECUTED']) } },
        'VOTE.QUORUM_DISCIPLINE': { value: null, data: null, confidence: 'NOT_FOUND' },
      });
    });

    it('decides within the authority the seeded matrix gives the provincial standing committee; only a secretary amends the matrix', async () => {
      const D = chain.discipline;
      // Forms that do not exist for a full member without a post, or that were not voted.
      const cachChuc = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', D, 'DECIDE', { ...decide, form: 'CACH_CHUC' }));
      expect(cachChuc.body.message).toBe('Hình thức kỷ luật này không áp dụng cho đối tượng của vụ việc (Điều lệ Đảng; Quy định 69-QĐ/TW).');
      const notVoted = await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', D, 'DECIDE', { ...decide, form: 'KHAI_TRU' }));
      expect(notVoted.body.details.guards).toEqual(['formMatchesVote']);
      await refused(400, 'VALIDATION_FAILED', () => c.attempt('standing', D, 'DECIDE', { ...decide, form: 'TU_HINH' }));
      // The inspection member who checked the limitation is not among the deciders anyway.
      await refused(403, 'ROLE_NOT_ALLOWED', () => c.attempt('inspection', D, 'DECIDE', decide));

      // Only a secretary (or an administrator) amends the authority table, e.g. a cell the seeded matrix leaves open.
      const override = {
        bodyKind: 'STANDING_COMMITTEE', bodyLevel: 'PROVINCIAL', subjectKind: 'ORGANISATION', form: 'GIAI_TAN', allowed: false, orgUnitId: org.city.id,
        reason: 'Ban Thường vụ Thành ủy không quyết định giải tán tổ chức đảng (Điều lệ Đảng, Điều 36)',
      };
      await refused(403, 'FORBIDDEN', () => t.http.post('/discipline/authority/overrides').set(c.as('standing')).send(override));
      await t.http.post('/discipline/authority/overrides').set(c.as('secretary')).send(override).expect(201);

      // The decision is a signed document: generated from its template, signed, and filed before the step.
      await fileSignedCopy(t, c.as('standing'), D, 'ky-luat.quyet-dinh-ky-luat', 'QD-KY-LUAT');
      const decided = await c.send('standing', D, 'DECIDE', decide);
      expect(decided.body.case).toMatchObject({
        state: 'effective',
        reportCategory: 'DISCIPLINED',
        tags: { form: 'CANH_CAO', subjectKind: 'FULL_MEMBER', enforced: 'true', outcome: 'DECIDED' },
      });
      const items = (await timeline('secretary', D)).items;
      expect(items.at(-1)).toMatchObject({
        type: 'DECIDE',
        actorId: org.userIds.standing,
        payload: {
          form: 'CANH_CAO',
          facts: {
            disciplineAuthority: { body: STANDING, subject: 'FULL_MEMBER', forms: { CANH_CAO: { decision: 'ALLOWED', confidence: 'INFERRED', legalBasis: expect.stringContaining('Điều lệ Đảng (2011), Điều 36') } } },
          },
        },
      });

      // The inspection learns the discipline result.
      const K = await c.view('standing', chain.inspection);
      expect(K).toMatchObject({ state: 'disciplineReferred.decided', tags: { outcome: 'VIOLATION_DISCIPLINE', discipline: 'DECIDED_CANH_CAO' } });
      chain.inspection.version = K.version;
      expect((await timeline('standing', chain.inspection)).items.at(-1)).toMatchObject({
        type: 'CHILD_CONCLUDED',
        actorName: 'Hệ thống',
        payload: { childCaseId: D.id, procedureId: 'ky-luat', link: 'DISCIPLINE', outcome: 'DECIDED_CANH_CAO' },
      });
    });

    it('records the receipt: the complaint window runs one month from it', async () => {
      const D = chain.discipline;
      await refused(409, 'TRANSITION_REFUSED', () => c.attempt('office', D, 'RECORD_RECEIPT', { receivedAt: ago(40) }));
      await c.send('office', D, 'RECORD_RECEIPT', { receivedAt: new Date().toISOString() });
      const seen = await c.view('office', D);
      expect(seen.state).toBe('complaintWindow');
      expect(seen.deadlines).toEqual([expect.objectContaining({ key: 'complaintWindow', ruleKey: 'B4.FILING_WINDOW', status: 'PENDING', generation: 1 })]);
      const due = new Date(seen.deadlines[0].dueAt).getTime();
      expect(due - Date.now()).toBeGreaterThan(27 * DAY);
      expect(due - Date.now()).toBeLessThan(33 * DAY);
      // Archiving while the window is open is refused.
      await refused(409, 'TRANSITION_REFUSED', () => c.attempt('office', D, 'ARCHIVE'));
    });
  });

  describe('complaint', () => {
    const lodge = () => ({
      complainant: { kind: 'MEMBER', name: SUBJECT_NAME },
      lodgedAt: new Date().toISOString(),
      lodgedWith: CENTRAL_UBKT,
      onBehalfOfAnother: false,
      summary: 'Đảng viên khiếu nại quyết định kỷ luật cảnh cáo vì cho rằng hình thức quá nặng.',
    });

    it('refuses a complaint dated before the decision or in the future (400) and writes neither the step nor the child', async () => {
      const D = chain.discipline;
      const early = await refused(400, 'VALIDATION_FAILED', () => c.attempt('office', D, 'COMPLAINT_LODGED', { ...lodge(), lodgedAt: ago(40) }));
      expect(JSON.stringify(early.body.details)).toContain('không được trước ngày quyết định');
      const future = await refused(400, 'VALIDATION_FAILED', () => c.attempt('office', D, 'COMPLAINT_LODGED', { ...lodge(), lodgedAt: ago(-3) }));
      expect(JSON.stringify(future.body.details)).toContain('không được sau ngày hôm nay');
    });

    it('opens the complaint as a linked case; the decision stays in force and the window is met', async () => {
      const D = chain.discipline;
      const lodged = await c.send('office', D, 'COMPLAINT_LODGED', lodge());
      expect(lodged.body.case).toMatchObject({ state: 'complaintPending', reportCategory: 'DISCIPLINED', tags: { form: 'CANH_CAO', complaint: 'PENDING' } });
      expect(lodged.body.children).toEqual([{ caseId: expect.any(String), procedureId: 'khieu-nai-ky-luat', link: 'COMPLAINT' }]);
      chain.complaint = { id: lodged.body.children[0].caseId, version: 1 };
      expect((await c.view('office', D)).deadlines).toEqual([expect.objectContaining({ key: 'complaintWindow', status: 'MET' })]);
      const C = await c.view('inspection', chain.complaint);
      expect(C).toMatchObject({
        procedureId: 'khieu-nai-ky-luat',
        state: 'lodged',
        links: { parent: { caseId: D.id, procedureId: 'ky-luat', link: 'COMPLAINT' } },
        context: { decisionInForce: true, input: { decision: { form: 'CANH_CAO', decidedBy: STANDING } } },
      });
    });

    it('is assessed admissible within the window, verified and decided: the form is changed to khiển trách', async () => {
      const C = chain.complaint;
      const assessed = await c.send('inspection', C, 'ASSESS_ADMISSIBILITY', { receivedAt: new Date().toISOString() });
      expect(assessed.body.case).toMatchObject({ state: 'accepted', tags: { admissibility: 'ACCEPTED' } });
      const admissibility = (await c.view('inspection', C)).context.admissibility;
      expect(admissibility).toMatchObject({ reasons: [], window: { value: 1, unit: 'MONTHS' } });
      expect(admissibility.window.text).toMatch(/^Thời hạn khiếu nại 1 tháng/);
      await c.send('inspection', C, 'START_VERIFICATION');
      await c.send('inspection', C, 'SUBMIT_REPORT', { documentRef: '09-BC/UBKT', summary: 'Báo cáo thẩm tra: tình tiết giảm nhẹ chưa được xem xét.' });
      const decision = { outcome: 'CHANGED', newForm: 'KHIEN_TRACH', decidingBody: CENTRAL_UBKT, decisionRef: '33-QĐ/UBKTTW', reason: 'Có tình tiết giảm nhẹ.' };
      await refused(403, 'SEPARATION_OF_DUTIES', () => c.attempt('inspection', C, 'DECIDE', decision));
      // A "changed" decision without a new form, or by a body the complaint was not lodged with.
      await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', C, 'DECIDE', { ...decision, newForm: undefined }));
      await refused(409, 'TRANSITION_REFUSED', () => c.attempt('standing', C, 'DECIDE', { ...decision, decidingBody: STANDING }));
      const decided = await c.send('standing', C, 'DECIDE', decision);
      expect(decided.body.case).toMatchObject({ state: 'decided', reportCategory: 'DECIDED', tags: { outcome: 'CHANGED', form: 'CANH_CAO' } });
    });

    it('changes the form in force on the discipline case, which records the result on its timeline', async () => {
      const D = await c.view('secretary', chain.discipline);
      expect(D).toMatchObject({
        state: 'complaintResolved',
        reportCategory: 'DISCIPLINED',
        tags: { form: 'KHIEN_TRACH', enforced: 'true', complaint: 'CHANGED_KHIEN_TRACH' },
        context: { formInForce: 'KHIEN_TRACH', complaintResults: [expect.objectContaining({ childCaseId: chain.complaint.id, outcome: 'CHANGED_KHIEN_TRACH' })] },
      });
      chain.discipline.version = D.version;
      expect((await timeline('secretary', chain.discipline)).items.at(-1)).toMatchObject({
        type: 'CHILD_CONCLUDED',
        actorName: 'Hệ thống',
        payload: { childCaseId: chain.complaint.id, procedureId: 'khieu-nai-ky-luat', link: 'COMPLAINT', outcome: 'CHANGED_KHIEN_TRACH' },
      });
      // Nobody may forge that result.
      await refused(403, 'ROLE_NOT_ALLOWED', () =>
        c.attempt('secretary', chain.discipline, 'CHILD_CONCLUDED', { childCaseId: chain.complaint.id, procedureId: 'khieu-nai-ky-luat', link: 'COMPLAINT', outcome: 'ANNULLED' }),
      );
    });

    it('closes the chain: the complainant is notified, every case archived', async () => {
      const C = chain.complaint;
      await c.send('office', C, 'NOTIFY_COMPLAINANT', { summary: 'Thông báo quyết định giải quyết khiếu nại.', receivedAt: new Date().toISOString() });
      expect((await c.send('office', C, 'CLOSE', { reason: 'Người khiếu nại không khiếu nại tiếp.' })).body.case).toMatchObject({ state: 'closed', status: 'CLOSED' });
      expect((await c.send('office', chain.discipline, 'ARCHIVE')).body.case).toMatchObject({ state: 'archived', status: 'CLOSED', tags: { form: 'KHIEN_TRACH' } });
      await c.send('standing', chain.inspection, 'NOTIFY', { audiences: ['UNIT'], summary: 'Thông báo kết luận kiểm tra và kết quả kỷ luật.' });
      expect((await c.send('office', chain.inspection, 'ARCHIVE')).body.case).toMatchObject({ state: 'archived', status: 'CLOSED' });
      await c.send('office', chain.petition, 'NOTIFY', { audiences: ['REPORTER'], summary: 'Đã chuyển Ủy ban kiểm tra, đã xử lý kỷ luật.' });
      expect((await c.send('office', chain.petition, 'ARCHIVE')).body.case).toMatchObject({ state: 'archived', status: 'CLOSED', reportCategory: 'MOVED_TO_INSPECTION' });
    });

    it('records a complaint filed after the window as not admissible (LATE), as the complaint machine designs it', async () => {
      // The chain's decision is today, so a late complaint against it cannot be dated: this one is registered directly
      // against a decision received three months ago.
      const created = await t.http.post('/cases').set(c.as('office')).send({
        procedureId: 'khieu-nai-ky-luat',
        orgUnitId: org.city.id,
        input: {
          complainant: { kind: 'MEMBER', name: 'Phạm Thị Dung' },
          decision: { form: 'KHIEN_TRACH', decidedBy: STANDING, decidedAt: ago(100), receivedAt: ago(95) },
          lodgedAt: new Date().toISOString(),
          lodgedWith: CENTRAL_UBKT,
          onBehalfOfAnother: false,
          summary: 'Khiếu nại quyết định khiển trách sau hơn ba tháng.',
          source: { procedureId: 'ky-luat' },
        },
      });
      expect({ status: created.status, code: created.body.code }).toEqual({ status: 201, code: undefined });
      const late: CaseRef = { id: created.body.case.id, version: created.body.case.version };
      const assessed = await c.send('inspection', late, 'ASSESS_ADMISSIBILITY', { receivedAt: new Date().toISOString() });
      expect(assessed.body.case).toMatchObject({ state: 'rejected', stateLabel: 'Không thụ lý', status: 'CLOSED', reportCategory: 'REJECTED', tags: { admissibility: 'LATE' } });
      expect((await c.view('inspection', late)).context.admissibility.reasons).toEqual(['LATE']);
      expect(await offered('inspection', late)).toEqual([]);
      await refused(409, 'TRANSITION_NOT_ALLOWED', () => c.attempt('inspection', late, 'START_VERIFICATION'));
    });
  });

  describe('reports', () => {
    it('counts the discipline case by form in force and subject kind', async () => {
      const body = await stats('secretary', 'ky-luat');
      expect(body).toMatchObject({ procedureId: 'ky-luat', total: 1, unitId: null });
      expect(body.byCategory).toMatchObject({ DISCIPLINED: 1, IN_PROGRESS: 0, NO_DISCIPLINE: 0 });
      expect(body.dimensions.form.counts).toMatchObject({ KHIEN_TRACH: 1, CANH_CAO: 0, NONE: 0 });
      expect(body.dimensions.subjectKind.counts).toEqual({ FULL_MEMBER: 1, PROBATIONARY_MEMBER: 0, ORGANISATION: 0 });
      expect(body.dimensions.enforced.counts).toEqual({ true: 1, false: 0 });
    });

    it('counts the inspection opened and concluded by outcome', async () => {
      const body = await stats('secretary', 'kiem-tra-dau-hieu-vi-pham');
      expect(body.total).toBe(1);
      expect(body.byCategory).toEqual({ PROPOSED: 0, IN_PROGRESS: 0, CONCLUDED: 1 });
      expect(body.dimensions.outcome.counts).toEqual({ NO_VIOLATION: 0, VIOLATION_NO_DISCIPLINE: 0, VIOLATION_DISCIPLINE: 1 });
      expect(body.dimensions.initiatingBody.counts).toMatchObject({ INSPECTION_COMMISSION: 1 });
    });

    it('counts the complaints by outcome and admissibility', async () => {
      const body = await stats('secretary', 'khieu-nai-ky-luat');
      expect(body.total).toBe(2);
      expect(body.byCategory).toMatchObject({ CLOSED: 1, REJECTED: 1, IN_PROGRESS: 0 });
      expect(body.dimensions.outcome.counts).toEqual({ UPHELD: 0, CHANGED: 1, ANNULLED: 0, REFERRED_UP: 0 });
      expect(body.dimensions.admissibility.counts).toMatchObject({ ACCEPTED: 1, LATE: 1 });
    });

    it('counts the 1374 case as moved to inspection', async () => {
      const body = await stats('secretary', 'quy-dinh-1374');
      expect(body.received).toEqual({ total: 1, bySource: { CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 1, PRESS: 0, VOTER: 0, ELECTED_BODY: 0 } });
      expect(body.byCategory).toMatchObject({ MOVED_TO_INSPECTION: 1, RESOLVED: 0 });
    });

    it('counts nothing outside the period, for ward A, for ward B, or for the subject', async () => {
      for (const id of ['ky-luat', 'kiem-tra-dau-hieu-vi-pham', 'khieu-nai-ky-luat']) {
        expect((await stats('secretary', id, BEFORE)).total).toBe(0);
        expect((await stats('secretary', id, `${PERIOD}&unitId=${org.wardA.id}`)).total).toBe(0);
        expect((await stats('wardB', id)).total).toBe(0);
        // The late complaint is not about the subject; every case of the chain is hidden from them.
        expect((await stats('subject', id)).total).toBe(id === 'khieu-nai-ky-luat' ? 1 : 0);
        await refused(404, 'UNIT_NOT_FOUND', () => t.http.get(`/statistics/${id}${PERIOD}&unitId=${org.city.id}`).set(c.as('wardB')));
      }
      expect((await stats('secretary', 'quy-dinh-1374', BEFORE)).received.total).toBe(0);
      expect((await stats('subject', 'quy-dinh-1374')).received.total).toBe(0);
    });
  });

  describe('who sees the chain', () => {
    it('answers 404 to a user of a sibling ward on every case of the chain: read, timeline and events', async () => {
      for (const ref of Object.values(chain)) {
        await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${ref.id}`).set(c.as('wardB')));
        await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${ref.id}/timeline`).set(c.as('wardB')));
        await refused(404, 'CASE_NOT_FOUND', () => c.attempt('wardB', ref, 'ARCHIVE'));
      }
      const list = await t.http.get('/cases?pageSize=100').set(c.as('wardB')).expect(200);
      expect(list.body.total).toBe(0);
    });

    it('hides every case of the chain from its subject, though they sit on the city standing committee', async () => {
      for (const ref of Object.values(chain)) {
        await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${ref.id}`).set(c.as('subject')));
        await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${ref.id}/timeline`).set(c.as('subject')));
      }
      const list = await t.http.get('/cases?pageSize=100').set(c.as('subject')).expect(200);
      const ids = list.body.items.map((i: { id: string }) => i.id);
      for (const ref of Object.values(chain)) expect(ids).not.toContain(ref.id);
      // The city's secretary sees all four.
      const all = (await t.http.get('/cases?pageSize=100').set(c.as('secretary')).expect(200)).body.items.map((i: { id: string }) => i.id);
      expect(all).toEqual(expect.arrayContaining(Object.values(chain).map((r) => r.id)));
    });
  });

  describe('registering a discipline case directly', () => {
    it('refuses a violation dated in the future (400 with the field and a Vietnamese message) and writes nothing', async () => {
      const input = {
        subject: { kind: 'PROBATIONARY_MEMBER', name: 'Ngô Văn Em' },
        violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: dateAgo(-10), continuing: false },
        evidenceRefs: [],
        source: { procedureId: 'DIRECT' },
      };
      const res = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(c.as('office')).send({ procedureId: 'ky-luat', orgUnitId: org.city.id, input }));
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'violation.occurredFrom', message: expect.stringContaining('không được sau ngày hôm nay') })]);
      // A ward B user may not register one at the city either.
      await refused(404, 'UNIT_NOT_FOUND', () =>
        t.http.post('/cases').set(c.as('wardB')).send({ procedureId: 'ky-luat', orgUnitId: org.city.id, input: { ...input, violation: { ...input.violation, occurredFrom: dateAgo(10) } } }),
      );
    });
  });
});
