// Quy định 1374-QĐ/TU end to end over HTTP: the people of a city committee and two wards drive cases through the
// procedure (docs/domain/procedures.md §4), each step by the role the procedure names, and read them back.
import type { Response } from 'supertest';
import { VIETNAMESE } from '../support/case-client';
import { refusalCheck } from '../support/refusals';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

type Who = keyof DemoOrg['tokens'];
interface CaseRef {
  id: string;
  version: number;
}
interface Summary {
  id: string;
  title: string;
  state: string;
  status: string;
  reportCategory: string;
  orgUnitId: string;
  assignedUnitId: string | null;
  createdAt: string;
}
interface TimelineItem {
  seq: number;
  type: string;
  actorId: string;
  actorName: string;
  label: string;
  toState: string;
  toStateLabel: string;
  prevHash: string;
  hash: string;
}

const TABLES = ['"case"', 'case_event', 'outbox_message', 'deadline', 'idempotency_key'];

// Cases A–E and the statistics cases are received in this quarter; every other case of the file in 2026.
const PERIOD = { from: '2025-01-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' };

describe('Quy định 1374 end to end over HTTP', () => {
  let t: TestApp;
  let org: DemoOrg;
  const cases: Record<'A' | 'B' | 'C' | 'D' | 'E', CaseRef> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
  });
  afterAll(() => t.close());

  const as = (who: Who) => ({ Authorization: `Bearer ${org.tokens[who]}` });

  const refused = (status: number, code: string, request: () => PromiseLike<Response>) => refusalCheck(t.dataSource, TABLES)(status, code, request);

  async function create(who: Who, orgUnitId: string, input: Record<string, unknown>): Promise<CaseRef & { body: Response['body'] }> {
    const res = await t.http.post('/cases').set(as(who)).send({ procedureId: 'quy-dinh-1374', orgUnitId, input });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    return { id: res.body.case.id, version: res.body.case.version, body: res.body };
  }

  /**
   * Sends an event as `who` with the version of the previous answer, alternately in the body (expectedVersion)
   * and in If-Match, expects it taken, and moves `ref` to the new version.
   */
  let viaHeader = false;
  async function send(who: Who, ref: CaseRef, type: string, payload?: Record<string, unknown>): Promise<Response> {
    viaHeader = !viaHeader;
    const req = t.http.post(`/cases/${ref.id}/events`).set(as(who));
    const res = viaHeader
      ? await req.set('If-Match', `"${ref.version}"`).send(payload ? { type, payload } : { type })
      : await req.send(payload ? { type, payload, expectedVersion: ref.version } : { type, expectedVersion: ref.version });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200, body: { event: { seq: ref.version + 1, type } } });
    expect(res.body.case.version).toBe(ref.version + 1);
    expect(res.headers.etag).toBe(`"${ref.version + 1}"`);
    ref.version = res.body.case.version;
    return res;
  }

  const attempt = (who: Who, ref: CaseRef, type: string, payload?: Record<string, unknown>) =>
    t.http.post(`/cases/${ref.id}/events`).set(as(who)).send({ type, expectedVersion: ref.version, ...(payload ? { payload } : {}) });

  const view = async (who: Who, ref: CaseRef) => {
    const res = await t.http.get(`/cases/${ref.id}`).set(as(who));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body;
  };
  const offered = async (who: Who, ref: CaseRef): Promise<string[]> =>
    (await view(who, ref)).availableEvents.map((e: { type: string }) => e.type);
  const listIds = async (who: Who, query = ''): Promise<string[]> => {
    const res = await t.http.get(`/cases${query}`).set(as(who)).expect(200);
    return res.body.items.map((c: Summary) => c.id);
  };

  const classify = (managedBy = 'RECEIVING_COMMITTEE', isParty = true) => ({
    infoType: 'TO_CAO',
    subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty, managedBy },
  });
  const handlingReport = { handlingReport: { summary: 'Đảng ủy phường đã kiểm điểm cán bộ X và báo cáo kết quả.', documentRef: '12-BC/ĐU' } };

  describe('case A: a citizen petition assigned to ward A, reported back, concluded, notified and archived', () => {
    it('is registered by the task force and starts in "Tiếp nhận", not yet handled', async () => {
      const res = await create('taskForce', org.city.id, registration({ receivedAt: '2025-01-10T02:00:00.000Z' }));
      cases.A = res;
      expect(res.body.case).toMatchObject({
        procedureId: 'quy-dinh-1374',
        state: 'received',
        stateLabel: 'Tiếp nhận',
        status: 'OPEN',
        reportCategory: 'NOT_YET_HANDLED',
        version: 1,
        orgUnitId: org.city.id,
        assignedUnitId: null,
        receivedAt: '2025-01-10T02:00:00.000Z',
        tags: { source: 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION' },
      });
      expect(res.body.event).toEqual({ seq: 1, type: 'CREATE' });
      // Sources 1–3 run a handling clock from receipt; no legal value was found, so it has no due date until set.
      expect((await view('secretary', cases.A)).deadlines).toEqual([
        expect.objectContaining({ key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', startAt: '2025-01-10T02:00:00.000Z', dueAt: null, status: 'PENDING' }),
      ]);
      expect(await offered('taskForce', cases.A)).toEqual(['START_SCREENING']);
      expect(await offered('secretary', cases.A)).toEqual([]);
      expect(await offered('auditor', cases.A)).toEqual([]);
    });

    it('is screened and classified by the task force, then offered to the secretary for a decision', async () => {
      const A = cases.A;
      const started = await send('taskForce', A, 'START_SCREENING');
      expect(started.body.case).toMatchObject({ state: 'screening.unclassified', stateLabel: 'Sàng lọc – chưa phân loại', reportCategory: 'IN_PROGRESS' });
      const classified = await send('taskForce', A, 'CLASSIFY', classify());
      expect(classified.body.case).toMatchObject({ state: 'screening.classified', stateLabel: 'Sàng lọc – đã phân loại', tags: { infoType: 'TO_CAO' } });

      // The list leaves out what a guard on the case alone refuses (an explanation is for press items only).
      expect(await offered('taskForce', A)).toEqual(['CLASSIFY']);
      expect(await offered('secretary', A)).toEqual(['ASSIGN_TO_UNIT', 'CLOSE_NO_BASIS', 'FORWARD', 'MOVE_TO_INSPECTION']);
      expect(await offered('inspection', A)).toEqual(['MOVE_TO_INSPECTION']);
      const detail = await view('secretary', A);
      expect(detail.availableEvents).toContainEqual({ type: 'ASSIGN_TO_UNIT', label: 'Giao đơn vị, cấp ủy cấp dưới giải quyết' });
      expect(detail.context.classification.subject).toEqual(classify().subject);
    });

    it('cannot be seen by ward A before it is assigned there', async () => {
      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${cases.A.id}`).set(as('wardA')));
      expect(await listIds('wardA')).not.toContain(cases.A.id);
    });

    it('is assigned to ward A by the secretary: ward A now sees it and may send its report, ward B still may not', async () => {
      const A = cases.A;
      const outboxBefore = (await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE case_id = $1`, [A.id]))[0].n;
      const res = await send('secretary', A, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id, instructions: 'Báo cáo kết quả trong 15 ngày.' });
      expect(res.body.case).toMatchObject({
        state: 'assignedToUnit.awaitingReport',
        stateLabel: 'Đã giao đơn vị – chờ báo cáo',
        reportCategory: 'AWAITING_UNIT_REPORT',
        assignedUnitId: org.wardA.id,
        orgUnitId: org.city.id,
      });
      // The ward is told (one notify message in the outbox, for the unit).
      const outbox = await t.dataSource.query(`SELECT payload FROM outbox_message WHERE case_id = $1 ORDER BY id`, [A.id]);
      expect(outbox).toHaveLength(outboxBefore + 1);
      expect(outbox[outbox.length - 1].payload).toMatchObject({ template: '1374.assigned', audiences: ['UNIT'] });

      expect(await listIds('wardA')).toContain(A.id);
      const seen = await view('wardA', A);
      expect(seen).toMatchObject({ id: A.id, state: 'assignedToUnit.awaitingReport', assignedUnitId: org.wardA.id, version: A.version });
      // A guard that reads the payload is named, so the ward knows the report must be attached.
      expect(seen.availableEvents).toEqual([
        expect.objectContaining({
          type: 'RETURN_TO_TASK_FORCE', label: 'Đơn vị gửi báo cáo kết quả xử lý về Tổ công tác',
          mayBeRefusedWhen: [expect.objectContaining({ guard: 'carriesHandlingReport' })],
        }),
      ]);

      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${A.id}`).set(as('wardB')));
      expect(await listIds('wardB')).not.toContain(A.id);
      // Ward A acts only as the assigned unit: the city's own steps stay closed to it.
      await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('wardA', A, 'FORWARD', { target: 'STATE_BODY', bodyName: 'UBND phường A' }));
    });

    it('gets the handling report from ward A (acting for the assigned unit) and goes back to the city for review', async () => {
      const A = cases.A;
      const res = await send('wardA', A, 'RETURN_TO_TASK_FORCE', handlingReport);
      expect(res.body.case).toMatchObject({
        state: 'assignedToUnit.reviewingReport',
        stateLabel: 'Xem xét báo cáo của đơn vị',
        reportCategory: 'IN_PROGRESS',
        assignedUnitId: org.wardA.id,
      });
      // Ward A still follows the case but has nothing more to do; at the city only BTV / the secretary conclude.
      expect(await listIds('wardA')).toContain(A.id);
      expect((await view('wardA', A)).context.handlingReport).toEqual(handlingReport.handlingReport);
      expect(await offered('wardA', A)).toEqual([]);
      expect(await offered('taskForce', A)).toEqual(['START_VERIFICATION']);
      expect(await offered('secretary', A)).toEqual(['CONCLUDE', 'MOVE_TO_INSPECTION', 'START_VERIFICATION']);
      expect(await offered('standing', A)).toEqual(['CONCLUDE', 'MOVE_TO_INSPECTION', 'START_VERIFICATION']);
    });

    it('refuses a conclusion from the task force (403) and writes nothing', async () => {
      const res = await refused(403, 'ROLE_NOT_ALLOWED', () =>
        attempt('taskForce', cases.A, 'CONCLUDE', {
          finding: 'PARTLY_FOUNDED',
          summary: 'Kết luận thử của tổ công tác.',
          measures: { party: ['Kiểm điểm'], government: [], massOrganisation: [] },
        }),
      );
      expect(res.body.details.requiredRoles).toEqual(['STANDING_COMMITTEE_MEMBER', 'SECRETARY']);
      expect((await view('secretary', cases.A)).version).toBe(cases.A.version);
    });

    it('is concluded partly founded by a standing committee member, with measures on the party and government lines', async () => {
      const measures = {
        party: ['Kiểm điểm, rút kinh nghiệm trước chi bộ'],
        government: ['Khiển trách theo quy định về cán bộ, công chức'],
        massOrganisation: [],
      };
      const res = await send('standing', cases.A, 'CONCLUDE', {
        finding: 'PARTLY_FOUNDED',
        summary: 'Nội dung phản ánh có cơ sở một phần.',
        measures,
      });
      expect(res.body.case).toMatchObject({
        state: 'concluded',
        stateLabel: 'Đã kết luận',
        status: 'OPEN',
        reportCategory: 'RESOLVED',
        tags: { finding: 'PARTLY_FOUNDED', outcome: 'RESOLVED' },
      });
      const concluded = await view('standing', cases.A);
      expect(concluded.context.conclusion.measures).toEqual(measures);
      // The conclusion meets the handling clock.
      expect(concluded.deadlines.map((d: { key: string; status: string }) => [d.key, d.status])).toEqual([['handling', 'MET']]);
      expect(await offered('office', cases.A)).toEqual(['NOTIFY']);
    });

    it('is notified and archived by the office and is then closed, with nothing left to do for anyone', async () => {
      const A = cases.A;
      const notified = await send('office', A, 'NOTIFY', { audiences: ['REPORTER', 'UPPER_COMMITTEE'], summary: 'Thông báo kết quả giải quyết.' });
      expect(notified.body.case).toMatchObject({ state: 'notified', stateLabel: 'Đã thông báo kết quả', status: 'OPEN' });
      const archived = await send('office', A, 'ARCHIVE');
      expect(archived.body.case).toMatchObject({
        state: 'archived',
        stateLabel: 'Đã lưu hồ sơ',
        status: 'CLOSED',
        reportCategory: 'RESOLVED',
      });
      for (const who of ['office', 'secretary', 'taskForce', 'wardA'] as const) expect(await offered(who, A)).toEqual([]);
      const res = await refused(409, 'TRANSITION_NOT_ALLOWED', () => attempt('office', A, 'ARCHIVE'));
      expect(res.body.details.allowedEvents).toEqual([]);
    });

    it('keeps a timeline numbered 1..8 naming each person who acted, with Vietnamese labels, chained by hash', async () => {
      const res = await t.http.get(`/cases/${cases.A.id}/timeline`).set(as('auditor')).expect(200);
      const items: TimelineItem[] = res.body.items;
      expect(res.body.total).toBe(8);
      expect(items.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const who: Who[] = ['taskForce', 'taskForce', 'taskForce', 'secretary', 'wardA', 'standing', 'office', 'office'];
      expect(items.map((e) => e.actorId)).toEqual(who.map((w) => org.userIds[w]));
      expect(items.map((e) => e.actorName)).toEqual(who.map((w) => `Người dùng ${w}`));
      expect(items.map((e) => e.label)).toEqual([
        'Tiếp nhận, đăng ký vụ việc',
        'Bắt đầu sàng lọc, phân loại',
        'Phân loại thông tin',
        'Giao đơn vị, cấp ủy cấp dưới giải quyết',
        'Đơn vị gửi báo cáo kết quả xử lý về Tổ công tác',
        'Kết luận',
        'Thông báo kết quả',
        'Lưu hồ sơ',
      ]);
      expect(items.map((e) => e.toStateLabel)).toEqual([
        'Tiếp nhận',
        'Sàng lọc – chưa phân loại',
        'Sàng lọc – đã phân loại',
        'Đã giao đơn vị – chờ báo cáo',
        'Xem xét báo cáo của đơn vị',
        'Đã kết luận',
        'Đã thông báo kết quả',
        'Đã lưu hồ sơ',
      ]);
      for (let i = 1; i < items.length; i++) expect(items[i].prevHash).toBe(items[i - 1].hash);
      // The assigned ward reads the same history; page 2 of 3 per page holds events 4–6.
      const page = await t.http.get(`/cases/${cases.A.id}/timeline?page=2&pageSize=3`).set(as('wardA')).expect(200);
      expect(page.body.items.map((e: TimelineItem) => e.seq)).toEqual([4, 5, 6]);
    });
  });

  describe('case B: a press report through explanation, office proposal, direction and inspection', () => {
    it('runs the press path with the three deadlines opened and met in turn', async () => {
      const created = await create(
        'office',
        org.city.id,
        registration({
          title: 'Báo Tuổi Trẻ phản ánh giám đốc sở nhận quà',
          source: 'PRESS',
          channel: 'PUBLICATION',
          publication: 'Báo Tuổi Trẻ',
          publishedAt: '2025-01-11T01:00:00.000Z',
          receivedAt: '2025-01-12T02:00:00.000Z',
        }),
      );
      const B = (cases.B = created);
      await send('office', B, 'START_SCREENING');
      await send('office', B, 'CLASSIFY', classify());

      const requested = await send('office', B, 'REQUEST_EXPLANATION');
      expect(requested.body.case).toMatchObject({ state: 'explanationRequested', stateLabel: 'Chờ báo cáo giải trình' });
      const afterRequest = await view('office', B);
      expect(afterRequest.deadlines).toEqual([
        expect.objectContaining({ key: 'explanation', ruleKey: 'A.PRESS_EXPLAIN', status: 'PENDING', generation: 1 }),
      ]);
      // The explanation clock starts at publication (A-D1), not at receipt.
      expect(new Date(afterRequest.deadlines[0].startAt).toISOString()).toBe('2025-01-11T01:00:00.000Z');

      const recorded = await send('office', B, 'RECORD_EXPLANATION', {
        receivedAt: '2025-01-20T03:00:00.000Z',
        summary: 'Báo cáo giải trình của giám đốc sở.',
      });
      expect(recorded.body.case).toMatchObject({ state: 'officeProposal', stateLabel: 'Văn phòng chuẩn bị đề xuất' });
      // Only the office proposes the method; the task force is not offered it.
      expect(await offered('taskForce', B)).toEqual([]);
      expect(await offered('office', B)).toEqual(['PROPOSE_METHOD']);
      await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('taskForce', B, 'PROPOSE_METHOD', { proposal: 'Đề xuất của tổ công tác' }));

      const proposed = await send('office', B, 'PROPOSE_METHOD', { proposal: 'Đề xuất chuyển Ủy ban kiểm tra xem xét.' });
      expect(proposed.body.case).toMatchObject({ state: 'awaitingDirection', stateLabel: 'Chờ Ban Thường vụ chỉ đạo' });
      await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('office', B, 'DIRECT', { direction: 'Văn phòng tự chỉ đạo' }));

      const directed = await send('standing', B, 'DIRECT', { direction: 'Giao Ủy ban kiểm tra xem xét dấu hiệu vi phạm.' });
      expect(directed.body.case).toMatchObject({ state: 'directed', stateLabel: 'Đã có chỉ đạo' });

      // Moving to inspection opens the inspection as a linked case; the 1374 case waits for its conclusion.
      const moved = await send('inspection', B, 'MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm quy định của Đảng' });
      expect(moved.body.case).toMatchObject({
        state: 'inspectionHandover',
        stateLabel: 'Đã chuyển kiểm tra – chờ kết luận kiểm tra',
        reportCategory: 'MOVED_TO_INSPECTION',
      });
      expect(moved.body.children).toEqual([{ caseId: expect.any(String), procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION' }]);
      await refused(409, 'TRANSITION_NOT_ALLOWED', () => attempt('office', B, 'NOTIFY', { audiences: ['REPORTER'], summary: 'Chưa có kết luận.' }));
      const K: CaseRef = { id: moved.body.children[0].caseId, version: 1 };
      // The inspection commission runs it; whoever opened it does not decide it, whoever drafts does not conclude.
      await send('standing', K, 'DECIDE', { decisionRef: '15-QĐ/UBKT', planSummary: 'Kiểm tra dấu hiệu vi phạm', team: 'Đoàn kiểm tra số 3' });
      await send('inspection', K, 'ANNOUNCE', { announcedAt: '2025-02-10T02:00:00.000Z' });
      await send('inspection', K, 'RECORD_EXPLANATION', { receivedAt: '2025-02-20T02:00:00.000Z', summary: 'Báo cáo giải trình của đối tượng.' });
      await send('inspection', K, 'START_VERIFICATION');
      await send('inspection', K, 'RECORD_VERIFICATION', { kind: 'DOCUMENTS', summary: 'Thu thập tài liệu, chứng cứ.' });
      await send('inspection', K, 'SUBMIT_DRAFT_REPORT', { summary: 'Dự thảo báo cáo kết quả kiểm tra.' });
      await send('standing', K, 'CONCLUDE', { outcome: 'NO_VIOLATION', summary: 'Không có vi phạm.' });
      const waited = await view('office', B);
      expect(waited).toMatchObject({ state: 'inspectionConcluded', context: { inspectionResult: { childCaseId: K.id, outcome: 'NO_VIOLATION' } } });
      expect(waited.links.children).toEqual([expect.objectContaining({ caseId: K.id, link: 'INSPECTION' })]);
      B.version = waited.version;
      await send('office', B, 'NOTIFY', { audiences: ['REPORTER'], summary: 'Đã chuyển Ủy ban kiểm tra xem xét.' });
      const archived = await send('office', B, 'ARCHIVE');
      expect(archived.body.case).toMatchObject({ state: 'archived', status: 'CLOSED', reportCategory: 'MOVED_TO_INSPECTION' });

      const detail = await view('standing', B);
      expect(detail.deadlines.map((d: { key: string; status: string }) => [d.key, d.status])).toEqual([
        ['explanation', 'MET'],
        ['officeProposal', 'MET'],
        ['direction', 'MET'],
      ]);
      const proposal = detail.deadlines[1];
      expect(new Date(proposal.startAt).toISOString()).toBe('2025-01-20T03:00:00.000Z');

      const timeline = await t.http.get(`/cases/${B.id}/timeline`).set(as('office')).expect(200);
      expect(timeline.body.items.map((e: TimelineItem) => [e.type, e.actorId])).toEqual([
        ['CREATE', org.userIds.office],
        ['START_SCREENING', org.userIds.office],
        ['CLASSIFY', org.userIds.office],
        ['REQUEST_EXPLANATION', org.userIds.office],
        ['RECORD_EXPLANATION', org.userIds.office],
        ['PROPOSE_METHOD', org.userIds.office],
        ['DIRECT', org.userIds.standing],
        ['MOVE_TO_INSPECTION', org.userIds.inspection],
        ['CHILD_CONCLUDED', '00000000-0000-0000-0000-000000000000'],
        ['NOTIFY', org.userIds.office],
        ['ARCHIVE', org.userIds.office],
      ]);
    });
  });

  describe('case C: closed for lack of basis', () => {
    it('is closed by the secretary (the task force may not close it)', async () => {
      const C = (cases.C = await create(
        'taskForce',
        org.city.id,
        registration({ title: 'Ý kiến cử tri không nêu đối tượng cụ thể', source: 'VOTER', channel: 'MEETING', receivedAt: '2025-02-03T02:00:00.000Z' }),
      ));
      await send('taskForce', C, 'START_SCREENING');
      await send('taskForce', C, 'CLASSIFY', { infoType: 'PHAN_ANH', subject: { kind: 'ORGANISATION', name: 'Không rõ', isParty: false, managedBy: 'RECEIVING_COMMITTEE' } });
      await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('taskForce', C, 'CLOSE_NO_BASIS', { reason: 'Không có đối tượng cụ thể' }));
      const res = await send('secretary', C, 'CLOSE_NO_BASIS', { reason: 'Không có đối tượng, nội dung cụ thể để xem xét.' });
      expect(res.body.case).toMatchObject({
        state: 'closedNoBasis',
        stateLabel: 'Không giải quyết – không có cơ sở',
        status: 'CLOSED',
        reportCategory: 'NO_BASIS',
      });
      expect(await offered('taskForce', C)).toEqual([]);
    });
  });

  describe('case D: a subject managed by the higher committee', () => {
    it('cannot be assigned down (409 with the reason in Vietnamese) and is forwarded up', async () => {
      const D = (cases.D = await create(
        'taskForce',
        org.city.id,
        registration({ title: 'Giám sát của HĐND về ủy viên Trung ương', source: 'ELECTED_BODY', channel: 'EMAIL', receivedAt: '2025-02-14T02:00:00.000Z' }),
      ));
      await send('taskForce', D, 'START_SCREENING');
      await send('taskForce', D, 'CLASSIFY', classify('HIGHER_COMMITTEE'));

      const res = await refused(409, 'TRANSITION_REFUSED', () => attempt('secretary', D, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id }));
      const reason = 'Đối tượng thuộc diện cấp ủy cấp trên quản lý: chỉ được chuyển lên cấp ủy cấp trên có thẩm quyền.';
      expect(res.body.message).toBe(reason);
      expect(res.body.details).toMatchObject({ state: 'screening.classified', guards: ['subjectManagedHere'], reasons: [reason] });
      // Forwarding anywhere but up is refused too.
      const sideways = await refused(409, 'TRANSITION_REFUSED', () => attempt('office', D, 'FORWARD', { target: 'STATE_BODY', bodyName: 'UBND Thành phố' }));
      expect(sideways.body.details.reasons).toEqual([expect.stringContaining('cấp ủy cấp trên')]);
      expect(await view('secretary', D)).toMatchObject({ state: 'screening.classified', version: D.version, assignedUnitId: null });

      const forwarded = await send('office', D, 'FORWARD', { target: 'HIGHER_COMMITTEE', bodyName: 'Ban Bí thư Trung ương' });
      expect(forwarded.body.case).toMatchObject({
        state: 'forwarded',
        stateLabel: 'Đã chuyển cơ quan có thẩm quyền',
        status: 'OPEN',
        reportCategory: 'FORWARDED',
      });
    });
  });

  describe('case E: the unit has no handling report yet', () => {
    it('cannot pass the case back to the task force without its "báo cáo kết quả xử lý"', async () => {
      const E = (cases.E = await create('taskForce', org.city.id, registration({ title: 'Đơn tố cáo cán bộ phường A', receivedAt: '2025-03-31T16:59:59.000Z' })));
      await send('taskForce', E, 'START_SCREENING');
      await send('taskForce', E, 'CLASSIFY', classify());
      await send('secretary', E, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id });
      const res = await refused(409, 'TRANSITION_REFUSED', () => attempt('wardA', E, 'RETURN_TO_TASK_FORCE', {}));
      expect(res.body.message).toContain('báo cáo kết quả xử lý');
      expect(res.body.details.reasons).toEqual([expect.stringContaining('báo cáo kết quả xử lý')]);
      const without = await refused(409, 'TRANSITION_REFUSED', () => attempt('wardA', E, 'RETURN_TO_TASK_FORCE'));
      expect(without.body.message).toContain('báo cáo kết quả xử lý');
      expect(await view('wardA', E)).toMatchObject({ state: 'assignedToUnit.awaitingReport', reportCategory: 'AWAITING_UNIT_REPORT', version: E.version });
    });
  });

  describe('permissions', () => {
    it('refuses every step to the auditor (403) though it may read the case', async () => {
      const probe = await create('taskForce', org.city.id, registration({ title: 'Vụ việc để kiểm tra quyền' }));
      await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('auditor', probe, 'START_SCREENING'));
      await send('taskForce', probe, 'START_SCREENING');
      await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('auditor', probe, 'CLASSIFY', classify()));
      await send('taskForce', probe, 'CLASSIFY', classify());
      for (const [type, payload] of [
        ['ASSIGN_TO_UNIT', { unitId: org.wardA.id }],
        ['CLOSE_NO_BASIS', { reason: 'Không có cơ sở' }],
        ['MOVE_TO_INSPECTION', { reason: 'Có dấu hiệu vi phạm' }],
        ['FORWARD', { target: 'STATE_BODY', bodyName: 'UBND' }],
      ] as const) {
        await refused(403, 'ROLE_NOT_ALLOWED', () => attempt('auditor', probe, type, payload));
      }
      expect(await view('auditor', probe)).toMatchObject({ state: 'screening.classified', availableEvents: [] });
      await refused(403, 'ROLE_NOT_ALLOWED', () =>
        t.http.post('/cases').set(as('auditor')).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() }),
      );
      // Neither may a standing committee member register a case (task force or office only).
      await refused(403, 'ROLE_NOT_ALLOWED', () =>
        t.http.post('/cases').set(as('standing')).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() }),
      );
    });

    it('refuses a user without any role: no unit is theirs to register at, and they see no case', async () => {
      // The user holds no role anywhere, so no unit is in their scope: the unit is "not found", as for ward A below.
      await refused(404, 'UNIT_NOT_FOUND', () =>
        t.http.post('/cases').set(as('noRole')).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() }),
      );
      const list = await t.http.get('/cases').set(as('noRole')).expect(200);
      expect(list.body).toMatchObject({ items: [], total: 0 });
      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${cases.C.id}`).set(as('noRole')));
    });

    it('hides a city case from ward B: 404 on read, on its timeline and on any event; absent from its list', async () => {
      const D = cases.D;
      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${D.id}`).set(as('wardB')));
      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${D.id}/timeline`).set(as('wardB')));
      await refused(404, 'CASE_NOT_FOUND', () => attempt('wardB', D, 'NOTIFY', { audiences: ['REPORTER'], summary: 'Thông báo từ phường B' }));
      const all = await listIds('wardB');
      for (const c of Object.values(cases)) expect(all).not.toContain(c.id);
      // Naming the city unit in the filter does not widen the scope.
      const filtered = await t.http.get(`/cases?unitId=${org.city.id}`).set(as('wardB')).expect(200);
      expect(filtered.body).toMatchObject({ items: [], total: 0 });
    });

    it('lets ward A register at ward A but not at the city (404 UNIT_NOT_FOUND)', async () => {
      const own = await create('wardA', org.wardA.id, registration({ title: 'Phản ánh tại phường A' }));
      expect(own.body.case).toMatchObject({ orgUnitId: org.wardA.id, state: 'received' });
      expect(await listIds('wardA')).toContain(own.id);
      expect(await listIds('wardB')).not.toContain(own.id);
      // The city sees the ward's cases.
      expect(await listIds('secretary', `?unitId=${org.wardA.id}`)).toContain(own.id);
      await refused(404, 'UNIT_NOT_FOUND', () =>
        t.http.post('/cases').set(as('wardA')).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() }),
      );
      await refused(404, 'UNIT_NOT_FOUND', () =>
        t.http.post('/cases').set(as('wardA')).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.wardB.id, input: registration() }),
      );
    });

    it('answers 401 UNAUTHENTICATED without a token, with a garbage token or a forged one', async () => {
      const body = { procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() };
      await refused(401, 'UNAUTHENTICATED', () => t.http.get('/cases'));
      await refused(401, 'UNAUTHENTICATED', () => t.http.post('/cases').send(body));
      await refused(401, 'UNAUTHENTICATED', () => t.http.post('/cases').set('Authorization', 'Bearer rac-rac-rac-rac-rac').send(body));
      await refused(401, 'UNAUTHENTICATED', () => t.http.get(`/cases/${cases.A.id}`).set('Authorization', 'Basic dGFza0ZvcmNlOng='));
      // A well-formed token for a real user, signed with another key.
      const [claims] = org.tokens.secretary.split('.');
      const forged = `${claims}.${Buffer.alloc(32, 7).toString('base64url')}`;
      await refused(401, 'UNAUTHENTICATED', () => attempt('secretary', cases.D, 'NOTIFY', { audiences: ['REPORTER'], summary: 'x' }).set('Authorization', `Bearer ${forged}`));
    });
  });

  describe('lists', () => {
    it('pages newest first and filters by procedure, state, status, unit and title', async () => {
      const made: string[] = [];
      for (let i = 1; i <= 5; i++) {
        made.push((await create('office', org.city.id, registration({ title: `Danh sách mẫu số ${i}` }))).id);
      }
      const page2 = await t.http.get('/cases?q=danh%20s%C3%A1ch%20m%E1%BA%ABu&pageSize=2&page=2').set(as('secretary')).expect(200);
      expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 5 });
      expect(page2.body.items.map((c: Summary) => c.title)).toEqual(['Danh sách mẫu số 3', 'Danh sách mẫu số 2']);
      const page3 = await t.http.get('/cases?q=Danh%20s%C3%A1ch%20m%E1%BA%ABu&pageSize=2&page=3').set(as('secretary')).expect(200);
      expect(page3.body.items.map((c: Summary) => c.id)).toEqual([made[0]]);

      // Over all cases: newest first by creation.
      const all = await t.http.get('/cases?pageSize=100').set(as('secretary')).expect(200);
      const created = all.body.items.map((c: Summary) => c.createdAt);
      expect(created).toEqual([...created].sort().reverse());
      expect(all.body.items.slice(0, 5).map((c: Summary) => c.id)).toEqual([...made].reverse());
      expect(all.body.total).toBe(all.body.items.length);

      const byProcedure = await t.http.get('/cases?procedureId=quy-dinh-1374&pageSize=100').set(as('secretary')).expect(200);
      // The other cases listed are the ones 1374 steps opened (an inspection).
      expect(byProcedure.body.total).toBe(all.body.items.filter((c: Summary & { procedureId: string }) => c.procedureId === 'quy-dinh-1374').length);
      const otherProcedure = await t.http.get('/cases?procedureId=quy-dinh-khac').set(as('secretary')).expect(200);
      expect(otherProcedure.body).toMatchObject({ items: [], total: 0 });

      const closedNoBasis = await listIds('secretary', '?state=closedNoBasis');
      expect(closedNoBasis).toEqual([cases.C.id]);
      const awaiting = await listIds('secretary', '?state=assignedToUnit.awaitingReport');
      expect(awaiting).toEqual([cases.E.id]);

      const closed = await listIds('secretary', '?status=CLOSED&pageSize=100');
      expect(new Set(closed)).toEqual(new Set([cases.A.id, cases.B.id, cases.C.id]));
      const open = await listIds('secretary', '?status=OPEN&pageSize=100');
      expect(open).toContain(cases.D.id);
      expect(open).not.toContain(cases.A.id);

      // unitId: cases registered at or assigned to that unit.
      const wardA = await listIds('secretary', `?unitId=${org.wardA.id}&pageSize=100`);
      expect(wardA).toEqual(expect.arrayContaining([cases.A.id, cases.E.id]));
      expect(wardA).not.toContain(cases.C.id);
      expect(wardA).not.toContain(cases.D.id);

      const combined = await t.http.get(`/cases?status=OPEN&unitId=${org.wardA.id}&state=assignedToUnit.awaitingReport`).set(as('secretary')).expect(200);
      expect(combined.body.items.map((c: Summary) => c.id)).toEqual([cases.E.id]);
    });

    it('searches titles with "%" and "_" taken literally', async () => {
      const percent = await create('office', org.city.id, registration({ title: 'Tỷ lệ 100% hộ dân ký xác nhận' }));
      const plain = await create('office', org.city.id, registration({ title: 'Tỷ lệ 1000 hộ dân ký xác nhận' }));
      const underscore = await create('office', org.city.id, registration({ title: 'Mã hồ sơ HS_01 bị sửa' }));
      const other = await create('office', org.city.id, registration({ title: 'Mã hồ sơ HSX01 bị sửa' }));

      expect(await listIds('secretary', `?q=${encodeURIComponent('100%')}`)).toEqual([percent.id]);
      expect(await listIds('secretary', `?q=${encodeURIComponent('%')}`)).toEqual([percent.id]);
      expect(await listIds('secretary', `?q=${encodeURIComponent('HS_01')}`)).toEqual([underscore.id]);
      expect(await listIds('secretary', `?q=${encodeURIComponent('1000 hộ')}`)).toEqual([plain.id]);
      expect(await listIds('secretary', `?q=${encodeURIComponent('hsx01')}`)).toEqual([other.id]);
      expect(await listIds('secretary', `?q=${encodeURIComponent('\\')}`)).toEqual([]);
    });

    it('refuses bad list parameters with 400', async () => {
      for (const query of ['?pageSize=0', '?pageSize=101', '?page=0', '?status=DONE', '?unitId=abc', '?procedureId=Quy%20dinh']) {
        await refused(400, 'VALIDATION_FAILED', () => t.http.get(`/cases${query}`).set(as('secretary')));
      }
    });
  });

  describe('statistics (Quy định 1374 reporting categories)', () => {
    const stats = (who: Who, query: string) => t.http.get(`/statistics/quy-dinh-1374${query}`).set(as(who));
    const period = `?from=${encodeURIComponent(PERIOD.from)}&to=${encodeURIComponent(PERIOD.to)}`;
    const zeroCategories = {
      RESOLVED: 0,
      IN_PROGRESS: 0,
      NOT_YET_HANDLED: 0,
      NO_BASIS: 0,
      FORWARDED: 0,
      MOVED_TO_INSPECTION: 0,
      AWAITING_UNIT_REPORT: 0,
    };
    const zeroSources = { VOTER: 0, ELECTED_BODY: 0, CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 0, PRESS: 0 };
    /** Received in the period and still in screening: IN_PROGRESS until it is closed below. */
    let screened: CaseRef;

    beforeAll(async () => {
      // Besides cases A–E: F exactly at `from` (counted), G screening, W at ward A, X at ward B; exactly at `to`
      // and just before `from`: not counted.
      await create('taskForce', org.city.id, registration({ title: 'Thống kê: nhận đúng đầu kỳ', receivedAt: PERIOD.from }));
      const G = await create('taskForce', org.city.id, registration({ title: 'Thống kê: đang sàng lọc', source: 'VOTER', channel: 'PHONE', receivedAt: '2025-03-01T00:00:00.000Z' }));
      await send('taskForce', G, 'START_SCREENING');
      await create('taskForce', org.city.id, registration({ title: 'Thống kê: nhận đúng cuối kỳ', source: 'PRESS', channel: 'PUBLICATION', publishedAt: PERIOD.to, receivedAt: PERIOD.to }));
      await create('taskForce', org.city.id, registration({ title: 'Thống kê: trước kỳ', receivedAt: '2024-12-31T16:59:59.999Z' }));
      await create('wardA', org.wardA.id, registration({ title: 'Thống kê: phường A', source: 'ELECTED_BODY', channel: 'EMAIL', receivedAt: '2025-02-01T00:00:00.000Z' }));
      await create('wardB', org.wardB.id, registration({ title: 'Thống kê: phường B', source: 'ELECTED_BODY', channel: 'EMAIL', receivedAt: '2025-02-02T00:00:00.000Z' }));
      screened = G;
    });

    it('counts the cases received in [from, to) by source and by published category', async () => {
      const res = await stats('secretary', period);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
      // Periods are Vietnamese civil dates: [00:00 on from, 00:00 on to) in Asia/Ho_Chi_Minh.
      expect(res.body).toMatchObject({ procedureId: 'quy-dinh-1374', period: { from: '2025-01-01', to: '2025-04-01' }, unitId: null });
      // A, E, F citizen petitions; B press; C, G voters; D, W, X elected bodies.
      expect(res.body.received).toEqual({
        total: 9,
        bySource: { CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 3, PRESS: 1, VOTER: 2, ELECTED_BODY: 3 },
      });
      expect(res.body.byCategory).toEqual({
        RESOLVED: 1, // A
        MOVED_TO_INSPECTION: 1, // B
        NO_BASIS: 1, // C
        FORWARDED: 1, // D
        AWAITING_UNIT_REPORT: 1, // E
        NOT_YET_HANDLED: 3, // F, W, X
        IN_PROGRESS: 1, // G
      });
      expect(res.body.labels.categories).toMatchObject({ RESOLVED: 'Đã giải quyết', AWAITING_UNIT_REPORT: 'Chưa nhận được báo cáo từ đơn vị' });
      expect(res.body.labels.sources.PRESS).toBe('Thông tin phản ánh của báo chí');
    });

    it('moves a case from one category to another as it is handled', async () => {
      await send('taskForce', screened, 'CLASSIFY', classify());
      await send('secretary', screened, 'CLOSE_NO_BASIS', { reason: 'Không đủ cơ sở để xem xét.' });
      const res = await stats('secretary', period).expect(200);
      expect(res.body.byCategory).toMatchObject({ IN_PROGRESS: 0, NO_BASIS: 2 });
      expect(res.body.received.total).toBe(9);
    });

    it('narrows to one unit: with unitId = ward A only the cases registered there', async () => {
      const res = await stats('secretary', `${period}&unitId=${org.wardA.id}`);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
      expect(res.body.unitId).toBe(org.wardA.id);
      expect(res.body.received).toEqual({ total: 1, bySource: { ...zeroSources, ELECTED_BODY: 1 } });
      expect(res.body.byCategory).toEqual({ ...zeroCategories, NOT_YET_HANDLED: 1 });
    });

    it('gives a ward B user only ward B’s cases, and no way to ask for the city’s', async () => {
      const res = await stats('wardB', period);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
      expect(res.body.received).toEqual({ total: 1, bySource: { ...zeroSources, ELECTED_BODY: 1 } });
      expect(res.body.byCategory).toEqual({ ...zeroCategories, NOT_YET_HANDLED: 1 });
      await refused(404, 'UNIT_NOT_FOUND', () => stats('wardB', `${period}&unitId=${org.city.id}`));
    });

    it('counts nothing in a period where nothing was received', async () => {
      const res = await stats('secretary', '?from=2023-01-01T00:00:00.000Z&to=2024-01-01T00:00:00.000Z');
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
      expect(res.body.received).toEqual({ total: 0, bySource: zeroSources });
      expect(res.body.byCategory).toEqual(zeroCategories);
    });

    it('refuses bad dates with 400', async () => {
      for (const [query, field] of [
        ['?from=hom-qua&to=2025-04-01T00:00:00.000Z', 'from'],
        ['?from=2025-01-01T00:00:00.000Z&to=2025-13-45', 'to'],
        ['?to=2025-04-01T00:00:00.000Z', 'from'],
        ['?from=2025-01-01T00:00:00.000Z', 'to'],
        ['?from=2025-04-01T00:00:00.000Z&to=2025-01-01T00:00:00.000Z', 'to'],
        [`${period}&unitId=khong-phai-uuid`, 'unitId'],
      ]) {
        const res = await refused(400, 'VALIDATION_FAILED', () => stats('secretary', query));
        expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
      }
    });
  });

  describe('procedures, health and documentation', () => {
    it('publishes quy-dinh-1374 v1 with Vietnamese labels and its machine definition', async () => {
      const res = await t.http.get('/procedures').set(as('auditor')).expect(200);
      const p = res.body.find((d: { id: string }) => d.id === 'quy-dinh-1374');
      expect(p).toMatchObject({ id: 'quy-dinh-1374', version: 1, title: expect.stringMatching(VIETNAMESE), createRoles: ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE'] });
      expect(p.events).toHaveLength(18);
      // The system's own event is listed with no role that could send it.
      expect(p.events).toContainEqual(expect.objectContaining({ type: 'DEADLINE_MISSED', roles: [] }));
      for (const e of p.events) expect(e.label).toMatch(VIETNAMESE);
      expect(p.events).toContainEqual(expect.objectContaining({ type: 'CONCLUDE', label: 'Kết luận', actingUnit: 'CASE_UNIT' }));
      expect(p.events).toContainEqual(expect.objectContaining({ type: 'RETURN_TO_TASK_FORCE', actingUnit: 'ASSIGNED_UNIT' }));
      expect(p.states).toMatchObject({ received: 'Tiếp nhận', archived: 'Đã lưu hồ sơ' });
      expect(p.definition.id).toBe('quy-dinh-1374');
      expect(Object.keys(p.definition.states)).toEqual(expect.arrayContaining(['received', 'screening', 'assignedToUnit', 'archived', 'closedNoBasis']));
      await refused(401, 'UNAUTHENTICATED', () => t.http.get('/procedures'));
    });

    it('reports health with the database up, without a token', async () => {
      const res = await t.http.get('/health').expect(200);
      expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    });

    it('serves the Swagger UI at /docs', async () => {
      const res = await t.http.get('/docs').expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('Swagger UI');
    });

    it('describes every endpoint in the OpenAPI document, the new ones included', async () => {
      const doc = (await t.http.get('/docs-json').expect(200)).body as { paths: Record<string, unknown> };
      for (const path of [
        '/cases', '/cases/{id}/events', '/cases/{id}/reporter/reveal', '/cases/{id}/participants', '/cases/{id}/ballot-roster',
        '/cases/{id}/dossier', '/cases/{id}/timeline/verify', '/cases/{id}/timeline/export', '/people', '/discipline/authority',
        '/statistics/{procedureId}', '/me/notifications/{id}/retry', '/auth/refresh', '/me/password', '/users',
        '/users/{id}/deactivate', '/users/{id}/unlock',
      ]) {
        expect(doc.paths).toHaveProperty([path]);
      }
    });
  });
});
