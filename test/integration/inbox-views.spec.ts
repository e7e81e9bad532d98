// The inbox's views and filters (GET /inbox: procedureId, state, view=awaitingReport) and the queue of steps waiting
// for the caller's decision (GET /inbox/awaiting-me): the queue lists a case exactly when GET /cases/:id offers the
// caller a step on it, within the caller's units, oldest due first, with an exact total.
import { Role } from '@hoso/workflows';
import { caseClient, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

type Name =
  | 'received' | 'receivedFront' | 'classified' | 'explaining' | 'assignedA' | 'reportedA' | 'frontAssignedB' | 'awaitingDirection'
  | 'proposedBySecretary' | 'proposedByStanding' | 'wardOwnA' | 'wardOwnB' | 'discipline' | 'complaint';

interface InboxItem { id: string; state: string; procedureId: string; orgUnitId: string; assignedUnitId: string | null; deadlineKey: string | null }
interface QueueItem {
  id: string; title: string; procedureId: string; procedureTitle: string; state: string; stateLabel: string; orgUnitId: string;
  assignedUnitId: string | null; version: number; receivedAt: string; dueAt: string | null;
  events: { type: string; label: string; requiresSeparationReason?: boolean }[];
}

describe('inbox views (GET /inbox filters, GET /inbox/awaiting-me)', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  const ref = {} as Record<Name, CaseRef>;
  const tokens: Record<string, string> = {};
  const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T02:00:00.000Z`;

  const subject = (managedBy = 'RECEIVING_COMMITTEE') => ({
    infoType: 'PHAN_ANH',
    subject: { kind: 'PERSON', name: 'Nguyễn Văn Bình', isParty: true, managedBy },
  });
  const classify = async (r: CaseRef, who = 'taskForce') => {
    await c.send(who, r, 'START_SCREENING');
    await c.send(who, r, 'CLASSIFY', subject());
  };
  /** A press case brought to the standing committee's direction, its proposal written by `proposer`. */
  const toDirection = async (title: string, received: number, proposer: string) => {
    const r = await c.create('office', org.city.id, registration({ title, source: 'PRESS', publishedAt: day(received), receivedAt: day(received) }));
    await classify(r, 'office');
    await c.send('office', r, 'REQUEST_EXPLANATION');
    await c.send('office', r, 'RECORD_EXPLANATION', { receivedAt: day(received + 1), summary: 'Báo cáo giải trình của người đứng đầu.' });
    await c.send(proposer, r, 'PROPOSE_METHOD', { proposal: 'Đề nghị giao đơn vị kiểm tra, báo cáo.' });
    return r;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    Object.assign(tokens, org.tokens);
    // Two people who write the office's proposal and also decide: one may bypass separation of duties (a secretary),
    // the other may not (a standing committee member).
    tokens.officeSecretary = (await addPerson(t, 'officeSecretary', org.city.id, [Role.COMMITTEE_OFFICE, Role.SECRETARY])).token;
    tokens.officeStanding = (await addPerson(t, 'officeStanding', org.city.id, [Role.COMMITTEE_OFFICE, Role.STANDING_COMMITTEE_MEMBER])).token;
    c = caseClient(t, tokens);
    const city = org.city.id;

    ref.received = await c.create('taskForce', city, registration({ title: 'Vừa tiếp nhận', receivedAt: day(3) }));
    // From the Front's supervision: a 20-working-day result deadline runs from receipt, which a secretary may extend.
    ref.receivedFront = await c.create('taskForce', city, registration({ title: 'Giám sát của Mặt trận', frontSupervision: true, receivedAt: day(4) }));
    ref.classified = await c.create('taskForce', city, registration({ title: 'Đã phân loại', receivedAt: day(1) }));
    await classify(ref.classified);
    ref.explaining = await c.create('taskForce', city, registration({ title: 'Báo chí: chờ giải trình', source: 'PRESS', publishedAt: day(2), receivedAt: day(2) }));
    await classify(ref.explaining);
    await c.send('taskForce', ref.explaining, 'REQUEST_EXPLANATION');
    ref.assignedA = await c.create('taskForce', city, registration({ title: 'Giao phường A', receivedAt: day(5) }));
    await classify(ref.assignedA);
    await c.send('secretary', ref.assignedA, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id });
    ref.reportedA = await c.create('taskForce', city, registration({ title: 'Phường A đã báo cáo', receivedAt: day(6) }));
    await classify(ref.reportedA);
    await c.send('secretary', ref.reportedA, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id });
    await c.send('wardA', ref.reportedA, 'RETURN_TO_TASK_FORCE', { handlingReport: { summary: 'Phường A đã xử lý và báo cáo.' } });
    ref.frontAssignedB = await c.create('taskForce', city, registration({ title: 'Mặt trận: giao phường B', frontSupervision: true, receivedAt: day(7) }));
    await classify(ref.frontAssignedB);
    await c.send('secretary', ref.frontAssignedB, 'ASSIGN_TO_UNIT', { unitId: org.wardB.id });
    ref.awaitingDirection = await toDirection('Báo chí: chờ chỉ đạo', 8, 'office');
    ref.proposedBySecretary = await toDirection('Báo chí: bí thư đã đề xuất', 9, 'officeSecretary');
    ref.proposedByStanding = await toDirection('Báo chí: ủy viên thường vụ đã đề xuất', 10, 'officeStanding');
    ref.wardOwnA = await c.create('wardA', org.wardA.id, registration({ title: 'Phường A tự tiếp nhận', receivedAt: day(11) }));
    ref.wardOwnB = await c.create('wardB', org.wardB.id, registration({ title: 'Phường B tự tiếp nhận', receivedAt: day(12) }));
    const discipline = await t.http.post('/cases').set(c.as('office')).send({
      procedureId: 'ky-luat', orgUnitId: city,
      input: {
        subject: { kind: 'FULL_MEMBER', name: 'Nguyễn Văn A', userId: org.userIds.wardA },
        violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: '2023-05-10', continuing: false },
        evidenceRefs: ['05-KL/UBKT'], source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' }, concludedAt: '2026-02-20',
      },
    });
    expect({ status: discipline.status, body: discipline.body }).toMatchObject({ status: 201 });
    ref.discipline = { id: discipline.body.case.id, version: discipline.body.case.version };
    // A complaint accepted for handling: its resolution deadline puts it in the inbox.
    const complaint = await t.http.post('/cases').set(c.as('office')).send({
      procedureId: 'khieu-nai-ky-luat', orgUnitId: city,
      input: {
        complainant: { kind: 'MEMBER', name: 'Nguyễn Văn A' },
        decision: { form: 'CANH_CAO', decidedBy: { kind: 'CELL', level: 'CELL' }, decidedAt: '2026-01-05', receivedAt: '2026-01-10' },
        lodgedAt: '2026-02-01', lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' }, onBehalfOfAnother: false,
        summary: 'Đề nghị xem xét lại hình thức kỷ luật cảnh cáo', source: { procedureId: 'ky-luat' },
      },
    });
    expect({ status: complaint.status, body: complaint.body }).toMatchObject({ status: 201 });
    ref.complaint = { id: complaint.body.case.id, version: complaint.body.case.version };
    await c.send('inspection', ref.complaint, 'ASSESS_ADMISSIBILITY', { receivedAt: '2026-02-03' });
  });
  afterAll(() => t?.close());

  const nameOf = (id: string) => (Object.entries(ref).find(([, r]) => r.id === id)?.[0] ?? id);
  const names = (items: { id: string }[]) => items.map((i) => nameOf(i.id)).sort();

  async function inbox(who: string, query: Record<string, string | number> = {}) {
    const res = await t.http.get('/inbox').query({ pageSize: 100, ...query }).set(c.as(who));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body as { items: InboxItem[]; total: number; page: number; pageSize: number; view: string };
  }

  async function queue(who: string, query: Record<string, string | number> = {}) {
    const res = await t.http.get('/inbox/awaiting-me').query({ pageSize: 100, ...query }).set(c.as(who));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body as { items: QueueItem[]; total: number; page: number; pageSize: number };
  }

  describe('GET /inbox filters', () => {
    it('narrows to one procedure', async () => {
      const all = await inbox('secretary');
      const complaint = await inbox('secretary', { procedureId: 'khieu-nai-ky-luat' });
      const report = await inbox('secretary', { procedureId: 'quy-dinh-1374' });
      expect(names(complaint.items)).toEqual(['complaint']);
      expect(names(report.items)).toEqual(names(all.items.filter((i) => i.procedureId === 'quy-dinh-1374')));
      expect(report.items.length).toBeGreaterThan(3);
      expect(complaint.total + report.total).toBe(all.total);
      expect((await inbox('secretary', { procedureId: 'to-cao' })).total).toBe(0);
    });

    it('narrows to one exact state path', async () => {
      expect(names((await inbox('secretary', { state: 'explanationRequested' })).items)).toEqual(['explaining']);
      const awaiting = await inbox('secretary', { state: 'assignedToUnit.awaitingReport' });
      expect(names(awaiting.items)).toEqual(['assignedA', 'frontAssignedB']);
      expect(awaiting.total).toBe(2);
      // A state path is matched whole, not as a prefix.
      expect((await inbox('secretary', { state: 'assignedToUnit' })).total).toBe(0);
      // Filters combine.
      expect(names((await inbox('secretary', { state: 'assignedToUnit.awaitingReport', assignedUnitId: org.wardB.id })).items)).toEqual(['frontAssignedB']);
    });

    it('refuses a malformed procedure id', async () => {
      const res = await t.http.get('/inbox').query({ procedureId: 'Quy Định' }).set(c.as('secretary'));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it('view=awaitingReport lists exactly the cases waiting for their assigned unit’s report', async () => {
      const awaiting = await inbox('secretary', { view: 'awaitingReport' });
      expect(awaiting.view).toBe('awaitingReport');
      // Waiting with a Front deadline running counts; a case whose unit has reported does not, though still assigned.
      expect(names(awaiting.items)).toEqual(['assignedA', 'frontAssignedB']);
      expect(awaiting.total).toBe(2);
      const frontItem = awaiting.items.find((i) => i.id === ref.frontAssignedB.id)!;
      expect(frontItem).toMatchObject({ assignedUnitId: org.wardB.id, deadlineKey: 'frontResult' });
      // A citizen's petition (source 3) carries the sources 1–3 handling clock (A.OTHER_SOURCES_HANDLING, no legal value).
      expect(awaiting.items.find((i) => i.id === ref.assignedA.id)).toMatchObject({ assignedUnitId: org.wardA.id, deadlineKey: 'handling' });
      // The nearest view still shows the reported case, its handling clock still running until the conclusion.
      const nearest = await inbox('secretary');
      expect(nearest.items.find((i) => i.id === ref.reportedA.id)).toMatchObject({ state: 'assignedToUnit.reviewingReport', deadlineKey: 'handling' });
    });

    it("keeps each unit's scope: a ward sees only the case assigned to it", async () => {
      expect(names((await inbox('wardA', { view: 'awaitingReport' })).items)).toEqual(['assignedA']);
      expect(names((await inbox('wardB', { view: 'awaitingReport' })).items)).toEqual(['frontAssignedB']);
      expect(names((await inbox('auditor', { view: 'awaitingReport' })).items)).toEqual(['assignedA', 'frontAssignedB']);
      expect((await inbox('noRole', { view: 'awaitingReport' })).total).toBe(0);
    });

    it('pages with a constant total', async () => {
      const all = await inbox('secretary');
      expect(all.total).toBe(all.items.length);
      expect(all.total).toBeGreaterThan(4);
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(all.total / 3); page++) {
        const body = await inbox('secretary', { page, pageSize: 3 });
        expect({ page: body.page, pageSize: body.pageSize, total: body.total }).toEqual({ page, pageSize: 3, total: all.total });
        seen.push(...body.items.map((i) => i.id));
      }
      expect(seen).toEqual(all.items.map((i) => i.id));
      const awaiting = await inbox('secretary', { view: 'awaitingReport', page: 2, pageSize: 1 });
      expect({ total: awaiting.total, count: awaiting.items.length }).toEqual({ total: 2, count: 1 });
    });
  });

  describe('GET /inbox/awaiting-me', () => {
    /** What GET /cases/:id offers `who` now, case by case (cases `who` cannot see are left out). */
    async function offered(who: string): Promise<Map<string, QueueItem['events']>> {
      const map = new Map<string, QueueItem['events']>();
      for (const r of Object.values(ref)) {
        const res = await t.http.get(`/cases/${r.id}`).set(c.as(who));
        if (res.status === 404) continue;
        expect(res.status).toBe(200);
        const events = (res.body.availableEvents as QueueItem['events']).map((e) => ({
          type: e.type,
          label: e.label,
          ...(e.requiresSeparationReason ? { requiresSeparationReason: true } : {}),
        }));
        if (events.length > 0) map.set(r.id, events);
      }
      return map;
    }

    it.each(['secretary', 'standing', 'office', 'taskForce', 'inspection', 'wardA', 'wardB', 'officeSecretary', 'officeStanding', 'auditor'])(
      'lists for %s exactly the cases where GET /cases/:id offers a step, with the same steps',
      async (who) => {
        const expected = await offered(who);
        const body = await queue(who);
        expect(body.total).toBe(expected.size);
        expect(Object.fromEntries(body.items.map((i) => [nameOf(i.id), i.events]))).toEqual(
          Object.fromEntries([...expected].map(([id, events]) => [nameOf(id), events])),
        );
      },
    );

    it('lists a case awaiting direction for the secretary, and not for the office that has no step on it', async () => {
      const secretary = await queue('secretary');
      const item = secretary.items.find((i) => i.id === ref.awaitingDirection.id);
      expect(item).toEqual({
        id: ref.awaitingDirection.id,
        title: 'Báo chí: chờ chỉ đạo',
        procedureId: 'quy-dinh-1374',
        procedureTitle: 'Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU',
        state: 'awaitingDirection',
        stateLabel: 'Chờ Ban Thường vụ chỉ đạo',
        orgUnitId: org.city.id,
        assignedUnitId: null,
        version: ref.awaitingDirection.version,
        receivedAt: day(8),
        dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        events: [{ type: 'DIRECT', label: 'Ban Thường vụ chỉ đạo' }],
      });
      const office = await queue('office');
      expect(office.items.some((i) => i.id === ref.awaitingDirection.id)).toBe(false);
      expect((await queue('auditor')).total).toBe(0);
    });

    it('counts a case only when a step is really open: a Front extension is offered on Front cases only', async () => {
      // Both are "received"; the secretary's only possible step there (extending the Front's deadline) depends on
      // the case, so only the Front case is listed and counted.
      const body = await queue('secretary');
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(ref.receivedFront.id);
      expect(ids).not.toContain(ref.received.id);
      expect(body.items.find((i) => i.id === ref.receivedFront.id)!.events.map((e) => e.type)).toEqual(['EXTEND_FRONT_RESULT']);
      expect(body.total).toBe(body.items.length);
    });

    it('applies separation of duties as the case page does', async () => {
      const bypass = await queue('officeSecretary');
      expect(bypass.items.find((i) => i.id === ref.proposedBySecretary.id)?.events).toEqual([
        { type: 'DIRECT', label: 'Ban Thường vụ chỉ đạo', requiresSeparationReason: true },
      ]);
      expect(bypass.items.find((i) => i.id === ref.awaitingDirection.id)?.events).toEqual([{ type: 'DIRECT', label: 'Ban Thường vụ chỉ đạo' }]);
      // The standing committee member who wrote the proposal may not direct it; others may.
      expect((await queue('officeStanding')).items.some((i) => i.id === ref.proposedByStanding.id)).toBe(false);
      expect((await queue('standing')).items.some((i) => i.id === ref.proposedByStanding.id)).toBe(true);
    });

    it("keeps each ward's scope", async () => {
      const a = await queue('wardA');
      const b = await queue('wardB');
      expect(names(a.items)).toContain('wardOwnA');
      expect(names(a.items)).toContain('assignedA');
      expect(names(a.items)).not.toContain('wardOwnB');
      expect(names(a.items)).not.toContain('frontAssignedB');
      expect(names(b.items)).toContain('wardOwnB');
      expect(names(b.items)).toContain('frontAssignedB');
      expect(names(b.items)).not.toContain('wardOwnA');
      expect(names(b.items)).not.toContain('assignedA');
      // The ward reports on the case assigned to it, acting as the assigned unit.
      expect(a.items.find((i) => i.id === ref.assignedA.id)!.events.map((e) => e.type)).toEqual(['RETURN_TO_TASK_FORCE']);
    });

    it('filters by procedure and by unit', async () => {
      const all = await queue('taskForce');
      const ward = await queue('taskForce', { unitId: org.wardA.id });
      expect(names(ward.items)).toEqual(names(all.items.filter((i) => i.orgUnitId === org.wardA.id)));
      expect(names(ward.items)).toEqual(['wardOwnA']);
      const office = await queue('office');
      const discipline = await queue('office', { procedureId: 'ky-luat' });
      expect(names(discipline.items)).toEqual(names(office.items.filter((i) => i.procedureId === 'ky-luat')));
      expect((await queue('office', { procedureId: 'quy-dinh-1374' })).total + discipline.total).toBe(office.total);
      expect((await queue('secretary', { procedureId: 'to-cao' })).total).toBe(0);
    });

    it('orders the oldest due first, cases without a due date last, then the oldest received', async () => {
      const body = await queue('secretary');
      const key = (i: QueueItem) => [i.dueAt ?? '9999', i.receivedAt, i.id].join('|');
      expect(body.items.map(key)).toEqual(body.items.map(key).sort());
      expect(body.items.some((i) => i.dueAt !== null)).toBe(true);
      expect(body.items.some((i) => i.dueAt === null)).toBe(true);
    });

    it('pages with a constant, exact total', async () => {
      const all = await queue('secretary');
      expect(all.total).toBeGreaterThan(3);
      const seen: string[] = [];
      for (let page = 1; page <= all.total; page++) {
        const body = await queue('secretary', { page, pageSize: 1 });
        expect({ page: body.page, pageSize: body.pageSize, total: body.total, count: body.items.length }).toEqual({ page, pageSize: 1, total: all.total, count: 1 });
        seen.push(body.items[0].id);
      }
      expect(seen).toEqual(all.items.map((i) => i.id));
      expect((await queue('secretary', { page: all.total + 1, pageSize: 1 })).items).toEqual([]);
    });

    it('drops a case from the queue once its step is taken', async () => {
      const r: CaseRef = { ...ref.awaitingDirection };
      expect((await queue('standing')).items.some((i) => i.id === r.id)).toBe(true);
      await c.send('standing', r, 'DIRECT', { direction: 'Giao Tổ công tác xác minh.' });
      ref.awaitingDirection.version = r.version;
      const after = await queue('standing');
      // Directed: the standing committee's next steps are the decisions (assign, forward, move to inspection).
      expect(after.items.find((i) => i.id === r.id)?.state).toBe('directed');
      expect((await queue('office')).items.find((i) => i.id === r.id)?.events.map((e) => e.type)).toEqual(['FORWARD']);
    });
  });
});
