// Notices reach people (issue 11, part 5): a machine's `notify` becomes one notification per person holding the
// audience's roles, exactly once, never for anyone the case excludes; what no user receives (the reporter, a committee
// above that does not exist) is a clerk's item marked sent by hand; an assigned case is in the unit's inbox.
import { DeliverMessageJob } from '@hoso/cases/jobs/deliver-message.job';
import { OutboxRelayJob } from '@hoso/cases/jobs/outbox-relay.job';
import { Role } from '@hoso/workflows';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const classify = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Trần Văn Bình', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };
const TITLE = 'Phản ánh cán bộ phường A nhận tiền của dân';
const WAIT_MS = 15_000;

describe('who is told of what', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    org = await seedOrg(t);
    const extra = {
      wardOffice: await addPerson(t, 'wardoffice', org.wardA.id, [Role.COMMITTEE_OFFICE]),
      wardOfficer: await addPerson(t, 'wardofficer', org.wardA.id, [Role.TASK_FORCE_OFFICER]),
      // The subject of the case and a person who declared a conflict, both officers of the ward.
      wardSubject: await addPerson(t, 'wardsubject', org.wardA.id, [Role.TASK_FORCE_OFFICER]),
      wardConflicted: await addPerson(t, 'wardconflicted', org.wardA.id, [Role.SECRETARY]),
      // Roles of the ward no `UNIT` notice asks for.
      wardStanding: await addPerson(t, 'wardstanding', org.wardA.id, [Role.STANDING_COMMITTEE_MEMBER]),
    };
    const tokens: Record<string, string> = { ...org.tokens };
    for (const [who, p] of Object.entries(extra)) {
      tokens[who] = p.token;
      ids[who] = p.id;
    }
    Object.assign(ids, org.userIds);
    c = caseClient(t, tokens);
  });
  afterAll(() => t?.close());

  const noticesOf = async (caseId: string): Promise<Record<string, number>> => {
    const rows: { user_id: string; n: number }[] = await t.dataSource.query(
      `SELECT user_id, count(*)::int AS n FROM notification WHERE case_id = $1 GROUP BY user_id`,
      [caseId],
    );
    const byName: Record<string, number> = {};
    for (const r of rows) byName[Object.keys(ids).find((k) => ids[k] === r.user_id) ?? r.user_id] = r.n;
    return byName;
  };
  const outboxRows = (caseId: string): Promise<{ id: string; status: string }[]> =>
    t.dataSource.query(`SELECT id, status FROM outbox_message WHERE case_id = $1 ORDER BY id`, [caseId]);

  /** Relays and delivers directly (twice, as a redelivered job would), then waits for the row to be done. */
  async function deliverTwice(id: string): Promise<string[]> {
    await t.app.get(OutboxRelayJob).relayOnce();
    const job = t.app.get(DeliverMessageJob);
    const results = [await job.handle({ outboxId: id }, 1), await job.handle({ outboxId: id }, 2)];
    const until = Date.now() + WAIT_MS;
    for (;;) {
      const [row]: { status: string }[] = await t.dataSource.query(`SELECT status FROM outbox_message WHERE id = $1`, [id]);
      if (row.status === 'DONE') return results;
      if (Date.now() > until) throw new Error(`outbox ${id} still ${row.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  describe('a 1374 case assigned to a ward', () => {
    let ref: CaseRef;
    beforeAll(async () => {
      ref = await c.create('taskForce', org.city.id, registration({ title: TITLE }));
      await c.send('taskForce', ref, 'START_SCREENING');
      await c.send('taskForce', ref, 'CLASSIFY', classify);
      await t.http.post(`/cases/${ref.id}/participants`).set(c.as('taskForce'))
        .send({ relation: 'SUBJECT', userId: ids.wardSubject, reason: 'Cán bộ bị phản ánh' }).expect(201);
      await t.http.post(`/cases/${ref.id}/participants`).set(c.as('secretary'))
        .send({ relation: 'CONFLICT', userId: ids.wardConflicted, reason: 'Người thân của người bị phản ánh' }).expect(201);
      await c.send('secretary', ref, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id, instructions: 'Xác minh, báo cáo kết quả.' });
    });

    it("tells the ward's secretary, office and officers once each, even when the delivery runs twice", async () => {
      const [row] = await outboxRows(ref.id);
      const results = await deliverTwice(row.id);
      // The worker may have delivered it first: at most one of the runs acts, the others find it done.
      expect(results.filter((r) => r === 'DONE').length).toBeLessThanOrEqual(1);
      expect(results.filter((r) => r === 'SKIPPED').length).toBeGreaterThanOrEqual(1);
      expect(await t.app.get(DeliverMessageJob).handle({ outboxId: row.id }, 3)).toBe('SKIPPED');

      // wardA holds two of the roles: one notice. Nobody of the city, of ward B, or with a role not asked for.
      expect(await noticesOf(ref.id)).toEqual({ wardA: 1, wardOffice: 1, wardOfficer: 1 });
    });

    it('never tells the subject or the person with a declared conflict', async () => {
      const counts = await noticesOf(ref.id);
      expect(counts.wardSubject).toBeUndefined();
      expect(counts.wardConflicted).toBeUndefined();
      for (const who of ['wardSubject', 'wardConflicted']) {
        const mine = (await t.http.get('/me/notifications?pageSize=100').set(c.as(who)).expect(200)).body.items as { caseId: string }[];
        expect(mine.filter((n) => n.caseId === ref.id)).toEqual([]);
      }
    });

    it('reads as a Vietnamese notice naming the case, in the officer’s own list', async () => {
      const mine = (await t.http.get('/me/notifications?pageSize=100').set(c.as('wardOfficer')).expect(200)).body.items as Record<string, string>[];
      const about = mine.filter((n) => n.caseId === ref.id);
      expect(about).toHaveLength(1);
      expect(about[0].title).toBe(`Được giao giải quyết: ${TITLE}`);
      expect(about[0].body).toMatch(VIETNAMESE);
    });

    it("is in the ward's inbox without a legal due date, and not in the subject's", async () => {
      for (const who of ['wardA', 'wardOffice', 'wardOfficer']) {
        const inbox = (await t.http.get(`/inbox?pageSize=100&assignedUnitId=${org.wardA.id}`).set(c.as(who)).expect(200)).body;
        const item = inbox.items.find((i: { id: string }) => i.id === ref.id);
        expect({ who, item }).toEqual({
          who,
          item: expect.objectContaining({ assignedUnitId: org.wardA.id, state: 'assignedToUnit.awaitingReport', dueAt: null, dueLabel: 'Không có thời hạn luật định', overdue: false }),
        });
      }
      for (const who of ['wardSubject', 'wardConflicted', 'wardB']) {
        const inbox = (await t.http.get('/inbox?pageSize=100').set(c.as(who)).expect(200)).body;
        expect({ who, present: inbox.items.some((i: { id: string }) => i.id === ref.id) }).toEqual({ who, present: false });
      }
      // Without a due date it is neither overdue nor due soon.
      const overdue = (await t.http.get('/inbox?view=overdue&pageSize=100').set(c.as('wardA')).expect(200)).body;
      expect(overdue.items.some((i: { id: string }) => i.id === ref.id)).toBe(false);
    });

    it('leaves nothing to send by hand: every audience reached a user', async () => {
      const res = await t.http.get(`/cases/${ref.id}/outbox`).set(c.as('office')).expect(200);
      expect(res.body).toEqual({ caseId: ref.id, items: [] });
    });
  });

  describe('a result told to the reporter and to a committee above that does not exist', () => {
    let ref: CaseRef;
    let itemId: string;
    beforeAll(async () => {
      ref = await c.create('office', org.city.id, registration({ title: 'Phản ánh việc thuộc thẩm quyền chính quyền' }));
      await c.send('office', ref, 'START_SCREENING');
      await c.send('office', ref, 'CLASSIFY', classify);
      await c.send('secretary', ref, 'FORWARD', { target: 'STATE_BODY', bodyName: 'UBND Thành phố' });
      await c.send('office', ref, 'NOTIFY', { audiences: ['REPORTER', 'UPPER_COMMITTEE'], summary: 'Đã chuyển UBND Thành phố giải quyết.' });
      const rows = await outboxRows(ref.id);
      itemId = rows[0].id;
      await deliverTwice(itemId);
    });

    it('notifies no user and lists one item to send by hand, with both audiences', async () => {
      expect(await noticesOf(ref.id)).toEqual({});
      const res = await t.http.get(`/cases/${ref.id}/outbox`).set(c.as('standing')).expect(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          id: itemId,
          template: '1374.forwarded',
          templateLabel: expect.stringMatching(VIETNAMESE),
          summary: 'Đã chuyển UBND Thành phố giải quyết.',
          audiences: [
            { audience: 'REPORTER', label: expect.stringMatching(VIETNAMESE) },
            { audience: 'UPPER_COMMITTEE', label: 'Cấp ủy cấp trên' },
          ],
          status: 'TO_SEND',
          statusLabel: 'Chưa gửi',
          sentAt: null,
        }),
      ]);
    });

    it('refuses to mark it sent to a role other than the office or the task force, and to anyone outside the case', async () => {
      const standing = await t.http.post(`/cases/${ref.id}/outbox/${itemId}/sent`).set(c.as('standing')).send({ note: 'Đã gửi qua bưu điện' });
      expect({ status: standing.status, code: standing.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
      const ward = await t.http.post(`/cases/${ref.id}/outbox/${itemId}/sent`).set(c.as('wardA')).send({ note: 'Đã gửi qua bưu điện' });
      expect({ status: ward.status, code: ward.body.code }).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
    });

    it.each([
      ['no note', {}, 400, 'VALIDATION_FAILED'],
      ['a note too short', { note: 'ok' }, 400, 'VALIDATION_FAILED'],
      ['an attachment id that is no uuid', { note: 'Đã gửi', attachmentId: 'tai-lieu' }, 400, 'VALIDATION_FAILED'],
      ['a document not in the dossier', { note: 'Đã gửi', attachmentId: '00000000-0000-4000-8000-000000000000' }, 404, 'ATTACHMENT_NOT_FOUND'],
    ])('refuses %s', async (_label, body, status, code) => {
      const res = await t.http.post(`/cases/${ref.id}/outbox/${itemId}/sent`).set(c.as('office')).send(body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    });

    it.each(['abc', '999999999', '1.5'])('answers 404 for an item that is not the case’s (%s)', async (bad) => {
      const res = await t.http.post(`/cases/${ref.id}/outbox/${bad}/sent`).set(c.as('office')).send({ note: 'Đã gửi qua bưu điện' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'OUTBOX_ITEM_NOT_FOUND' });
    });

    it('records it sent once, with the note, in the audit log', async () => {
      const res = await t.http.post(`/cases/${ref.id}/outbox/${itemId}/sent`).set(c.as('office')).send({ note: 'Công văn số 12/VP gửi ngày 05/12' }).expect(200);
      expect(res.body).toMatchObject({ id: itemId, status: 'SENT', statusLabel: 'Đã gửi', sentBy: ids.office, note: 'Công văn số 12/VP gửi ngày 05/12' });
      const again = await t.http.post(`/cases/${ref.id}/outbox/${itemId}/sent`).set(c.as('taskForce')).send({ note: 'Gửi lần nữa' });
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'OUTBOX_ITEM_ALREADY_SENT' });

      const listed = (await t.http.get(`/cases/${ref.id}/outbox`).set(c.as('office')).expect(200)).body.items;
      expect(listed).toEqual([expect.objectContaining({ id: itemId, status: 'SENT', note: 'Công văn số 12/VP gửi ngày 05/12' })]);
      const audit: { actor_id: string; reason: string; details: { caseId: string; itemId: string } }[] = await t.dataSource.query(
        `SELECT actor_id, reason, details FROM audit_log WHERE action = 'OUTBOX_SENT_BY_HAND'`,
      );
      expect(audit).toEqual([{ actor_id: ids.office, reason: 'Công văn số 12/VP gửi ngày 05/12', details: expect.objectContaining({ caseId: ref.id, itemId }) }]);
    });
  });
});
