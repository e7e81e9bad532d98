// Inspection and supervision plans (ke-hoach-kiem-tra-giam-sat v1 and its items kiem-tra-giam-sat-chuyen-de v1), end to
// end over HTTP with the worker's jobs at hand: a cell's secretary drafts next year's plan (three items on two members
// from the directory); a first meeting's vote falls short of more than half, a second adopts it and each item opens as
// a linked case whose notice is due by the end of the month before it; the plan goes up to the ward. Item 1: the member
// is told and asked for a self-inspection report whose day the notice fixes — reminded to the ward's office, then met —
// verified by the ward's inspection commission, concluded with shortcomings, followed up until corrected. Item 2: the
// secretary who drafted the report may record the conclusion only with a reason; signs of violation open an inspection
// on signs of violation (linked). The year's report waits for item 3, cancelled with a reason, and the plan closes by
// itself. The statistics count the items by kind, subject, outcome and year; the published forms speak Vietnamese;
// refusals are 4xx with stable codes and write nothing.
//
// Time: every act is dated today (the machine refuses acts dated after the day they are entered), the plan is next
// year's. The test stops the worker's periodic arming pass and runs it itself; the reminder is fired as the
// organisation-change test does: its planned firing moved into a minute of the test's own, and that minute's bucket handled.
import type { Response } from 'supertest';
import { jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { addCalendarDays, endOfVietnamDay } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import { VIETNAMESE } from '../support/case-client';
import { createUnit, newPerson, vietnamToday, type Person } from '../support/org-fixtures';
import { refusalCheck } from '../support/refusals';
import { createTestApp, type TestApp } from '../support/test-app';

const PLAN = 'ke-hoach-kiem-tra-giam-sat';
const ITEM = 'kiem-tra-giam-sat-chuyen-de';
const TABLES = ['"case"', 'case_event', 'deadline', 'case_link'];
const WAIT_MS = 30_000;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Ref {
  id: string;
  version: number;
}

describe('inspection and supervision plans: a cell’s year from the draft to the closing', () => {
  let t: TestApp;
  const today = vietnamToday();
  const year = Number(today.slice(0, 4)) + 1;
  let cell: { id: string };
  let otherCell: { id: string };
  let own: Record<'secretary' | 'deputy', Person>;
  let ward: Record<'secretary' | 'office' | 'inspection', Person>;
  let stranger: Person;
  let memberA: string;
  let memberB: string;
  const plan: Ref = { id: '', version: 0 };
  let items: Ref[] = [];

  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });
  const refused = (status: number, code: string, request: () => PromiseLike<Response>) => refusalCheck(t.dataSource, TABLES)(status, code, request);
  const attempt = (p: Person, ref: Ref, type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    t.http.post(`/cases/${ref.id}/events`).set(auth(p)).send({ type, expectedVersion: ref.version, payload, ...extra });
  async function step(p: Person, ref: Ref, type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const res = await attempt(p, ref, type, payload, extra);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200, body: { event: { type } } });
    ref.version = res.body.case.version;
    return res.body;
  }
  const view = async (ref: Ref, p: Person = own.secretary) => (await t.http.get(`/cases/${ref.id}`).set(auth(p)).expect(200)).body;
  const fresh = async (ref: Ref) => Object.assign(ref, { version: (await view(ref)).version });
  const deadlines = async (ref: Ref) => (await view(ref)).deadlines as { key: string; ruleKey: string; status: string; dueAt: string | null }[];
  const upload = async (p: Person, ref: Ref, formCode: string) => {
    const res = await t.http.post(`/cases/${ref.id}/dossier`).set(auth(p)).send({
      formCode, documentDate: today, author: 'Chi bộ Khu phố 3', fileName: `${formCode}.pdf`, mediaType: 'application/pdf',
      contentBase64: Buffer.from(`%PDF-1.4\n% ${formCode}\n%%EOF`).toString('base64'),
    });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
  };
  const fullMember = async (name: string, unitId: string, by: string): Promise<string> => {
    const [{ id }] = await t.dataSource.query(
      `WITH p AS (INSERT INTO person (id, full_name, date_of_birth, org_unit_id, status, party_age_from, created_by)
                  VALUES (gen_random_uuid(), $1, '1980-04-12', $2, 'FULL', '2008-05-19', $3) RETURNING id)
       INSERT INTO person_membership (person_id, status, on_date, party_age_from) SELECT id, 'FULL', '2008-05-19', '2008-05-19' FROM p RETURNING person_id AS id`,
      [name, unitId, by],
    );
    return id as string;
  };
  const planInput = (over: Record<string, unknown> = {}) => ({
    year,
    purpose: 'Nâng cao ý thức chấp hành Điều lệ Đảng; phát hiện, khắc phục sớm hạn chế, khuyết điểm.',
    draftedOn: today,
    items: [
      { kind: 'INSPECTION', subject: { kind: 'MEMBER', name: 'Đảng viên Nguyễn Văn An', personId: memberA, membership: 'FULL_MEMBER' },
        content: 'Việc chấp hành Điều lệ Đảng và nhiệm vụ đảng viên.', period: { from: `${year}-01-05`, to: `${year}-01-31` }, carriedOutBy: 'Ủy ban kiểm tra Đảng ủy phường' },
      { kind: 'THEMATIC_SUPERVISION', subject: { kind: 'MEMBER', name: 'Đảng viên Trần Thị Bình', personId: memberB, membership: 'FULL_MEMBER' },
        content: 'Việc tu dưỡng, rèn luyện đạo đức, lối sống.', period: { from: `${year}-03-01`, to: `${year}-03-31` }, carriedOutBy: 'Bí thư chi bộ' },
      { kind: 'REGULAR_SUPERVISION', subject: { kind: 'MEMBER', name: 'Đảng viên Nguyễn Văn An', personId: memberA },
        content: 'Việc sinh hoạt nơi cư trú.', period: { from: `${year}-06-01`, to: `${year}-11-30` }, carriedOutBy: 'Chi ủy' },
    ],
    ...over,
  });
  const counts = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case" WHERE procedure_id = $1`, [ITEM]))[0].n as number;
  const timelineTypes = async (ref: Ref) =>
    ((await t.http.get(`/cases/${ref.id}/timeline?pageSize=100`).set(auth(own.secretary)).expect(200)).body.items as { type: string }[]).map((e) => e.type);

  beforeAll(async () => {
    t = await createTestApp({ worker: true, config: { DEADLINE_ARM_EVERY_MS: 600_000 } });
    await (await t.app.get(QueueBackend).queue(QueueName.DEADLINES)).removeJobScheduler(jobId('arm', 'deadlines'));
    const wardUnit = await createUnit(t, 'DU-HB', 'Đảng ủy phường Hòa Bình', 'GRASSROOTS', undefined, '2025-07-01');
    cell = await createUnit(t, 'CB-KP3', 'Chi bộ Khu phố 3', 'CELL', wardUnit.id, '2025-07-01');
    otherCell = await createUnit(t, 'CB-KP4', 'Chi bộ Khu phố 4', 'CELL', wardUnit.id, '2025-07-01');
    own = {
      secretary: await newPerson(t, 'kp3-bithu', cell.id, [Role.SECRETARY]),
      deputy: await newPerson(t, 'kp3-phobithu', cell.id, [Role.STANDING_COMMITTEE_MEMBER]),
    };
    ward = {
      secretary: await newPerson(t, 'hb-bithu', wardUnit.id, [Role.SECRETARY]),
      office: await newPerson(t, 'hb-vanphong', wardUnit.id, [Role.COMMITTEE_OFFICE]),
      inspection: await newPerson(t, 'hb-ubkt', wardUnit.id, [Role.INSPECTION_COMMISSION_MEMBER]),
    };
    stranger = await newPerson(t, 'kp4-bithu', otherCell.id, [Role.SECRETARY]);
    memberA = await fullMember('Đảng viên Nguyễn Văn An', cell.id, own.secretary.id);
    memberB = await fullMember('Đảng viên Trần Thị Bình', cell.id, own.secretary.id);
  });
  afterAll(() => t?.close());

  it('lists both procedures, whose forms have Vietnamese titles and offer people and units from the directory', async () => {
    const list = JSON.stringify((await t.http.get('/procedures').set(auth(own.secretary)).expect(200)).body);
    expect(list).toContain(PLAN);
    expect(list).toContain(ITEM);
    const planVersion = (await t.http.get(`/procedures/${PLAN}/versions/1`).set(auth(own.secretary)).expect(200)).body;
    expect(planVersion.title).toBe('Kế hoạch kiểm tra, giám sát năm của chi bộ (cấp ủy)');
    const item = planVersion.input.properties.items.items;
    expect(item.properties.kind['x-enumLabels']).toMatchObject({ THEMATIC_SUPERVISION: 'Giám sát chuyên đề' });
    expect(item.properties.subject.properties.personId).toMatchObject({ 'x-entity': 'person', title: expect.stringMatching(VIETNAMESE) });
    expect(item.properties.subject.properties.unitId).toMatchObject({ 'x-entity': 'orgUnit' });
    expect(JSON.stringify(planVersion.events.find((e: { type: string }) => e.type === 'ADOPT').payload)).toContain('Tổng số đảng viên được tính');
    const itemVersion = (await t.http.get(`/procedures/${ITEM}/versions/1`).set(auth(own.secretary)).expect(200)).body;
    const conclude = itemVersion.events.find((e: { type: string }) => e.type === 'CONCLUDE').payload;
    expect(conclude.properties.outcome['x-enumLabels']).toMatchObject({ SIGNS_OF_VIOLATION: expect.stringMatching(VIETNAMESE) });
    expect(conclude.properties.correctionDueDate.title).toBe('Hạn báo cáo kết quả khắc phục');
    expect(itemVersion.states.followUp).toMatch(VIETNAMESE);
  });

  it('refuses a plan with an item outside its year, a stranger’s and a roleless one, in Vietnamese, writing nothing', async () => {
    const bad = planInput();
    (bad.items as { period: { from: string; to: string } }[])[2].period = { from: `${year}-12-01`, to: `${year + 1}-01-15` };
    const res = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(auth(own.secretary)).send({ procedureId: PLAN, orgUnitId: cell.id, input: bad }));
    expect(res.body.details.fields).toEqual([
      { field: 'items', constraint: 'procedure', message: `Nội dung 3: thời gian tiến hành (${year}-12-01 – ${year + 1}-01-15) phải nằm trong năm ${year}.` },
    ]);
    await refused(404, 'UNIT_NOT_FOUND', () => t.http.post('/cases').set(auth(stranger)).send({ procedureId: PLAN, orgUnitId: cell.id, input: planInput() }));
    await refused(403, 'ROLE_NOT_ALLOWED', () => t.http.post('/cases').set(auth(ward.office)).send({ procedureId: PLAN, orgUnitId: cell.id, input: planInput() }));
  });

  it('is drafted by the cell’s secretary; a meeting one vote short of more than half does not adopt it, the next one does', async () => {
    const created = await t.http.post('/cases').set(auth(own.secretary)).send({ procedureId: PLAN, orgUnitId: cell.id, input: planInput() });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { case: { procedureId: PLAN, state: 'drafting' } } });
    Object.assign(plan, { id: created.body.case.id, version: created.body.case.version });
    expect(await deadlines(plan)).toEqual([expect.objectContaining({ key: 'ADOPTION', ruleKey: 'KTGS.PLAN_ADOPTION', status: 'PENDING', dueAt: null })]);

    // 5 members counted: 2 in favour is not more than half; nothing opens.
    const short = await step(own.secretary, plan, 'ADOPT', { meetingDate: today, minutesRef: '11-BB/CB', vote: { counted: 5, present: 5, approve: 2 } });
    expect(short.case.state).toBe('drafting');
    expect(short.children).toBeUndefined();
    expect(await counts()).toBe(0);
    // An impossible tally is refused (409), naming the problem.
    const impossible = await refused(409, 'TRANSITION_REFUSED', () => attempt(own.secretary, plan, 'ADOPT', { meetingDate: today, vote: { counted: 5, present: 6, approve: 3 } }));
    expect(impossible.body.message).toContain('Số có mặt (6) lớn hơn tổng số được tính (5).');

    await upload(own.secretary, plan, 'BB-HOP-CB');
    const adopted = await step(own.secretary, plan, 'ADOPT', { meetingDate: today, minutesRef: '12-BB/CB', vote: { counted: 5, present: 5, approve: 3 } });
    expect(adopted.case.state).toBe('running.toReportUp');
    expect(adopted.children.map((c: { procedureId: string; link: string }) => `${c.procedureId} ${c.link}`)).toEqual(Array(3).fill(`${ITEM} INSPECTION`));
    items = adopted.children.map((c: { caseId: string }) => ({ id: c.caseId, version: 1 }));
    const planView = await view(plan);
    expect(planView.links.children.map((c: { caseId: string }) => c.caseId).sort()).toEqual(items.map((i) => i.id).sort());
    expect(planView.deadlines.filter((d: { status: string }) => d.status === 'PENDING').map((d: { key: string; dueAt: string | null }) => [d.key, d.dueAt])).toEqual(
      expect.arrayContaining([['REPORT_UP', null], ['YEAR_REPORT', endOfVietnamDay(`${year}-12-31`).toISOString()]]),
    );
  });

  it('opens each item on the cell with its subject from the directory, its notice due by the end of the month before', async () => {
    const first = await view(items[0]);
    expect(first).toMatchObject({ procedureId: ITEM, orgUnitId: cell.id, state: 'planned', title: `Kiểm tra: Đảng viên Nguyễn Văn An (kế hoạch ${year}, nội dung 1)` });
    expect(first.links.parent).toMatchObject({ caseId: plan.id, procedureId: PLAN, link: 'INSPECTION' });
    const notice = (d: { key: string }[]) => d.find((x) => x.key === 'NOTICE');
    // January's item is told at this December's meeting at the latest; March's by the end of February.
    expect(notice(first.deadlines)).toMatchObject({ ruleKey: 'KTGS.ITEM_NOTICE', status: 'PENDING', dueAt: endOfVietnamDay(`${year - 1}-12-31`).toISOString() });
    const february = addCalendarDays(`${year}-03-01`, -1);
    expect(notice(await deadlines(items[1]))).toMatchObject({ dueAt: endOfVietnamDay(february).toISOString() });
    // The person record lists the items about the member.
    const person = (await t.http.get(`/people/${memberA}`).set(auth(own.secretary)).expect(200)).body;
    expect(JSON.stringify(person)).toContain(items[0].id);
  });

  it('goes up to the ward: its secretary and office are told', async () => {
    await refused(409, 'TRANSITION_REFUSED', () => attempt(own.secretary, plan, 'REPORT_PLAN_UP', { reportedOn: addCalendarDays(today, -1) }));
    const up = await step(own.secretary, plan, 'REPORT_PLAN_UP', { reportedOn: today, documentRef: '05-BC/CB' });
    expect(up.case.state).toBe('running.inProgress');
    const told = await waitFor('the report up delivered', async () => {
      const rows: { user_id: string; title: string }[] = await t.dataSource.query(`SELECT user_id, title FROM notification WHERE case_id = $1 AND kind = 'ktgs.plan-report'`, [plan.id]);
      return rows.length >= 2 ? rows : undefined;
    });
    expect(told.map((r) => r.user_id).sort()).toEqual([ward.secretary.id, ward.office.id].sort());
    expect(told[0].title).toMatch(/^Báo cáo kế hoạch kiểm tra, giám sát: /);
  });

  it('item 1: told, its self-inspection report reminded to the ward’s office and then met', async () => {
    const a = items[0];
    await fresh(a);
    const future = await refused(409, 'TRANSITION_REFUSED', () => attempt(own.secretary, a, 'NOTIFY_SUBJECT', { notifiedOn: addCalendarDays(today, 1) }));
    expect(future.body.message).toContain('sau ngày ghi nhận');
    const dueDay = addCalendarDays(today, 30);
    await step(own.secretary, a, 'NOTIFY_SUBJECT', { notifiedOn: today, minutesRef: '12-BB/CB', selfReportDueDate: dueDay });
    const [due] = (await deadlines(a)).filter((d) => d.key === 'SELF_REPORT');
    expect(due).toMatchObject({ ruleKey: 'KTGS.SELF_REPORT', status: 'PENDING', dueAt: endOfVietnamDay(dueDay).toISOString() });
    expect((await deadlines(a)).find((d) => d.key === 'NOTICE')).toMatchObject({ status: 'MET' });

    await t.app.get(ArmDeadlinesJob).reconcile();
    const [d] = await t.dataSource.query(`SELECT id FROM deadline WHERE case_id = $1 AND key = 'SELF_REPORT'`, [a.id]);
    const minute = 90_000_000 + Math.floor(Math.random() * 1_000_000);
    const [, moved] = (await t.dataSource.query(
      `UPDATE deadline_firing SET bucket = $2
        WHERE deadline_id = $1 AND kind = (SELECT kind FROM deadline_firing WHERE deadline_id = $1 AND kind LIKE 'REMIND_%' ORDER BY fire_at LIMIT 1)`,
      [d.id, minute],
    )) as [unknown, number];
    expect(moved).toBe(1);
    expect(await t.app.get(FireBucketJob).handle({ minute })).toEqual({ fired: 1, skipped: 0 });
    const reminded: { user_id: string; title: string }[] = await t.dataSource.query(`SELECT user_id, title FROM notification WHERE case_id = $1 AND kind LIKE 'REMIND_%'`, [a.id]);
    expect(reminded.map((r) => r.user_id)).toEqual([ward.office.id]);
    expect(reminded[0].title).toMatch(VIETNAMESE);

    await upload(own.secretary, a, 'BC-TU-KT');
    await step(own.secretary, a, 'RECORD_SELF_REPORT', { receivedOn: today, summary: 'Báo cáo tự kiểm tra của đảng viên.', documentRef: 'BC-01' });
    expect((await deadlines(a)).find((x) => x.key === 'SELF_REPORT')).toMatchObject({ status: 'MET' });
  });

  it('item 1: verified by the ward’s inspection commission, concluded with shortcomings, followed up until corrected', async () => {
    const a = items[0];
    await step(ward.inspection, a, 'RECORD_VERIFICATION', { kind: 'WORK_WITH_PEOPLE', summary: 'Làm việc với tổ dân phố nơi cư trú.' });
    await step(ward.inspection, a, 'SUBMIT_RESULT_REPORT', { reportedOn: today, summary: 'Dự thảo báo cáo kết quả.', proposedOutcome: 'SHORTCOMINGS_TO_CORRECT' });
    // The commission member who drafted the report does not record the cell's conclusion.
    await refused(403, 'ROLE_NOT_ALLOWED', () => attempt(ward.inspection, a, 'CONCLUDE', { meetingDate: today, outcome: 'NO_VIOLATION', summary: 'Tốt.' }));
    const correctionDue = addCalendarDays(today, 20);
    const sameDay = await refused(409, 'TRANSITION_REFUSED', () =>
      attempt(own.secretary, a, 'CONCLUDE', { meetingDate: today, outcome: 'SHORTCOMINGS_TO_CORRECT', summary: 'Còn hạn chế.', measures: 'Kiểm điểm.', correctionDueDate: today }),
    );
    expect(sameDay.body.message).toContain('phải sau ngày họp kết luận');
    await step(own.secretary, a, 'CONCLUDE', {
      meetingDate: today, outcome: 'SHORTCOMINGS_TO_CORRECT', summary: 'Còn hạn chế trong sinh hoạt nơi cư trú.', measures: 'Kiểm điểm, rút kinh nghiệm.', correctionDueDate: correctionDue, minutesRef: '13-BB/CB',
    });
    const notified = await step(own.secretary, a, 'NOTIFY_CONCLUSION', { notifiedOn: today, audiences: ['UNIT', 'UPPER_COMMITTEE'] });
    expect(notified.case).toMatchObject({ state: 'followUp', reportCategory: 'FOLLOW_UP' });
    expect((await deadlines(a)).find((x) => x.key === 'CORRECTION')).toMatchObject({ status: 'PENDING', dueAt: endOfVietnamDay(correctionDue).toISOString() });
    const closed = await step(own.deputy, a, 'RECORD_CORRECTION', { receivedOn: today, summary: 'Đã kiểm điểm trước chi bộ.', accepted: true });
    expect(closed.case.state).toBe('closed');
    expect((await deadlines(a)).find((x) => x.key === 'CORRECTION')).toMatchObject({ status: 'MET' });
    // The plan heard of the conclusion, then of the correction.
    expect((await timelineTypes(plan)).filter((x) => x === 'CHILD_CONCLUDED')).toHaveLength(2);
  });

  it('item 2: the drafter records the conclusion only with a reason; signs of violation open a linked inspection', async () => {
    const b = items[1];
    await fresh(b);
    await step(own.secretary, b, 'NOTIFY_SUBJECT', { notifiedOn: today });
    await step(own.secretary, b, 'PROCEED_WITHOUT_SELF_REPORT', { reason: 'Đảng viên không nộp báo cáo đúng hạn.' });
    await step(own.secretary, b, 'SUBMIT_RESULT_REPORT', { reportedOn: today, summary: 'Có dấu hiệu vi phạm.', proposedOutcome: 'SIGNS_OF_VIOLATION' });
    const conclusion = {
      meetingDate: today, outcome: 'SIGNS_OF_VIOLATION', summary: 'Có dấu hiệu vi phạm quy định về những điều đảng viên không được làm.',
      inspection: { initiatingBody: { kind: 'CELL', level: 'CELL', name: 'Chi bộ Khu phố 3' }, reason: 'Dấu hiệu vi phạm trong kê khai tài sản.' },
    };
    await refused(403, 'SEPARATION_OF_DUTIES', () => attempt(own.secretary, b, 'CONCLUDE', conclusion));
    const concluded = await step(own.secretary, b, 'CONCLUDE', conclusion, { separationBypassReason: 'Chi bộ chỉ có bí thư theo dõi nội dung này' });
    expect(concluded.children).toEqual([{ caseId: expect.any(String), procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION' }]);
    const inspection = await view({ id: concluded.children[0].caseId, version: 1 });
    expect(inspection).toMatchObject({ procedureId: 'kiem-tra-dau-hieu-vi-pham', orgUnitId: cell.id, state: 'proposed' });
    expect(inspection.links.parent).toMatchObject({ caseId: b.id, procedureId: ITEM });
    await step(own.secretary, b, 'NOTIFY_CONCLUSION', { notifiedOn: today, audiences: ['UNIT'] });
    expect((await view(b)).state).toBe('closed');
  });

  it('the year’s report waits for item 3, cancelled with a reason; then the plan closes by itself', async () => {
    await fresh(plan);
    await step(own.secretary, plan, 'REPORT_PROGRESS', { reportedOn: today, periodLabel: 'Quý I' });
    const reported = await step(own.secretary, plan, 'YEAR_END_REPORT', { reportedOn: today, summary: 'Thực hiện 2/3 nội dung.', documentRef: '20-BC/CB' });
    expect(reported.case).toMatchObject({ state: 'yearReported', reportCategory: 'YEAR_REPORTED' });
    expect((await deadlines(plan)).find((d) => d.key === 'YEAR_REPORT')).toMatchObject({ status: 'MET' });
    const c = items[2];
    await fresh(c);
    await refused(400, 'VALIDATION_FAILED', () => attempt(own.secretary, c, 'CANCEL', { cancelledOn: today }));
    await step(own.secretary, c, 'CANCEL', { cancelledOn: today, reason: 'Đảng viên chuyển sinh hoạt đảng tạm thời sang đơn vị khác.' });
    expect((await view(plan)).state).toBe('closed');
    const told: { summary: string }[] = await waitFor('the year report delivered', async () => {
      const rows = await t.dataSource.query(`SELECT body AS summary FROM notification WHERE case_id = $1 AND kind = 'ktgs.plan-report' AND body LIKE '%Báo cáo năm%'`, [plan.id]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(told[0].summary).toContain(`Báo cáo năm ${year}: Đã thực hiện 2/3 nội dung, còn 1 nội dung đang tiến hành.`);
    const v = await t.http.get(`/cases/${plan.id}/timeline/verify`).set(auth(ward.secretary));
    expect({ status: v.status, ok: v.body.ok }).toEqual({ status: 200, ok: true });
  });

  it('counts the items by kind, subject, outcome and year, and the plan by year', async () => {
    const period = `?from=${today}&to=${addCalendarDays(today, 1)}`;
    const s = (await t.http.get(`/statistics/${ITEM}${period}`).set(auth(ward.secretary)).expect(200)).body;
    expect(s.total).toBe(3);
    expect(s.byCategory).toMatchObject({ COMPLETED: 2, CANCELLED: 1, IN_PROGRESS: 0 });
    expect(s.dimensions.kind.counts).toEqual({ INSPECTION: 1, REGULAR_SUPERVISION: 1, THEMATIC_SUPERVISION: 1 });
    expect(s.dimensions.subject.counts).toEqual({ MEMBER: 3, ORGANISATION: 0 });
    expect(s.dimensions.outcome.counts).toEqual({ NO_VIOLATION: 0, SHORTCOMINGS_TO_CORRECT: 1, SIGNS_OF_VIOLATION: 1, VIOLATION: 0 });
    expect(s.dimensions.year.counts).toEqual({ [String(year)]: 3 });
    expect(s.dimensions.kind.label).toMatch(VIETNAMESE);
    const p = (await t.http.get(`/statistics/${PLAN}${period}`).set(auth(ward.secretary)).expect(200)).body;
    expect({ total: p.total, completed: p.byCategory.COMPLETED, year: p.dimensions.year.counts }).toEqual({ total: 1, completed: 1, year: { [String(year)]: 1 } });
    // Another cell of the ward sees none of it.
    const theirs = (await t.http.get(`/statistics/${ITEM}${period}`).set(auth(stranger)).expect(200)).body;
    expect(theirs.total).toBe(0);
  });
});
