// What the caller may do now: GET /cases/:id lists the steps the caller may take (roles, separation of duties and
// the guards that ignore the payload evaluated; a guard on the payload named in a note), and
// POST /cases/:id/events?dryRun=true answers what a step would do, refusing as the real step does, writing nothing.
import { Role } from '@hoso/workflows';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { refusalCheck, rowCounts } from '../support/refusals';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const TABLES = ['"case"', 'case_event', 'deadline', 'outbox_message', 'idempotency_key', 'case_link'];

const classify = (managedBy = 'RECEIVING_COMMITTEE', isParty = true) => ({
  infoType: 'TO_CAO',
  subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty, managedBy },
});

const press = () =>
  registration({
    title: 'Báo phản ánh cán bộ nhận quà',
    source: 'PRESS',
    channel: 'PUBLICATION',
    publication: 'Báo Tuổi Trẻ',
    publishedAt: '2026-11-03T01:00:00.000Z',
    receivedAt: '2026-11-04T02:00:00.000Z',
  });

interface Listed {
  type: string;
  label: string;
  note?: string;
  mayBeRefusedWhen?: { guard: string; message: string }[];
  requiresSeparationReason?: boolean;
}

describe('what the caller may do now', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let refused: ReturnType<typeof refusalCheck>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    const tokens: Record<string, string> = { ...org.tokens };
    // A task-force officer who also sits on the standing committee: may close, but may not bypass separation.
    tokens.tfStanding = (await addPerson(t, 'tf-btv', org.city.id, [Role.TASK_FORCE_OFFICER, Role.STANDING_COMMITTEE_MEMBER])).token;
    c = caseClient(t, tokens);
    refused = refusalCheck(t.dataSource, TABLES);
  });
  afterAll(() => t.close());

  const listed = async (who: string, ref: CaseRef): Promise<Listed[]> => (await c.view(who, ref)).availableEvents;
  const types = async (who: string, ref: CaseRef) => (await listed(who, ref)).map((e) => e.type);

  async function classified(who: string, input: Record<string, unknown>, managedBy?: string): Promise<CaseRef> {
    const ref = await c.create(who, org.city.id, input);
    await c.send(who, ref, 'START_SCREENING');
    await c.send(who, ref, 'CLASSIFY', classify(managedBy));
    return ref;
  }

  const dryRun = (who: string, ref: CaseRef, type: string, payload?: Record<string, unknown>, query = 'dryRun=true') =>
    t.http.post(`/cases/${ref.id}/events?${query}`).set(c.as(who)).send({ type, expectedVersion: ref.version, ...(payload ? { payload } : {}) });

  /** What a user would notice changed on the case: its version, its timeline's length, its deadline rows. */
  async function footprint(ref: CaseRef) {
    const view = await c.view('office', ref);
    const timeline = await t.http.get(`/cases/${ref.id}/timeline`).set(c.as('office')).expect(200);
    const deadlines = await t.dataSource.query(`SELECT key, status, generation, due_at FROM deadline WHERE case_id = $1 ORDER BY key, generation`, [ref.id]);
    return { version: view.version, state: view.state, timeline: timeline.body.total, deadlines, tables: await rowCounts(t.dataSource, TABLES) };
  }

  describe('GET /cases/:id: the steps offered', () => {
    it('differ between a task-force officer and the secretary on the same case', async () => {
      const ref = await classified('taskForce', registration());
      // Not from the press: the explanation step (a guard on the case, not on the payload) is not offered at all.
      expect(await types('taskForce', ref)).toEqual(['CLASSIFY']);
      expect(await types('secretary', ref)).toEqual(['ASSIGN_TO_UNIT', 'CLOSE_NO_BASIS', 'FORWARD', 'MOVE_TO_INSPECTION']);
      // Steps whose guards hold whatever is sent carry no note; the old fields are unchanged.
      expect((await listed('secretary', ref)).find((e) => e.type === 'ASSIGN_TO_UNIT')).toEqual({
        type: 'ASSIGN_TO_UNIT', label: 'Giao đơn vị, cấp ủy cấp dưới giải quyết',
      });
      expect(await types('auditor', ref)).toEqual([]);
    });

    it('offers the explanation step only when its case-only guard holds (a press report)', async () => {
      const ref = await classified('office', press());
      expect(await listed('taskForce', ref)).toEqual([
        { type: 'CLASSIFY', label: 'Phân loại thông tin' },
        { type: 'REQUEST_EXPLANATION', label: 'Yêu cầu người đứng đầu giải trình (thông tin báo chí)' },
      ]);
    });

    it('hides steps a case-only guard refuses and notes the one whose guard reads the payload', async () => {
      const ref = await classified('taskForce', registration(), 'HIGHER_COMMITTEE');
      const offered = await listed('secretary', ref);
      // Managed by the higher committee: only forwarding up remains, and it depends on the target chosen.
      expect(offered.map((e) => e.type)).toEqual(['FORWARD']);
      expect(offered[0].mayBeRefusedWhen).toEqual([
        { guard: 'forwardTargetAllowed', message: 'Đối tượng thuộc diện cấp ủy cấp trên quản lý: chỉ được chuyển lên cấp ủy cấp trên (HIGHER_COMMITTEE).' },
      ]);
      expect(offered[0].note).toMatch(/^Có thể bị từ chối khi .*chỉ được chuyển lên cấp ủy cấp trên \(HIGHER_COMMITTEE\)\.$/);
      expect(offered[0].note).toMatch(VIETNAMESE);
      // The note is true: the wrong target is refused with that guard's message, the right one is taken.
      const wrong = await c.attempt('secretary', ref, 'FORWARD', { target: 'STATE_BODY', bodyName: 'UBND Thành phố' });
      expect({ status: wrong.status, code: wrong.body.code }).toEqual({ status: 409, code: 'TRANSITION_REFUSED' });
      expect(wrong.body.message).toContain(offered[0].mayBeRefusedWhen![0].message);
      await c.send('secretary', ref, 'FORWARD', { target: 'HIGHER_COMMITTEE', bodyName: 'Ban Thường vụ Thành ủy' });
    });

    it('applies separation of duties: hidden without a bypass role, noted with one', async () => {
      // The officer who also sits on the standing committee classified it: they may not close it themselves.
      const own = await classified('tfStanding', registration());
      expect(await types('tfStanding', own)).toEqual(['ASSIGN_TO_UNIT', 'CLASSIFY', 'FORWARD', 'MOVE_TO_INSPECTION']);
      expect(await types('standing', own)).toContain('CLOSE_NO_BASIS');

      // Ward A's secretary (also a task-force officer there) classified theirs: they may close it, giving a reason.
      const ward = await c.create('wardA', org.wardA.id, registration());
      await c.send('wardA', ward, 'START_SCREENING');
      await c.send('wardA', ward, 'CLASSIFY', classify());
      const close = (await listed('wardA', ward)).find((e) => e.type === 'CLOSE_NO_BASIS');
      expect(close).toMatchObject({ requiresSeparationReason: true, note: expect.stringContaining('lý do') });
      expect(close?.note).toMatch(VIETNAMESE);
      const bare = await c.attempt('wardA', ward, 'CLOSE_NO_BASIS', { reason: 'Không có cơ sở xem xét.' });
      expect({ status: bare.status, code: bare.body.code }).toEqual({ status: 403, code: 'SEPARATION_OF_DUTIES' });
    });

    it('offers nothing on a finished case', async () => {
      const ref = await classified('taskForce', registration());
      await c.send('secretary', ref, 'CLOSE_NO_BASIS', { reason: 'Không có cơ sở xem xét.' });
      for (const who of ['secretary', 'taskForce', 'office']) expect(await types(who, ref)).toEqual([]);
    });
  });

  describe('POST /cases/:id/events?dryRun=true', () => {
    it('shows the next state and the deadline it would schedule, writes nothing, and the real step then matches it', async () => {
      const ref = await classified('office', press());
      const before = await footprint(ref);

      const res = await dryRun('office', ref, 'REQUEST_EXPLANATION').set('Idempotency-Key', 'dry-run-key-1');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
      // No version ETag: the case's version did not move (Express's own weak body ETag aside).
      expect(res.headers.etag).not.toMatch(/^"\d+"$/);
      expect(res.body).toMatchObject({
        dryRun: true,
        caseId: ref.id,
        event: { type: 'REQUEST_EXPLANATION', label: 'Yêu cầu người đứng đầu giải trình (thông tin báo chí)', seq: ref.version + 1 },
        from: { state: 'screening.classified', stateLabel: 'Sàng lọc – đã phân loại', version: ref.version },
        next: { state: 'explanationRequested', stateLabel: 'Chờ báo cáo giải trình', status: 'OPEN', version: ref.version + 1 },
        children: [],
        notifications: [],
      });
      // The explanation clock starts at publication; the due instant is the rule's, counted on the calendar.
      expect(res.body.deadlines).toEqual([
        expect.objectContaining({
          action: 'SCHEDULE', label: 'Đặt thời hạn', key: 'explanation', ruleKey: 'A.PRESS_EXPLAIN', startAt: '2026-11-03T01:00:00.000Z',
          dueAt: expect.stringMatching(/^2026-1[12]-\d\dT/),
        }),
      ]);
      expect(new Date(res.body.deadlines[0].dueAt).getTime()).toBeGreaterThan(new Date('2026-11-03T01:00:00.000Z').getTime());

      expect(await footprint(ref)).toEqual(before);

      // The real step, with the same version and even the same Idempotency-Key, is taken and writes what was shown.
      const real = await t.http
        .post(`/cases/${ref.id}/events`).set(c.as('office')).set('Idempotency-Key', 'dry-run-key-1')
        .send({ type: 'REQUEST_EXPLANATION', expectedVersion: ref.version });
      expect({ status: real.status, code: real.body.code }).toEqual({ status: 200, code: undefined });
      expect(real.body.case).toMatchObject({ state: 'explanationRequested', version: before.version + 1 });
      const after = await footprint(ref);
      expect(after.timeline).toBe(before.timeline + 1);
      expect(after.deadlines).toEqual([expect.objectContaining({ key: 'explanation', status: 'PENDING', generation: 1 })]);
      expect(new Date(after.deadlines[0].due_at).toISOString()).toBe(res.body.deadlines[0].dueAt);
    });

    it('refuses as the real step does, writing nothing: stale version, role, payload, transition', async () => {
      const ref = await classified('office', press());
      const stale = await refused(409, 'VERSION_CONFLICT', () => dryRun('office', { ...ref, version: ref.version - 1 }, 'REQUEST_EXPLANATION'));
      expect(stale.body.details).toMatchObject({ currentVersion: ref.version });
      await refused(403, 'ROLE_NOT_ALLOWED', () => dryRun('secretary', ref, 'REQUEST_EXPLANATION'));
      await refused(400, 'VALIDATION_FAILED', () => dryRun('secretary', ref, 'CLOSE_NO_BASIS', { reason: 'x' }));
      await refused(400, 'UNKNOWN_EVENT', () => dryRun('office', ref, 'NO_SUCH_STEP'));
      await refused(409, 'TRANSITION_NOT_ALLOWED', () => dryRun('office', ref, 'RECORD_EXPLANATION', { receivedAt: '2026-11-05T01:00:00.000Z', summary: 'Giải trình.' }));
      const higher = await classified('office', registration(), 'HIGHER_COMMITTEE');
      const guard = await refused(409, 'TRANSITION_REFUSED', () => dryRun('office', higher, 'FORWARD', { target: 'STATE_BODY', bodyName: 'UBND Thành phố' }));
      expect(guard.body.message).toContain('chỉ được chuyển lên cấp ủy cấp trên');
      // A misspelt flag never falls through to the real step.
      await refused(400, 'VALIDATION_FAILED', () => dryRun('office', ref, 'REQUEST_EXPLANATION', undefined, 'dryRun=yes'));
      // The same version still takes the real step.
      await c.send('office', ref, 'REQUEST_EXPLANATION');
    });

    it('lists the linked case a step would open, and the notice a step would send, without opening or sending', async () => {
      const ref = await classified('taskForce', registration());
      const before = await footprint(ref);
      const res = await dryRun('secretary', ref, 'MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm cần kiểm tra.' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
      expect(res.body).toMatchObject({
        next: { state: 'inspectionHandover', stateLabel: 'Đã chuyển kiểm tra – chờ kết luận kiểm tra' },
        children: [{ procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION', orgUnitId: org.city.id, procedureTitle: expect.stringMatching(VIETNAMESE) }],
      });
      expect(await footprint(ref)).toEqual(before);

      const forwarded = await classified('taskForce', registration());
      await c.send('secretary', forwarded, 'FORWARD', { target: 'STATE_BODY', bodyName: 'UBND Thành phố' });
      const counts = await rowCounts(t.dataSource, TABLES);
      const notice = await dryRun('office', forwarded, 'NOTIFY', { audiences: ['REPORTER'], summary: 'Đã chuyển UBND Thành phố giải quyết.' });
      expect(notice.status).toBe(200);
      expect(notice.body.notifications).toEqual([{ template: '1374.forwarded', audiences: ['REPORTER'], summary: 'Đã chuyển UBND Thành phố giải quyết.' }]);
      expect(notice.body.next).toMatchObject({ state: 'notified', stateLabel: 'Đã thông báo kết quả' });
      expect(await rowCounts(t.dataSource, TABLES)).toEqual(counts);
    });
  });
});
