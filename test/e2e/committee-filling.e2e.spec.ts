// Filling a grassroots committee from local personnel (bo-sung-cap-uy v1), end to end over HTTP with the worker's
// jobs at hand: a school's party committee asks its ward for a deputy secretary and a standing member; the upper
// agreement's deadline (a setting the city fills for the school) is reminded and met; the conference's nomination
// and confidence ballots are counted (refused until the city sets the confidence threshold); the dossier goes up, the
// ward's office appraises, the ward agrees on the people and designates them. The deputy secretary, who has an
// account, gets the standing committee's role on the school and reaches the case after logging in again; the standing
// member, who has none, is recorded only, and the case says so. The statistics count it; the published forms speak
// Vietnamese; refusals are 4xx with stable codes and write nothing.
//
// Time: every act is dated today (the machine refuses acts dated after the day they are entered). The test stops the
// worker's periodic arming pass and runs it itself; the reminder is fired as the organisation-change test does: its
// planned firing moved into a minute of the test's own, and that minute's bucket handled.
import type { Response } from 'supertest';
import { jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { CaseDeadlineMissedSink } from '@hoso/cases/services/case-deadline-missed.sink';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { Role } from '@hoso/workflows';
import { VIETNAMESE } from '../support/case-client';
import { addCalendarDays } from '@hoso/kernel/legal-time';
import { ago, createUnit, logInAgain, newPerson, vietnamToday, type Person } from '../support/org-fixtures';
import { refusalCheck } from '../support/refusals';
import { createTestApp, type TestApp } from '../support/test-app';

const PROCEDURE = 'bo-sung-cap-uy';
const TABLES = ['"case"', 'case_event', 'role_assignment', 'deadline'];

describe('filling a grassroots committee: report, agreement, ballots, dossier, appraisal, designation, roles', () => {
  let t: TestApp;
  const today = vietnamToday();
  let school: { id: string };
  let city: Record<'secretary', Person>;
  let ward: Record<'secretary' | 'standing' | 'office', Person>;
  let own: Record<'secretary' | 'office' | 'taskForce', Person>;
  let an: Person;
  const ref = { id: '', version: 0 };

  const auth = (p: Person) => ({ Authorization: `Bearer ${p.token}` });
  const refused = (status: number, code: string, request: () => PromiseLike<Response>) => refusalCheck(t.dataSource, TABLES)(status, code, request);
  const attempt = (p: Person, type: string, payload: Record<string, unknown>) =>
    t.http.post(`/cases/${ref.id}/events`).set(auth(p)).send({ type, expectedVersion: ref.version, payload });
  async function step(p: Person, type: string, payload: Record<string, unknown>) {
    const res = await attempt(p, type, payload);
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200, body: { event: { type } } });
    ref.version = res.body.case.version;
    return res.body;
  }
  const view = async (p: Person) => (await t.http.get(`/cases/${ref.id}`).set(auth(p)).expect(200)).body;
  const deadline = async (key: string) =>
    ((await view(ward.secretary)).deadlines as { key: string; status: string; dueAt: string | null }[]).filter((d) => d.key === key);
  const upload = async (p: Person, formCode: string) => {
    const res = await t.http.post(`/cases/${ref.id}/dossier`).set(auth(p)).send({
      formCode, documentDate: today, author: 'Văn phòng Đảng ủy', fileName: `${formCode}.pdf`, mediaType: 'application/pdf',
      contentBase64: Buffer.from(`%PDF-1.4\n% ${formCode}\n%%EOF`).toString('base64'),
    });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
  };
  const override = async (body: Record<string, unknown>) => {
    const res = await t.http.post('/rules/overrides').set(auth(city.secretary)).send({ orgUnitId: school.id, effectiveFrom: '2025-07-01', ...body });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
  };
  const members = Array.from({ length: 7 }, (_, i) => ({ id: `m${i + 1}`, status: 'FULL' }));
  const tally = (approve: number) => ({ approve, reject: 7 - approve, invalid: 0, cast: 7 });

  beforeAll(async () => {
    t = await createTestApp({ worker: true, config: { DEADLINE_ARM_EVERY_MS: 600_000 } });
    await (await t.app.get(QueueBackend).queue(QueueName.DEADLINES)).removeJobScheduler(jobId('arm', 'deadlines'));
    const cityUnit = await createUnit(t, 'TP', 'Thành ủy', 'PROVINCIAL', undefined, '2025-07-01');
    const wardUnit = await createUnit(t, 'P-HB', 'Đảng ủy phường Hòa Bình', 'UPPER_GRASSROOTS', cityUnit.id, '2025-07-01');
    school = await createUnit(t, 'DU-THPT', 'Đảng ủy Trường THPT Hòa Bình', 'GRASSROOTS', wardUnit.id, '2025-07-01');
    city = { secretary: await newPerson(t, 'tp-bithu', cityUnit.id, [Role.SECRETARY]) };
    ward = {
      secretary: await newPerson(t, 'phuong-bithu', wardUnit.id, [Role.SECRETARY]),
      standing: await newPerson(t, 'phuong-thuongvu', wardUnit.id, [Role.STANDING_COMMITTEE_MEMBER]),
      office: await newPerson(t, 'phuong-vanphong', wardUnit.id, [Role.COMMITTEE_OFFICE]),
    };
    own = {
      secretary: await newPerson(t, 'truong-bithu', school.id, [Role.SECRETARY]),
      office: await newPerson(t, 'truong-vanphong', school.id, [Role.COMMITTEE_OFFICE]),
      taskForce: await newPerson(t, 'truong-totc', school.id, [Role.TASK_FORCE_OFFICER]),
    };
    // The teacher proposed as deputy secretary has an account and no role yet; the one proposed as standing member has none.
    an = await newPerson(t, 'nguyen-van-an', cityUnit.id, []);
  });
  afterAll(() => t?.close());

  it('is listed with its steps, whose forms have Vietnamese titles', async () => {
    const list = await t.http.get('/procedures').set(auth(own.office)).expect(200);
    expect(JSON.stringify(list.body)).toContain(PROCEDURE);
    const version = (await t.http.get(`/procedures/${PROCEDURE}/versions/1`).set(auth(own.office)).expect(200)).body;
    expect(version.title).toBe('Giới thiệu nhân sự bổ sung cấp ủy cơ sở từ nguồn nhân sự tại chỗ');
    expect(JSON.stringify(version.input)).toContain('Tên cấp ủy được bổ sung');
    const nomination = version.events.find((e: { type: string }) => e.type === 'RECORD_NOMINATION_BALLOT');
    expect(JSON.stringify(nomination.payload)).toContain('Tài khoản trong hệ thống (nếu có)');
    expect(version.states.filledRecordedOnly).toMatch(VIETNAMESE);
  });

  it('refuses a proposal with no post or a count of 0, in Vietnamese, writing nothing', async () => {
    const input = { committeeName: 'Đảng ủy Trường THPT Hòa Bình', level: 'GRASSROOTS', term: '2025–2030', reason: 'Thiếu phó bí thư.', need: 'Bổ sung tại chỗ.', proposedAt: ago(3) };
    for (const posts of [[], [{ post: 'DEPUTY_SECRETARY', count: 0 }]]) {
      await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(auth(own.office)).send({ procedureId: PROCEDURE, orgUnitId: school.id, input: { ...input, posts } }));
    }
  });

  it('is proposed by the school and reported to the ward; the agreement’s deadline (a setting the city fills) is reminded', async () => {
    await override({ key: 'CAP_UY.UPPER_AGREEMENT', value: 10, reason: 'Ban Thường vụ Thành ủy ấn định thời hạn cho ý kiến về chủ trương bổ sung cấp ủy' });
    const created = await t.http.post('/cases').set(auth(own.office)).send({
      procedureId: PROCEDURE,
      orgUnitId: school.id,
      input: {
        committeeName: 'Đảng ủy Trường THPT Hòa Bình', level: 'GRASSROOTS', term: '2025–2030',
        reason: 'Phó Bí thư nghỉ hưu, một ủy viên Ban Thường vụ chuyển công tác.', need: 'Bổ sung từ giáo viên là cấp ủy viên tại trường.',
        posts: [{ post: 'DEPUTY_SECRETARY', count: 1 }, { post: 'STANDING_MEMBER', count: 1 }], proposedAt: ago(3),
      },
    });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { case: { procedureId: PROCEDURE, state: 'registered' } } });
    Object.assign(ref, { id: created.body.case.id, version: created.body.case.version });
    await upload(own.office, 'TO-TRINH');
    await step(own.secretary, 'REPORT_TO_UPPER', { reportedOn: today, documentRef: '12-TTr/ĐU' });
    const [due] = await deadline('UPPER_AGREEMENT');
    expect(due).toMatchObject({ status: 'PENDING', dueAt: expect.any(String) });
    expect(new Date(due.dueAt!).getTime()).toBeGreaterThan(Date.now());

    await t.app.get(ArmDeadlinesJob).reconcile();
    const [d] = await t.dataSource.query(`SELECT id FROM deadline WHERE case_id = $1 AND key = 'UPPER_AGREEMENT'`, [ref.id]);
    const minute = 90_000_000 + Math.floor(Math.random() * 1_000_000);
    const [, moved] = (await t.dataSource.query(
      `UPDATE deadline_firing SET bucket = $2
        WHERE deadline_id = $1 AND kind = (SELECT kind FROM deadline_firing WHERE deadline_id = $1 AND kind LIKE 'REMIND_%' ORDER BY fire_at LIMIT 1)`,
      [d.id, minute],
    )) as [unknown, number];
    expect(moved).toBe(1);
    expect(await t.app.get(FireBucketJob).handle({ minute })).toEqual({ fired: 1, skipped: 0 });
    const told: { user_id: string }[] = await t.dataSource.query(`SELECT user_id FROM notification WHERE case_id = $1 AND kind LIKE 'REMIND_%'`, [ref.id]);
    expect(told.map((r) => r.user_id)).toEqual(expect.arrayContaining([own.office.id, own.taskForce.id, ward.office.id]));
  });

  it('the ward’s agreement is recorded by someone other than the reporter, and meets the deadline', async () => {
    const agreement = { agreedOn: today, documentRef: '30-CV/ĐU', posts: [{ post: 'DEPUTY_SECRETARY', count: 1 }, { post: 'STANDING_MEMBER', count: 1 }] };
    await refused(403, 'SEPARATION_OF_DUTIES', () => attempt(own.secretary, 'RECORD_UPPER_AGREEMENT', agreement));
    await upload(ward.office, 'VB-DONG-Y');
    await step(ward.standing, 'RECORD_UPPER_AGREEMENT', agreement);
    expect(await deadline('UPPER_AGREEMENT')).toEqual([expect.objectContaining({ status: 'MET' })]);
  });

  it('counts the conference’s ballots: the confidence ballot waits for the threshold the city sets', async () => {
    await step(own.secretary, 'RECORD_NOMINATION_BALLOT', {
      meetingDate: today, members, cast: 7, invalid: 0,
      candidates: [
        { key: 'an', fullName: 'Nguyễn Văn An', post: 'DEPUTY_SECRETARY', userId: an.id, votes: 6 },
        { key: 'son', fullName: 'Lê Văn Sơn', post: 'STANDING_MEMBER', votes: 5 },
      ],
    });
    const confidence = { meetingDate: today, members, results: [{ nomineeKey: 'an', tally: tally(6) }, { nomineeKey: 'son', tally: tally(4) }] };
    const res = await refused(409, 'TRANSITION_REFUSED', () => attempt(own.secretary, 'RECORD_CONFIDENCE_BALLOT', confidence));
    expect(res.body.message).toContain('CAP_UY.CONFIDENCE_THRESHOLD');
    await override({ key: 'CAP_UY.CONFIDENCE_THRESHOLD', value: null, valueData: { numerator: 1, denominator: 2, strict: true }, reason: 'Thành ủy xác nhận tỷ lệ phiếu tín nhiệm: quá một nửa tổng số' });
    const body = await step(own.secretary, 'RECORD_CONFIDENCE_BALLOT', { ...confidence, results: [{ nomineeKey: 'an', tally: tally(6) }, { nomineeKey: 'son', tally: tally(4) }] });
    expect(body.case.state).toBe('conferenceHeld');
    const context = (await view(own.secretary)).context;
    // 4 of 7 is more than half: Sơn passes; 6 of 7 for An.
    expect(context.confident.map((n: { key: string }) => n.key)).toEqual(['an', 'son']);
    expect(context.confidence.results[1].text).toBe('Tán thành 4/7, cần 4 (Quá một nửa): thông qua');
  });

  it('goes up with its dossier, is appraised by the ward’s office, and the ward agrees on the people', async () => {
    for (const code of ['BB-GIOI-THIEU', 'BB-TIN-NHIEM', 'TRICH-NGANG', 'KL-TCCT']) await upload(own.office, code);
    await step(own.office, 'SUBMIT_DOSSIER', { submittedOn: today, summary: 'Tờ trình, biên bản kiểm phiếu, trích ngang, kết luận tiêu chuẩn chính trị.' });
    await refused(403, 'SEPARATION_OF_DUTIES', () => attempt(own.office, 'APPRAISE', { appraisedOn: today, opinion: 'AGREE', notes: 'Tự thẩm định.' }));
    await step(ward.office, 'APPRAISE', { appraisedOn: today, opinion: 'AGREE', notes: 'Đủ tiêu chuẩn, đúng quy trình.' });
    await step(ward.standing, 'RECORD_PERSON_AGREEMENT', { agreedOn: today, opinion: 'AGREE', nomineeKeys: ['an', 'son'], documentRef: '31-CV/ĐU' });
  });

  it('is designated by the ward: the deputy secretary gets the standing committee’s role; the member without an account is recorded', async () => {
    expect((await t.http.get(`/cases/${ref.id}`).set(auth(an))).status).toBe(404);
    const designation = {
      decisionNumber: '45-QĐ/ĐU', decisionDate: today, decidingBody: { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS', name: 'Ban Thường vụ Đảng ủy phường Hòa Bình' },
      nomineeKeys: ['an', 'son'],
    };
    await refused(403, 'ROLE_NOT_ALLOWED', () => attempt(ward.office, 'DESIGNATE', designation));
    await refused(403, 'SEPARATION_OF_DUTIES', () => attempt(own.secretary, 'DESIGNATE', designation));
    const wrongBody = await refused(409, 'TRANSITION_REFUSED', () => attempt(ward.secretary, 'DESIGNATE', { ...designation, decidingBody: { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' } }));
    expect(wrongBody.body.message).toContain('không có thẩm quyền');
    const body = await step(ward.secretary, 'DESIGNATE', designation);
    expect(body.case.state).toBe('filledRecordedOnly');

    const roles: { role: string }[] = await t.dataSource.query(`SELECT role FROM role_assignment WHERE user_id = $1 AND unit_id = $2`, [an.id, school.id]);
    expect(roles).toEqual([{ role: Role.STANDING_COMMITTEE_MEMBER }]);
    await logInAgain(t, [an]);
    const seen = await view(an);
    expect(seen.context.filled.members.map((m: { key: string; roleStatus: string }) => [m.key, m.roleStatus])).toEqual([['an', 'ASSIGNED'], ['son', 'NO_ACCOUNT']]);
    expect(seen.context.filled.members[1].note).toContain('chưa có tài khoản trong hệ thống');
    expect(await deadline('DECISION')).toEqual([expect.objectContaining({ status: 'MET' })]);

    const timeline = (await t.http.get(`/cases/${ref.id}/timeline?pageSize=50`).set(auth(ward.secretary)).expect(200)).body;
    const last = timeline.items.find((i: { type: string }) => i.type === 'DESIGNATE');
    expect(last.toStateLabel).toContain('chưa có tài khoản trong hệ thống');
    expect(last.payload.facts.userAccounts).toEqual({ [an.id]: { active: true, displayName: expect.any(String) } });
  });

  it('counts it in the statistics as designated, with the roles given only in part', async () => {
    const res = await t.http.get(`/statistics/${PROCEDURE}?from=${encodeURIComponent(ago(30))}&to=${encodeURIComponent(ago(-1))}`).set(auth(ward.secretary));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    expect(res.body.byCategory).toMatchObject({ FILLED: 1, AWAITING_AGREEMENT: 0 });
    expect(res.body.dimensions.outcome.counts).toMatchObject({ DESIGNATED: 1, ELECTED: 0 });
    expect(res.body.dimensions.roleAssignment.counts).toMatchObject({ RECORDED_ONLY: 1, ASSIGNED: 0 });
  });

  it('a designation taking effect tomorrow waits; when its term ends (the system’s DEADLINE_MISSED) the secretary’s role is given', async () => {
    const binh = await newPerson(t, 'tran-thi-binh', school.id, []);
    const created = await t.http.post('/cases').set(auth(own.office)).send({
      procedureId: PROCEDURE, orgUnitId: school.id,
      input: { committeeName: 'Đảng ủy Trường THPT Hòa Bình', level: 'GRASSROOTS', term: '2025–2030', reason: 'Bí thư chuyển công tác.', need: 'Bổ sung bí thư tại chỗ.', posts: [{ post: 'SECRETARY', count: 1 }], proposedAt: ago(1) },
    });
    expect(created.status).toBe(201);
    Object.assign(ref, { id: created.body.case.id, version: created.body.case.version });
    await step(own.secretary, 'REPORT_TO_UPPER', { reportedOn: today });
    await step(ward.standing, 'RECORD_UPPER_AGREEMENT', { agreedOn: today, documentRef: '32-CV/ĐU', posts: [{ post: 'SECRETARY', count: 1 }] });
    await step(own.secretary, 'RECORD_NOMINATION_BALLOT', { meetingDate: today, members, cast: 7, invalid: 0, candidates: [{ key: 'binh', fullName: 'Trần Thị Bình', post: 'SECRETARY', userId: binh.id, votes: 7 }] });
    await step(own.secretary, 'RECORD_CONFIDENCE_BALLOT', { meetingDate: today, members, results: [{ nomineeKey: 'binh', tally: tally(7) }] });
    await step(own.office, 'SUBMIT_DOSSIER', { submittedOn: today, summary: 'Hồ sơ nhân sự bí thư.' });
    await step(ward.office, 'APPRAISE', { appraisedOn: today, opinion: 'AGREE', notes: 'Đủ tiêu chuẩn.' });
    await step(ward.standing, 'RECORD_PERSON_AGREEMENT', { agreedOn: today, opinion: 'AGREE', nomineeKeys: ['binh'], documentRef: '33-CV/ĐU' });
    const tomorrow = addCalendarDays(today, 1);
    const body = await step(ward.secretary, 'DESIGNATE', {
      decisionNumber: '46-QĐ/ĐU', decisionDate: today, effectiveFrom: tomorrow, decidingBody: { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' }, nomineeKeys: ['binh'],
    });
    expect(body.case.state).toBe('awaitingEffectiveDate');
    expect(await t.dataSource.query(`SELECT role FROM role_assignment WHERE user_id = $1`, [binh.id])).toEqual([]);
    // The term ends at the last instant before 00:00 of tomorrow in Vietnam.
    const [term] = await deadline('EFFECTIVE');
    expect(term.status).toBe('PENDING');
    expect(new Date(term.dueAt!).getTime()).toBe(new Date(`${tomorrow}T00:00:00+07:00`).getTime() - 1);
    // What the worker does when the term ends: the system's DEADLINE_MISSED, in one transaction with the role.
    const state = await t.dataSource.transaction((m) => t.app.get(CaseDeadlineMissedSink).deadlineMissed(m, ref.id, 'EFFECTIVE', 1));
    expect(state).toBe('filled');
    expect(await t.dataSource.query(`SELECT role FROM role_assignment WHERE user_id = $1 AND unit_id = $2`, [binh.id, school.id])).toEqual([{ role: Role.SECRETARY }]);
    // A stale notice changes nothing.
    expect(await t.dataSource.transaction((m) => t.app.get(CaseDeadlineMissedSink).deadlineMissed(m, ref.id, 'EFFECTIVE', 1))).toBeUndefined();
  });
});
