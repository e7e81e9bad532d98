// Political-standard verification (tham-tra-tieu-chuan-chinh-tri, issue 18 §3) end to end over HTTP with the worker:
// 1. an admission case (version 2) asks for the verification once the background is stamped, and waits: the
//    verification is a restricted file on the cell's unit, seen by its named officers only; its tasks go to the
//    committees of residence — one inside the ward, one in another ward (outside the requesting subtree), whose
//    officers see their task and nothing else; the other ward's task is reminded (its reminder fired through the
//    worker's bucket) and answered with its document; the file is assessed, the conclusion refused until a committee
//    confirms who concludes (PS.CONCLUDING_BODY, a setting), then concluded MEETS by someone other than the assessor;
//    the admission reads that conclusion and goes on (the background certified);
// 2. a second applicant whose verification concludes DOES_NOT_MEET: the admission ends with the reason;
// 3. what people see: the procedures and their Vietnamese step schemas, the statistics of the named officer (and
//    none for an officer not named), bad input refused with nothing written.
//
// Time: everything is dated today or before. The one running deadline asserted (the task's answer, PS.TASK_ANSWER
// set to 10 working days by the city's override) is due in the future: its reminder's planned firing is moved into a
// minute of the test's own and that minute's bucket handled, as the organisation test does.
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { addCalendarDays, toVietnamDate } from '@hoso/kernel/legal-time';
import { SYSTEM_ACTOR_ID } from '@hoso/timeline/timeline-labels';
import { Role } from '@hoso/workflows';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const WAIT_MS = 30_000;
const PS = 'tham-tra-tieu-chuan-chinh-tri';
const TASK = 'xac-minh-tieu-chuan-chinh-tri';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('political-standard verification, and an admission that waits for it', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  const ids: Record<string, string> = {};
  const today = toVietnamDate(new Date());
  const daysAgo = (n: number) => addCalendarDays(today, -n);

  beforeAll(async () => {
    t = await createTestApp({ worker: true, config: { DEADLINE_ARM_EVERY_MS: 600_000 } });
    await (await t.app.get(QueueBackend).queue(QueueName.DEADLINES)).removeJobScheduler(jobId('arm', 'deadlines'));
    org = await seedOrg(t);
    const people: [string, string, Role[]][] = [
      ['cellSec', org.cellA.id, [Role.SECRETARY]],
      ['cellOffice', org.cellA.id, [Role.COMMITTEE_OFFICE]],
      // The ward's organisation staff named on the files, and a clerk of the same office who is not.
      ['psOfficer', org.wardA.id, [Role.COMMITTEE_OFFICE]],
      ['psConcluder', org.wardA.id, [Role.STANDING_COMMITTEE_MEMBER]],
      ['wardAClerk', org.wardA.id, [Role.COMMITTEE_OFFICE]],
      // The other ward's office: where the mother lives, outside ward A's subtree.
      ['wardBOffice', org.wardB.id, [Role.COMMITTEE_OFFICE]],
    ];
    const tokens: Record<string, string> = { ...org.tokens };
    for (const [who, unit, roles] of people) {
      const p = await addPerson(t, who, unit, roles);
      tokens[who] = p.token;
      ids[who] = p.id;
    }
    c = caseClient(t, tokens);
  });
  afterAll(() => t?.close());

  const get = (who: string, path: string) => t.http.get(path).set(c.as(who));
  const status = async (who: string, ref: { id: string }) => (await get(who, `/cases/${ref.id}`)).status;
  const doc = (formCode: string, documentDate: string, author: string, over: Record<string, unknown> = {}) => ({
    formCode, documentDate, author, fileName: `${formCode}.pdf`, mediaType: 'application/pdf',
    contentBase64: Buffer.from(`%PDF-1.4\n% ${formCode}\n%%EOF`).toString('base64'), ...over,
  });
  async function upload(who: string, ref: { id: string }, body: Record<string, unknown>) {
    const res = await t.http.post(`/cases/${ref.id}/dossier`).set(c.as(who)).send(body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
  }
  async function refused(who: string, ref: CaseRef, type: string, payload: Record<string, unknown>, httpStatus: number, code: string) {
    const before = (await t.dataSource.query(`SELECT (SELECT count(*)::int FROM "case") AS cases, (SELECT count(*)::int FROM case_event) AS events`))[0];
    const res = await c.attempt(who, ref, type, payload);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: httpStatus, code });
    expect(res.body.message).toMatch(VIETNAMESE);
    expect((await t.dataSource.query(`SELECT (SELECT count(*)::int FROM "case") AS cases, (SELECT count(*)::int FROM case_event) AS events`))[0]).toEqual(before);
    return res.body.message as string;
  }
  async function notices(who: string, caseId: string) {
    const res = await get(who, '/me/notifications?pageSize=100');
    expect(res.status).toBe(200);
    return (res.body.items as { caseId: string; kind: string; title: string; body: string }[]).filter((n) => n.caseId === caseId);
  }

  /** An applicant on the cell's source list, taken to a declared background stamped across pages. */
  async function applicant(fullName: string, dateOfBirth: string): Promise<{ ref: CaseRef; personId: string }> {
    const person = await t.http.post('/people').set(c.as('cellSec')).send({ fullName, dateOfBirth, orgUnitId: org.cellA.id });
    expect(person.status).toBe(201);
    const created = await c.create('cellSec', org.cellA.id, {
      personId: person.body.id, fullName, dateOfBirth, educationLevel: 'UNIVERSITY', youthUnionInUnit: false, youthUnionMember: false,
      tradeUnionInUnit: false, tradeUnionMember: false, cellName: 'Chi bộ A1', hasSectionCommittee: false,
      grassrootsCommittee: { name: 'Đảng ủy phường A', level: 'GRASSROOTS' }, grassrootsAuthorisedToAdmit: true, route: 'NORMAL', listedOn: daysAgo(60),
    }, { procedureId: 'ket-nap-dang-vien' });
    // New cases start on the newest version.
    expect(created.body.case).toMatchObject({ procedureId: 'ket-nap-dang-vien', machineVersion: 2, state: 'sourceList' });
    const ref = { id: created.id, version: created.version };
    await c.send('cellSec', ref, 'ENROL_AWARENESS_COURSE', { enrolledOn: daysAgo(50) });
    await c.send('cellSec', ref, 'RECORD_AWARENESS_CERTIFICATE', { issuedOn: daysAgo(40) });
    await c.send('cellSec', ref, 'SUBMIT_APPLICATION', { submittedOn: daysAgo(35) });
    await c.send('cellOffice', ref, 'DECLARE_BACKGROUND', { declaredOn: daysAgo(30) });
    await upload('cellOffice', ref, { ...doc('2-KNĐ', daysAgo(30), fullName), stampedAcrossPages: true });
    return { ref, personId: person.body.id };
  }

  /** The verification the admission's step opened (its id from the step's answer). */
  async function request(ref: CaseRef, relatives: unknown[]): Promise<CaseRef> {
    const res = await c.send('cellSec', ref, 'REQUEST_POLITICAL_STANDARD', {
      requestedOn: daysAgo(20), requestRef: '07-CV/CB', relatives, namedOfficers: [ids.psOfficer, ids.psConcluder],
    });
    expect(res.body.case.state).toBe('awaitingPoliticalStandard');
    expect(res.body.children).toEqual([expect.objectContaining({ procedureId: PS, link: 'VERIFICATION' })]);
    const id = res.body.children[0].caseId as string;
    return { id, version: (await c.view('psOfficer', { id, version: 0 })).version };
  }

  async function sendTask(v: CaseRef, taskKey: string, personKey: string, unitId: string, unitName: string): Promise<CaseRef> {
    const res = await c.send('psOfficer', v, 'SEND_TASK', {
      taskKey, personKey, unitId, unitName, place: 'RESIDENCE', placeDetail: 'Khu phố 2', requestedOn: today, documentRef: `CV-${taskKey}`,
      content: 'Đề nghị xác minh lịch sử chính trị, chấp hành chủ trương của Đảng, pháp luật của Nhà nước.',
    });
    expect(res.body.children).toEqual([expect.objectContaining({ procedureId: TASK, link: 'VERIFICATION_TASK' })]);
    return { id: res.body.children[0].caseId, version: 1 };
  }

  async function answer(who: string, task: CaseRef, finding: string) {
    await upload(who, task, doc('VB-TRA-LOI', today, 'Đảng ủy nơi cư trú'));
    await c.send(who, task, 'ANSWER', { answeredOn: today, finding, summary: 'Đã xác minh tại nơi cư trú.', documentRef: '21-CV/ĐU' });
  }
  /** The verification moves when a task's committee answers (its CHILD_CONCLUDED): read its version again. */
  async function reload(ref: CaseRef): Promise<CaseRef> {
    ref.version = (await c.view('psOfficer', ref)).version;
    return ref;
  }

  const BODY = { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS', name: 'Ban Thường vụ Đảng ủy phường A' };

  describe('1. an admission waits for a verification concluded in its own procedure, then uses it', () => {
    let admission: CaseRef;
    let verification: CaseRef;
    let selfTask: CaseRef;
    let motherTask: CaseRef;

    it('asks for the verification from the stamped background; the verification is a restricted file on the cell', async () => {
      const a = await applicant('Nguyễn Thị Hoa', '2000-05-10');
      admission = a.ref;
      verification = await request(admission, [{ key: 'me', relation: 'MOTHER', fullName: 'Lê Thị Dung', birthYear: 1972 }]);
      const v = await c.view('psOfficer', verification);
      expect(v).toMatchObject({ procedureId: PS, state: 'received', orgUnitId: org.cellA.id, links: { parent: { caseId: admission.id, link: 'VERIFICATION' } } });
      // Named: whoever asked and the two officers (each naming in the audit log); a role on the cell, the ward or the city is not enough.
      const named = await t.dataSource.query(`SELECT details->>'userId' AS "userId" FROM audit_log WHERE action = 'CASE_PARTICIPANT_ADDED' AND details->>'caseId' = $1`, [verification.id]);
      expect(named.map((r: { userId: string }) => r.userId).sort()).toEqual([ids.cellSec, ids.psOfficer, ids.psConcluder].sort());
      expect({ cellSec: await status('cellSec', verification), psConcluder: await status('psConcluder', verification) }).toEqual({ cellSec: 200, psConcluder: 200 });
      for (const who of ['cellOffice', 'wardAClerk', 'wardA', 'secretary', 'wardBOffice']) expect({ who, status: await status(who, verification) }).toEqual({ who, status: 404 });
      const listed = await get('wardAClerk', `/cases?procedureId=${PS}`);
      expect(listed.body.items).toEqual([]);
      // The admission stays the cell's and the ward's; its link to the restricted file shows only to those named.
      expect((await c.view('wardAClerk', admission)).links.children).toEqual([]);
      expect((await c.view('cellSec', admission)).links.children).toEqual([expect.objectContaining({ caseId: verification.id, procedureId: PS })]);
      // The person's record lists the file for the named only.
      expect(((await get('cellSec', `/people/${a.personId}`)).body.cases as { id: string }[]).map((x) => x.id)).toContain(verification.id);
      expect(((await get('cellOffice', `/people/${a.personId}`)).body.cases as { id: string }[]).map((x) => x.id)).not.toContain(verification.id);
    });

    it('checks the background, then sends tasks: one in the ward, one to another ward, which sees its task and nothing else', async () => {
      await refused('psOfficer', verification, 'CHECK_BACKGROUND', { checkedOn: daysAgo(19), stampedAcrossPages: false, summary: 'Chưa đóng dấu.' }, 400, 'VALIDATION_FAILED');
      await upload('psOfficer', verification, doc('LY-LICH', daysAgo(19), 'Nguyễn Thị Hoa'));
      await c.send('psOfficer', verification, 'CHECK_BACKGROUND', { checkedOn: daysAgo(19), stampedAcrossPages: true, summary: 'Lý lịch khai đầy đủ, đã đóng dấu giáp lai.' });
      // A committee that does not exist: refused, nothing opened.
      await refused('psOfficer', verification, 'SEND_TASK', {
        taskKey: 'x', personKey: 'self', unitId: '00000000-0000-4000-8000-000000000999', unitName: 'Không có', place: 'WORK', placeDetail: 'Không có',
        requestedOn: today, content: 'Không có đơn vị này.',
      }, 404, 'UNIT_NOT_FOUND');
      selfTask = await sendTask(verification, 'self-ct', 'self', org.wardA.id, 'Đảng ủy phường A');
      motherTask = await sendTask(verification, 'me-ct', 'me', org.wardB.id, 'Đảng ủy phường B');

      const seen = await c.view('wardBOffice', motherTask);
      expect(seen).toMatchObject({ procedureId: TASK, orgUnitId: org.wardB.id, state: 'awaitingAnswer', links: { parent: null } });
      expect(seen.context.task).toMatchObject({ fullName: 'Lê Thị Dung', relation: 'MOTHER', requestingUnit: 'Chi bộ A1' });
      expect(JSON.stringify(seen)).not.toContain('Nguyễn Thị Hoa');
      expect(await status('wardBOffice', verification)).toBe(404);
      expect(await status('wardBOffice', admission)).toBe(404);
      // The file's named officers follow it into its tasks; the requesting unit's others do not see the other ward's task.
      expect(await status('psOfficer', motherTask)).toBe(200);
      expect(await status('wardAClerk', motherTask)).toBe(404);
      // Only the addressed committee answers.
      await refused('psOfficer', motherTask, 'ANSWER', { answeredOn: today, finding: 'NO_ISSUE', summary: 'Trả lời thay.' }, 403, 'ROLE_NOT_ALLOWED');
      // Nobody registers a task by hand.
      const direct = await t.http.post('/cases').set(c.as('wardBOffice')).send({ procedureId: TASK, orgUnitId: org.wardB.id, input: seen.context.task });
      expect({ status: direct.status, code: direct.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
    });

    it('the other ward’s task is reminded to that ward (its answer due on the city’s setting) and met by its answer', async () => {
      // The requesting file's deadline for answers is a setting: the city fixes 10 working days for its subtree.
      const override = await t.http.post('/rules/overrides').set(c.as('secretary')).send({
        key: 'PS.TASK_ANSWER', orgUnitId: org.city.id, value: 10, effectiveFrom: daysAgo(90), reason: 'Thành ủy quy định thời hạn trả lời xác minh: 10 ngày làm việc',
      });
      expect({ status: override.status, body: override.body }).toMatchObject({ status: 201, body: { key: 'PS.TASK_ANSWER', value: 10 } });
      // Tasks sent before the setting keep their clock; a new one gets it.
      const sent = await sendTask(verification, 'me-ct2', 'me', org.wardB.id, 'Đảng ủy phường B');
      motherTask = sent;
      const [d] = await t.dataSource.query(`SELECT id, due_at FROM deadline WHERE case_id = $1 AND key = 'ANSWER'`, [sent.id]);
      expect(d.due_at).not.toBeNull();
      expect(new Date(d.due_at).getTime()).toBeGreaterThan(Date.now());
      await t.app.get(ArmDeadlinesJob).reconcile();
      const minute = 91_000_000 + Math.floor(Math.random() * 1_000_000);
      const [, moved] = (await t.dataSource.query(`UPDATE deadline_firing SET bucket = $2 WHERE deadline_id = $1 AND kind = 'REMIND_3WD'`, [d.id, minute])) as [unknown, number];
      expect(moved).toBe(1);
      expect(await t.app.get(FireBucketJob).handle({ minute })).toEqual({ fired: 1, skipped: 0 });
      expect((await notices('wardBOffice', sent.id)).map((n) => n.kind)).toEqual(['REMIND_3WD']);
      // Reminders go to the addressed committee, not to the requesting ward.
      expect(await notices('psOfficer', sent.id)).toEqual([]);
      expect(await notices('wardA', sent.id)).toEqual([]);

      await answer('wardBOffice', sent, 'NO_ISSUE');
      const deadlines = (await c.view('wardBOffice', sent)).deadlines as { key: string; status: string }[];
      expect(deadlines).toEqual([expect.objectContaining({ key: 'ANSWER', status: 'MET' })]);
    });

    it('assesses once every task sent is answered; the conclusion waits for a committee to say who concludes', async () => {
      const pending = await refused('psOfficer', await reload(verification), 'ASSESS', { assessedOn: today, proposal: 'MEETS', provisions: 'Điều 10', summary: 'Đánh giá.' }, 409, 'TRANSITION_REFUSED');
      expect(pending).toContain('Còn yêu cầu xác minh chưa được trả lời');
      await answer('wardA', selfTask, 'NO_ISSUE');
      // The first task to the other ward is answered "not in our area".
      const first = await t.dataSource.query(`SELECT l.child_case_id AS id FROM case_link l JOIN "case" k ON k.id = l.child_case_id WHERE l.parent_case_id = $1 AND k.tags->>'taskKey' = 'me-ct'`, [verification.id]);
      const firstTask = { id: first[0].id as string, version: 1 };
      await c.send('wardBOffice', firstTask, 'DECLINE', { answeredOn: today, reason: 'Bà Lê Thị Dung đã chuyển khỏi địa bàn.' });
      const tasks = (await c.view('psOfficer', verification)).context.tasks as { taskKey: string; status: string; finding?: string }[];
      expect(tasks.map((x) => `${x.taskKey}:${x.status}`)).toEqual(['self-ct:ANSWERED', 'me-ct:NOT_IN_AREA', 'me-ct2:ANSWERED']);

      await reload(verification);
      await upload('psOfficer', verification, doc('BC-THAM-TRA', today, 'Ban Tổ chức Đảng ủy phường A'));
      await c.send('psOfficer', verification, 'ASSESS', { assessedOn: today, proposal: 'MEETS', provisions: 'Quy định 58-QĐ/TW, Điều 10', summary: 'Không có vấn đề về chính trị.' });
      const conclude = { concludedOn: today, outcome: 'MEETS', concludingBody: BODY, documentRef: '12-KL/ĐU', reasons: 'Đủ tiêu chuẩn chính trị.' };
      const why = await refused('psConcluder', verification, 'CONCLUDE', conclude, 409, 'TRANSITION_REFUSED');
      expect(why).toContain('PS.CONCLUDING_BODY');
      const setting = await t.http.post('/rules/overrides').set(c.as('secretary')).send({
        key: 'PS.CONCLUDING_BODY', orgUnitId: org.city.id, value: null, effectiveFrom: daysAgo(90), reason: 'Thành ủy xác nhận cơ quan kết luận tiêu chuẩn chính trị',
        valueData: { rows: [{ managementLevel: 'GRASSROOTS', purpose: 'ADMISSION', bodies: [{ kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }] }] },
      });
      expect(setting.status).toBe(201);
      // Not the ward's clerk: the file is not theirs to see.
      await refused('wardAClerk', verification, 'CONCLUDE', conclude, 404, 'CASE_NOT_FOUND');
      await upload('psConcluder', verification, doc('KL-TCCT', today, 'Ban Thường vụ Đảng ủy phường A'));
      await c.send('psConcluder', verification, 'CONCLUDE', conclude);
    });

    it('the admission reads the conclusion from the verification (a system step on its timeline) and goes on', async () => {
      const moved = await waitFor('the admission to use the conclusion', async () => {
        const v = await c.view('cellSec', admission);
        return v.state === 'politicalStandardConcluded' ? v : undefined;
      });
      admission.version = moved.version;
      expect(moved.context.politicalStandard).toMatchObject({ status: 'CONCLUDED', outcome: 'MEETS', concludedOn: today, conclusionRef: '12-KL/ĐU', verificationCaseId: verification.id });
      const tl = (await get('cellSec', `/cases/${admission.id}/timeline?pageSize=100`)).body.items as { type: string; actorId: string; payload: { facts?: { linkedCases?: { caseId: string; tags: Record<string, string> }[] } } }[];
      const read = tl.find((e) => e.type === 'CHILD_CONCLUDED')!;
      expect(read.actorId).toBe(SYSTEM_ACTOR_ID);
      expect(read.payload.facts?.linkedCases).toEqual([expect.objectContaining({ caseId: verification.id, tags: expect.objectContaining({ outcome: 'MEETS' }) })]);
      await c.send('wardA', admission, 'CERTIFY_BACKGROUND', { certifiedOn: today, cellComment: 'Lý lịch khai đầy đủ, trung thực; đủ tiêu chuẩn chính trị.' });
      expect((await c.view('cellSec', admission)).state).toBe('backgroundCertified');
      // Told of the conclusion: the named who hold a role on the file's unit; not the cell's office.
      const told = await waitFor('the conclusion’s notice (relayed from the outbox)', async () => {
        const mine = await notices('cellSec', verification.id);
        return mine.length ? mine : undefined;
      });
      expect(told.map((n) => n.title)).toEqual([expect.stringContaining('Kết luận tiêu chuẩn chính trị')]);
      expect(await notices('cellOffice', verification.id)).toEqual([]);
      verification.version = (await c.view('psOfficer', verification)).version;
      await c.send('psOfficer', verification, 'FILE', { filedOn: today, archiveRef: 'M-2026-001' });
      expect((await c.view('psOfficer', verification)).state).toBe('filed');
    });
  });

  describe('2. a verification concluding DOES_NOT_MEET ends the admission with the reason', () => {
    it('ends it, says why, and tells the cell', async () => {
      const { ref } = await applicant('Phạm Văn Long', '1998-03-15');
      const v = await request(ref, []);
      await c.send('psOfficer', v, 'CHECK_BACKGROUND', { checkedOn: daysAgo(19), stampedAcrossPages: true, summary: 'Đã đóng dấu giáp lai.' });
      const task = await sendTask(v, 'self-ct', 'self', org.wardB.id, 'Đảng ủy phường B');
      await answer('wardBOffice', task, 'ISSUE_FOUND');
      await c.send('psOfficer', await reload(v), 'ASSESS', { assessedOn: today, proposal: 'DOES_NOT_MEET', provisions: 'Quy định 58-QĐ/TW', summary: 'Có vấn đề về chính trị hiện nay.' });
      await c.send('psConcluder', v, 'CONCLUDE', { concludedOn: today, outcome: 'DOES_NOT_MEET', concludingBody: BODY, documentRef: '13-KL/ĐU', reasons: 'Không đủ tiêu chuẩn.' });
      const ended = await waitFor('the admission to end', async () => {
        const x = await c.view('cellSec', ref);
        return x.state === 'notAdmitted' ? x : undefined;
      });
      expect(ended.context).toMatchObject({ outcome: 'POLITICAL_STANDARD_NOT_MET', politicalStandard: { outcome: 'DOES_NOT_MEET' } });
      expect(ended.context.endReason).toContain('không đủ tiêu chuẩn chính trị theo kết luận số 13-KL/ĐU');
      expect(ended.status).toBe('CLOSED');
      const told = await waitFor('the cell to be told (relayed from the outbox)', async () => {
        const mine = await notices('cellOffice', ref.id);
        return mine.length ? mine : undefined;
      });
      expect(told).toEqual([expect.objectContaining({ body: expect.stringContaining('13-KL/ĐU') })]);
    });
  });

  describe('3. what people see', () => {
    it('lists the procedures with Vietnamese step schemas', async () => {
      const list = (await get('psOfficer', '/procedures')).body as { id: string; version: number; title: string }[];
      expect(list.filter((p) => [PS, TASK, 'ket-nap-dang-vien'].includes(p.id)).map((p) => `${p.id}@${p.version}`)).toEqual(
        expect.arrayContaining([`${PS}@1`, `${TASK}@1`, 'ket-nap-dang-vien@1', 'ket-nap-dang-vien@2']),
      );
      const version = (await get('psOfficer', `/procedures/${PS}/versions/1`)).body;
      const send = version.events.find((e: { type: string }) => e.type === 'SEND_TASK');
      expect(send.payload.properties.unitId.title).toBe('Cấp ủy nơi cư trú, công tác (mã trong hệ thống)');
      expect(version.input.properties.namedOfficers.title).toMatch(VIETNAMESE);
      const v2 = (await get('psOfficer', '/procedures/ket-nap-dang-vien/versions/2')).body;
      expect(v2.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['REQUEST_POLITICAL_STANDARD']));
      expect(v2.events.map((e: { type: string }) => e.type)).not.toContain('START_VERIFICATION');
    });

    it('counts the conclusions for the named officer, by purpose; an officer not named counts none of them', async () => {
      const q = `?from=${daysAgo(40)}&to=${addCalendarDays(today, 1)}`;
      const named = (await get('psOfficer', `/statistics/${PS}${q}`)).body;
      expect(named).toMatchObject({ total: 2, byCategory: { MEETS: 1, DOES_NOT_MEET: 1, IN_PROGRESS: 0 }, dimensions: { purpose: { counts: { ADMISSION: 2 } } } });
      expect((await get('wardAClerk', `/statistics/${PS}${q}`)).body).toMatchObject({ total: 0 });
      const tasks = (await get('wardBOffice', `/statistics/${TASK}${q}`)).body;
      // Ward B's three tasks (its own scope): two answered, one "not in our area".
      expect(tasks).toMatchObject({ total: 3, byCategory: { ANSWERED: 2, NOT_IN_AREA: 1, AWAITING_ANSWER: 0 } });
    });
  });
});
