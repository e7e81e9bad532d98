// Conflicts of interest, case visibility and separation of duties (trust issue, items 2–4): a subject of a case, the
// head of a subject organisation and anyone who declared a conflict are told the case does not exist everywhere
// (detail, timeline, lists, counts, inbox, events, notifications) and leave the ballot; a sibling unit gets 404;
// a named participant may read but not act; the preparer of a step cannot approve it unless allowed to bypass.
import { NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import { Role } from '@hoso/workflows';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const PERIOD = '?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z';
const classify = { infoType: 'TO_CAO', subject: { kind: 'PERSON', name: 'Lê Văn Cường', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };
const press = registration({
  title: 'Báo chí phản ánh dấu hiệu vi phạm',
  source: 'PRESS',
  channel: 'PUBLICATION',
  publication: 'Báo Tuổi Trẻ',
  publishedAt: '2026-11-02T01:00:00.000Z',
});

describe('conflicts of interest, visibility and separation of duties', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const extra = {
      // Holds two roles on the city: prepares (office) and would approve (standing committee).
      dual: await addPerson(t, 'dual', org.city.id, [Role.COMMITTEE_OFFICE, Role.STANDING_COMMITTEE_MEMBER]),
      // The office role and the secretary's, who may bypass with a reason.
      officeSec: await addPerson(t, 'officesec', org.city.id, [Role.COMMITTEE_OFFICE, Role.SECRETARY]),
    };
    c = caseClient(t, { ...org.tokens, dual: extra.dual.token, officeSec: extra.officeSec.token });
    Object.assign(org.userIds, { dual: extra.dual.id, officeSec: extra.officeSec.id });
  });
  afterAll(() => t.close());

  const status = async (who: string, path: string) => {
    const res = await t.http.get(path).set(c.as(who));
    return { status: res.status, code: res.body.code };
  };
  const listed = async (who: string, ref: CaseRef) => {
    const res = await t.http.get('/cases?pageSize=100').set(c.as(who)).expect(200);
    return { present: res.body.items.some((i: { id: string }) => i.id === ref.id), total: res.body.total as number };
  };
  const received = async (who: string) => (await t.http.get(`/statistics/quy-dinh-1374${PERIOD}`).set(c.as(who)).expect(200)).body.received.total as number;
  const inInbox = async (who: string, ref: CaseRef) =>
    (await t.http.get('/inbox?pageSize=100').set(c.as(who)).expect(200)).body.items.some((i: { id: string }) => i.id === ref.id);
  const addParticipant = (who: string, ref: CaseRef, body: Record<string, unknown>) =>
    t.http.post(`/cases/${ref.id}/participants`).set(c.as(who)).send(body);
  /** A press case waiting for its explanation (it has a deadline, so it is in the inbox). */
  async function pressCase(): Promise<CaseRef> {
    const ref = await c.create('office', org.city.id, press);
    await c.send('office', ref, 'START_SCREENING');
    await c.send('office', ref, 'CLASSIFY', classify);
    await c.send('office', ref, 'REQUEST_EXPLANATION');
    return ref;
  }
  async function notFoundEverywhere(who: string, ref: CaseRef) {
    for (const path of [`/cases/${ref.id}`, `/cases/${ref.id}/timeline`, `/cases/${ref.id}/participants`, `/cases/${ref.id}/ballot-roster`, `/cases/${ref.id}/deadlines/explanation/explanation`]) {
      expect({ path, ...(await status(who, path)) }).toEqual({ path, status: 404, code: 'CASE_NOT_FOUND' });
    }
    const sent = await c.attempt(who, ref, 'RECORD_EXPLANATION', { receivedAt: '2026-11-05T02:00:00.000Z', summary: 'Giải trình' });
    expect({ status: sent.status, code: sent.body.code }).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
    const reveal = await t.http.post(`/cases/${ref.id}/reporter/reveal`).set(c.as(who)).send({ reason: 'Lý do đủ dài để xem' });
    expect(reveal.status).toBe(404);
    expect((await listed(who, ref)).present).toBe(false);
    expect(await inInbox(who, ref)).toBe(false);
  }

  describe('a subject of a case', () => {
    let ref: CaseRef;
    beforeAll(async () => {
      ref = await pressCase();
    });

    it('sees the case, counts it and has it in the inbox before being recorded as its subject', async () => {
      expect((await status('standing', `/cases/${ref.id}`)).status).toBe(200);
      expect((await listed('standing', ref)).present).toBe(true);
      expect(await inInbox('standing', ref)).toBe(true);
      expect(await received('standing')).toBe(await received('secretary'));
    });

    it('cannot see, find, count or act on the case once recorded; keeps the vote unless the committee confirms otherwise', async () => {
      const before = (await t.http.get(`/cases/${ref.id}/ballot-roster`).set(c.as('secretary')).expect(200)).body;
      expect(before.voters.map((v: { id: string }) => v.id)).toContain(org.userIds.standing);
      const listBefore = await listed('standing', ref);

      const res = await addParticipant('taskForce', ref, { relation: 'SUBJECT', userId: org.userIds.standing, reason: 'Người bị phản ánh trong bài báo' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ relation: 'SUBJECT', relationLabel: expect.stringMatching(VIETNAMESE), userId: org.userIds.standing });

      await notFoundEverywhere('standing', ref);
      expect((await listed('standing', ref)).total).toBe(listBefore.total - 1);
      expect(await received('standing')).toBe((await received('secretary')) - 1);

      // 24-QĐ/TW §9.3.2 (VOTE.DENOMINATOR_EXCLUSIONS): the member concerned still votes and counts...
      const kept = (await t.http.get(`/cases/${ref.id}/ballot-roster`).set(c.as('secretary')).expect(200)).body;
      expect(kept.denominator).toBe(before.denominator);
      expect(kept.voters.map((v: { id: string }) => v.id)).toContain(org.userIds.standing);
      expect(kept.rule).toMatchObject({ legalBasis: expect.stringContaining('9.3.2') });
      // ...until the committee confirms a list that leaves out members with a conflict of interest.
      const current = (await t.http.get('/rules/resolve').query({ key: 'VOTE.DENOMINATOR_EXCLUSIONS', unitId: org.city.id }).set(c.as('secretary')).expect(200)).body;
      const confirmed = await t.http.post('/rules/overrides').set(c.as('secretary')).send({
        key: 'VOTE.DENOMINATOR_EXCLUSIONS', orgUnitId: org.city.id, reason: 'Ban Thường vụ xác nhận: người có xung đột lợi ích không tính',
        value: null, valueData: { items: [...current.valueData.items, 'CONFLICT_OF_INTEREST'] },
      });
      expect(confirmed.status).toBe(201);
      const after = (await t.http.get(`/cases/${ref.id}/ballot-roster`).set(c.as('secretary')).expect(200)).body;
      expect(after.denominator).toBe(before.denominator - 1);
      expect(after.voters.map((v: { id: string }) => v.id)).not.toContain(org.userIds.standing);
      expect(after.excluded).toEqual([
        expect.objectContaining({ id: org.userIds.standing, reason: 'CONFLICT_OF_INTEREST', reasonLabel: expect.stringMatching(VIETNAMESE) }),
      ]);
      // Nobody is told the subject's case exists, not even by a notification.
      const sent = await t.dataSource.transaction((m) =>
        t.app.get(NotificationOutboxService).notify(m, { userId: org.userIds.standing, caseId: ref.id, kind: 'TEST', title: 'Thử', body: 'Thử', sourceKey: 'subject-test' }),
      );
      expect(sent).toBeNull();
      // Others still see it, with the subject on record.
      const people = (await t.http.get(`/cases/${ref.id}/participants`).set(c.as('secretary')).expect(200)).body.items;
      expect(people).toEqual([expect.objectContaining({ relation: 'SUBJECT', userId: org.userIds.standing, reason: 'Người bị phản ánh trong bài báo' })]);
      const [audit] = await t.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'CASE_SUBJECT_ADDED'`);
      expect(audit).toMatchObject({ actor_id: org.userIds.taskForce, details: { caseId: ref.id, userId: org.userIds.standing } });
    });

    it.each([
      ['auditor', { relation: 'SUBJECT', userId: 'USER:inspection', reason: 'Người bị phản ánh' }, 403, 'ROLE_NOT_ALLOWED'],
      ['taskForce', { relation: 'PARTICIPANT', userId: 'USER:wardB', reason: 'Người tham gia' }, 403, 'ROLE_NOT_ALLOWED'],
      ['taskForce', { relation: 'SUBJECT', userId: 'USER:standing', reason: 'Ghi lần thứ hai' }, 409, 'PARTICIPANT_EXISTS'],
      ['taskForce', { relation: 'SUBJECT', userId: '00000000-0000-4000-8000-000000000001', reason: 'Không có người này' }, 404, 'USER_NOT_FOUND'],
      ['taskForce', { relation: 'SUBJECT_ORGANISATION', unitId: '00000000-0000-4000-8000-000000000001', reason: 'Không có đơn vị này' }, 404, 'UNIT_NOT_FOUND'],
      ['taskForce', { relation: 'SUBJECT', reason: 'Thiếu người' }, 400, 'VALIDATION_FAILED'],
      ['taskForce', { relation: 'SUBJECT_ORGANISATION', reason: 'Thiếu đơn vị' }, 400, 'VALIDATION_FAILED'],
      ['taskForce', { relation: 'FRIEND', userId: 'USER:inspection', reason: 'Quan hệ không có' }, 400, 'VALIDATION_FAILED'],
      ['taskForce', { relation: 'SUBJECT', userId: 'USER:inspection', reason: 'x' }, 400, 'VALIDATION_FAILED'],
      ['taskForce', { relation: 'SUBJECT', userId: "1' OR '1'='1", reason: 'Tiêm SQL' }, 400, 'VALIDATION_FAILED'],
    ])('refuses %s recording %j (%i %s) and records nothing', async (who, body, code, error) => {
      const resolved = Object.fromEntries(
        Object.entries(body).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('USER:') ? org.userIds[v.slice(5)] : v]),
      );
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM case_participant`);
      const res = await addParticipant(who, ref, resolved);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: code, code: error });
      expect(res.body.message).toMatch(VIETNAMESE);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM case_participant`)).toEqual(before);
    });
  });

  it('takes the case away from whoever declares a conflict of interest on it', async () => {
    const ref = await pressCase();
    const res = await addParticipant('inspection', ref, { relation: 'CONFLICT', reason: 'Tôi là người thân của người bị phản ánh' });
    expect(res.status).toBe(201);
    expect(res.body.userId).toBe(org.userIds.inspection);
    await notFoundEverywhere('inspection', ref);
    expect((await status('office', `/cases/${ref.id}`)).status).toBe(200);
  });

  it('takes the case away from the head (secretary) of a subject organisation, not from its other members', async () => {
    const ref = await pressCase();
    const res = await addParticipant('secretary', ref, { relation: 'SUBJECT_ORGANISATION', unitId: org.city.id, reason: 'Tổ chức đảng bị phản ánh' });
    expect(res.status).toBe(201);
    await notFoundEverywhere('secretary', ref);
    await notFoundEverywhere('officeSec', ref);
    expect((await status('standing', `/cases/${ref.id}`)).status).toBe(200);
    const roster = (await t.http.get(`/cases/${ref.id}/ballot-roster`).set(c.as('standing')).expect(200)).body;
    // Not seeing the case does not by itself take the vote away: that follows the denominator rule in force for the
    // unit (the seeded list keeps them; a committee's confirmed list naming conflicts of interest leaves them out).
    const rule = (await t.http.get('/rules/resolve').query({ key: 'VOTE.DENOMINATOR_EXCLUSIONS', unitId: org.city.id }).set(c.as('standing')).expect(200)).body;
    const both = [org.userIds.secretary, org.userIds.officeSec].sort();
    if ((rule.valueData.items as string[]).includes('CONFLICT_OF_INTEREST')) {
      expect(roster.excluded.map((e: { id: string }) => e.id).sort()).toEqual(both);
    } else {
      expect(roster.excluded).toEqual([]);
      expect(roster.voters.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining(both));
    }
  });

  describe('visibility by unit and named participants', () => {
    it('answers 404 to a sibling unit on every path, and leaves the case out of its lists', async () => {
      const ref = await c.create('wardA', org.wardA.id, registration({ title: 'Vụ việc của phường A' }));
      expect((await status('wardA', `/cases/${ref.id}`)).status).toBe(200);
      for (const path of [`/cases/${ref.id}`, `/cases/${ref.id}/timeline`, `/cases/${ref.id}/participants`, `/cases/${ref.id}/ballot-roster`]) {
        expect(await status('wardB', path)).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
      }
      const sent = await c.attempt('wardB', ref, 'START_SCREENING');
      expect({ status: sent.status, code: sent.body.code }).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
      const declared = await addParticipant('wardB', ref, { relation: 'CONFLICT', reason: 'Thử khai xung đột' });
      expect(declared.status).toBe(404);
      expect((await listed('wardB', ref)).present).toBe(false);
      // The city above sees it.
      expect((await status('secretary', `/cases/${ref.id}`)).status).toBe(200);
    });

    it('lets a named participant from outside the scope read the case but not act on it', async () => {
      const ref = await c.create('taskForce', org.city.id, registration({ title: 'Vụ việc có người tham gia ngoài phạm vi' }));
      expect((await status('wardB', `/cases/${ref.id}`)).status).toBe(404);
      const res = await addParticipant('secretary', ref, { relation: 'PARTICIPANT', userId: org.userIds.wardB, reason: 'Phối hợp xác minh' });
      expect(res.status).toBe(201);
      const detail = await c.view('wardB', ref);
      expect(detail.availableEvents).toEqual([]);
      expect((await listed('wardB', ref)).present).toBe(true);
      const sent = await c.attempt('wardB', ref, 'START_SCREENING');
      expect({ status: sent.status, code: sent.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
      // Statistics stay by unit: a named participant does not count the case as their units'.
      expect(await received('wardB')).toBe(0);
    });
  });

  describe('separation of duties', () => {
    async function proposed(by: string): Promise<CaseRef> {
      const ref = await pressCase();
      await c.send('office', ref, 'RECORD_EXPLANATION', { receivedAt: '2026-11-05T02:00:00.000Z', summary: 'Báo cáo giải trình của đơn vị.' });
      await c.send(by, ref, 'PROPOSE_METHOD', { proposal: 'Đề xuất giao Ủy ban kiểm tra xem xét.' });
      return ref;
    }
    const events = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM case_event`))[0].n as number;

    it('refuses the direction to whoever made the proposal, naming the step, and writes nothing', async () => {
      const ref = await proposed('dual');
      const before = await events();
      const res = await c.attempt('dual', ref, 'DIRECT', { direction: 'Tự chỉ đạo theo đề xuất của mình' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'SEPARATION_OF_DUTIES' });
      expect(res.body.message).toContain('Văn phòng đề xuất hình thức xem xét');
      expect(res.body.details).toMatchObject({ preparedEvent: 'PROPOSE_METHOD', bypassRoles: ['SECRETARY'] });
      // A bypass needs a role allowed to bypass.
      const bypass = await c.attempt('dual', ref, 'DIRECT', { direction: 'Tự chỉ đạo' }, { separationBypassReason: 'Các ủy viên khác đều vắng mặt' });
      expect({ status: bypass.status, code: bypass.body.code }).toEqual({ status: 403, code: 'BYPASS_NOT_ALLOWED' });
      expect(await events()).toBe(before);
      // Another member directs it.
      await c.send('standing', ref, 'DIRECT', { direction: 'Giao Ủy ban kiểm tra xem xét.' });
    });

    it('lets a secretary who prepared it bypass with a reason, recorded in the event on the timeline', async () => {
      const ref = await proposed('officeSec');
      const noReason = await c.attempt('officeSec', ref, 'DIRECT', { direction: 'Giao Ủy ban kiểm tra xem xét.' });
      expect(noReason.body.code).toBe('SEPARATION_OF_DUTIES');
      const short = await c.attempt('officeSec', ref, 'DIRECT', { direction: 'Giao Ủy ban kiểm tra xem xét.' }, { separationBypassReason: 'gấp' });
      expect(short.body.code).toBe('VALIDATION_FAILED');
      const reason = 'Ban Thường vụ họp vắng, Bí thư quyết định theo quy chế làm việc';
      await c.send('officeSec', ref, 'DIRECT', { direction: 'Giao Ủy ban kiểm tra xem xét.' }, { separationBypassReason: reason });
      const timeline = (await t.http.get(`/cases/${ref.id}/timeline`).set(c.as('secretary')).expect(200)).body.items;
      expect(timeline.at(-1)).toMatchObject({
        type: 'DIRECT',
        actorId: org.userIds.officeSec,
        payload: { direction: 'Giao Ủy ban kiểm tra xem xét.', separationBypass: { rule: 'SEPARATION_OF_DUTIES', preparedEvent: 'PROPOSE_METHOD', reason } },
      });
    });

    it('does not restrict a step that has no such rule, or a different person', async () => {
      const ref = await proposed('office');
      await c.send('dual', ref, 'DIRECT', { direction: 'Giao Ủy ban kiểm tra xem xét.' });
    });
  });
});
