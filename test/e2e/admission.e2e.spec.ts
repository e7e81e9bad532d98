// Admission of new members (ket-nap-dang-vien v1, the files begun before version 2), end to end over HTTP with the worker running:
// 1. an applicant goes from the cell's source list to full member: person record, documents uploaded (2-KNĐ stamped
//    across pages before verification), verification requested/answered (one relative exempted), introducers, the
//    cell vote (≥ 2/3 of full members, a probationary member present and not counted), the authorised grassroots
//    committee's vote and decision, receipt, ceremony on time, member record, the end of the 12 months reported by
//    the worker, recognition vote and decision; the person's history and every deadline as a person sees them;
// 2. a second applicant, proposed to the competent (city) committee, whose ceremony deadline is missed (a short rule
//    override): reminders and the escalation reach people, the deadline shows MISSED, the machine records it on the
//    timeline, and the late ceremony needs the upper committee's recorded agreement;
// 3. bad input: a 4xx with a stable code and a Vietnamese message, and nothing written.
//
// Legal dates: the machine refuses a meeting or a document dated after the day it is entered, and the recognition
// vote cannot be dated before the end of the 12 months; so an applicant who becomes a full member today was admitted
// more than a year ago, and the first case is entered back-dated (2025–2026). Its deadlines are then due in the past
// as soon as they are scheduled: a running arming loop would escalate each of them within a couple of seconds of
// the step that opens it, before the step that meets it. The test therefore stops the worker's periodic arming pass
// and runs that pass itself (`runDeadlines`) at the two moments a deadline is meant to come due; everything asserted
// is what people see (notifications, deadline status on the case, state, timeline, person record).
import { jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { SYSTEM_ACTOR_ID } from '@hoso/timeline/timeline-labels';
import { toVietnamDate } from '@hoso/kernel/legal-time';
import { Role } from '@hoso/workflows';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const WAIT_MS = 30_000;
const PROCEDURE = 'ket-nap-dang-vien';

interface Counts {
  cases: number;
  events: number;
  attachments: number;
  persons: number;
}

interface DeadlineView {
  key: string;
  ruleKey: string;
  status: string;
  generation: number;
  dueAt: string | null;
}

/** Poll `probe` until it answers something truthy; fail with `what` after `timeoutMs`. */
async function waitFor<T>(what: () => string, probe: () => Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Dates of one applicant's file, in order (all before today). */
interface Dates {
  listedOn: string;
  enrolledOn: string;
  certificateOn: string;
  applicationOn: string;
  backgroundOn: string;
  requestedOn: string;
  answeredOn: string;
  certifiedOn: string;
  introducedOn: string;
  coworkingSince: string;
  cellMeeting: string;
  grassrootsMeeting: string;
  decisionDate: string;
  receivedOn: string;
}

const FIRST: Dates & { ceremony: string; memberRecord: string; probationEnd: string; recognitionMeeting: string; recognitionDecision: string } = {
  listedOn: '2025-03-03',
  enrolledOn: '2025-03-10',
  certificateOn: '2025-04-15',
  applicationOn: '2025-05-05',
  backgroundOn: '2025-05-12',
  requestedOn: '2025-05-20',
  answeredOn: '2025-06-10',
  certifiedOn: '2025-06-20',
  introducedOn: '2025-06-25',
  coworkingSince: '2023-01-02',
  cellMeeting: '2025-07-01',
  grassrootsMeeting: '2025-07-15',
  decisionDate: '2025-08-01',
  receivedOn: '2025-08-05',
  ceremony: '2025-08-20',
  memberRecord: '2025-09-10',
  probationEnd: '2026-08-20',
  recognitionMeeting: '2026-09-03',
  recognitionDecision: '2026-10-01',
};

// The second file: the receipt is a few working days old, so that one working day (the override) is past and the
// general 30 are not; only the ceremony's deadline is open when the test runs the arming pass.
const SECOND: Dates & { ceremony: string } = {
  listedOn: '2026-05-04',
  enrolledOn: '2026-05-11',
  certificateOn: '2026-06-15',
  applicationOn: '2026-06-22',
  backgroundOn: '2026-06-29',
  requestedOn: '2026-07-06',
  answeredOn: '2026-07-27',
  certifiedOn: '2026-08-03',
  introducedOn: '2026-08-10',
  coworkingSince: '2024-01-02',
  cellMeeting: '2026-09-08',
  grassrootsMeeting: '2026-09-22',
  decisionDate: '2026-10-06',
  receivedOn: '2026-11-10',
  ceremony: '2026-11-20',
};

/** A cell's roster: `full` full members (f0…) and `probationary` probationary members (p0…). */
const roster = (full: number, probationary = 0) => [
  ...Array.from({ length: full }, (_, i) => ({ id: `f${i}`, status: 'FULL' })),
  ...Array.from({ length: probationary }, (_, i) => ({ id: `p${i}`, status: 'PROBATIONARY' })),
];
const tally = (approve: number, reject: number, invalid = 0) => ({ approve, reject, invalid, cast: approve + reject + invalid });

describe('admission of new members (ket-nap-dang-vien), end to end', () => {
  let t: TestApp;
  let org: DemoOrg;
  let tokens: Record<string, string>;
  let c: ReturnType<typeof caseClient>;

  beforeAll(async () => {
    t = await createTestApp({ worker: true, config: { DEADLINE_ARM_EVERY_MS: 600_000 } });
    org = await seedOrg(t);
    // The cell's own secretary and office, and the ward's standing committee.
    const cellSec = await addPerson(t, 'bithu-chibo', org.cellA.id, [Role.SECRETARY]);
    const cellOffice = await addPerson(t, 'vanphong-chibo', org.cellA.id, [Role.COMMITTEE_OFFICE]);
    tokens = { ...org.tokens, cellSec: cellSec.token, cellOffice: cellOffice.token };
    c = caseClient(t, tokens);

    const backend = t.app.get(QueueBackend);
    // The periodic arming pass is the test's own from here on (see the note at the top).
    await (await backend.queue(QueueName.DEADLINES)).removeJobScheduler(jobId('arm', 'deadlines'));
  });
  afterAll(async () => {
    await t?.close();
  });

  // -------------------------------------------------------------------------------------------------------------
  // Helpers
  // -------------------------------------------------------------------------------------------------------------

  /** The worker's arming pass, now; then the worker fires whatever is due. */
  async function runDeadlines(): Promise<void> {
    await t.app.get(ArmDeadlinesJob).reconcile();
  }

  async function counts(): Promise<Counts> {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM "case") AS cases, (SELECT count(*)::int FROM case_event) AS events,
              (SELECT count(*)::int FROM case_attachment) AS attachments, (SELECT count(*)::int FROM person) AS persons`,
    );
    return row;
  }

  /** A 4xx with this status and code, a Vietnamese message, and no row written. */
  async function refusedWithNothingWritten(run: () => PromiseLike<{ status: number; body: { code?: string; message?: string } }>, status: number, code: string) {
    const before = await counts();
    const res = await run();
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body.message).toMatch(VIETNAMESE);
    expect(await counts()).toEqual(before);
    return res.body;
  }

  const doc = (formCode: string, documentDate: string, over: Record<string, unknown> = {}) => ({
    formCode,
    documentDate,
    author: 'Chi bộ A1',
    stampedAcrossPages: false,
    fileName: `${formCode}.pdf`,
    mediaType: 'application/pdf',
    contentBase64: Buffer.from(`%PDF-1.4\n% ${formCode} ${documentDate}\n%%EOF`).toString('base64'),
    ...over,
  });
  const upload = (who: string, ref: CaseRef, body: Record<string, unknown>) => t.http.post(`/cases/${ref.id}/dossier`).set(c.as(who)).send(body);
  async function file(ref: CaseRef, ...docs: Record<string, unknown>[]): Promise<void> {
    for (const d of docs) {
      const res = await upload('cellOffice', ref, d);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { formCode: d.formCode } });
    }
  }

  const admission = (personId: string, fullName: string, dateOfBirth: string, listedOn: string, over: Record<string, unknown> = {}) => ({
    personId,
    fullName,
    dateOfBirth,
    educationLevel: 'UNIVERSITY',
    youthUnionInUnit: false,
    youthUnionMember: false,
    tradeUnionInUnit: false,
    tradeUnionMember: false,
    cellName: 'Chi bộ A1',
    hasSectionCommittee: false,
    grassrootsCommittee: { name: 'Đảng ủy phường A', level: 'GRASSROOTS' },
    grassrootsAuthorisedToAdmit: true,
    route: 'NORMAL',
    listedOn,
    ...over,
  });

  async function newPerson(fullName: string, dateOfBirth: string): Promise<string> {
    const res = await t.http.post('/people').set(c.as('cellSec')).send({ fullName, dateOfBirth, orgUnitId: org.cellA.id });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { status: 'NON_MEMBER' } });
    return res.body.id;
  }

  async function register(input: Record<string, unknown>): Promise<CaseRef> {
    const ref = await c.create('cellSec', org.cellA.id, input, { procedureId: PROCEDURE });
    expect(ref.body.case).toMatchObject({ procedureId: PROCEDURE, state: 'sourceList' });
    // These files began before version 2 (political standard in its own procedure: political-standard.e2e.spec.ts);
    // a case resumes on the version it began on, and version 1 verifies on the case itself. Its first state is the same.
    await t.dataSource.query(`UPDATE "case" SET machine_version = 1 WHERE id = $1`, [ref.id]);
    return { id: ref.id, version: ref.version };
  }

  /** The case as a person sees it; the ref's version follows (the worker's events move it). */
  async function view(ref: CaseRef, who = 'cellSec') {
    const body = await c.view(who, ref);
    ref.version = body.version;
    return body;
  }
  const deadlines = async (ref: CaseRef): Promise<Record<string, DeadlineView[]>> => {
    const out: Record<string, DeadlineView[]> = {};
    for (const d of (await view(ref)).deadlines as DeadlineView[]) (out[d.key] ??= []).push(d);
    return out;
  };
  const statusOf = async (ref: CaseRef) => Object.fromEntries(Object.entries(await deadlines(ref)).map(([k, ds]) => [k, ds.map((d) => d.status).join(',')]));

  /** 409 with the refusing guard's Vietnamese reason, and the case unchanged. */
  async function refusedStep(who: string, ref: CaseRef, type: string, payload: Record<string, unknown>, code = 'TRANSITION_REFUSED', status = 409) {
    const body = await refusedWithNothingWritten(() => c.attempt(who, ref, type, payload), status, code);
    expect((await view(ref)).version).toBe(ref.version);
    return body.message as string;
  }

  /** From the source list to the cell's vote being possible: course, application, background, verification, introducers. */
  async function prepare(ref: CaseRef, d: Dates, relatives: { key: string; relation: string; fullName: string; partyMember?: boolean }[], applicant: string) {
    await c.send('cellSec', ref, 'ENROL_AWARENESS_COURSE', { enrolledOn: d.enrolledOn, courseName: 'Lớp bồi dưỡng nhận thức về Đảng' });
    await c.send('cellSec', ref, 'RECORD_AWARENESS_CERTIFICATE', { issuedOn: d.certificateOn, certificateRef: 'CN-123' });
    await c.send('cellSec', ref, 'SUBMIT_APPLICATION', { submittedOn: d.applicationOn });
    await c.send('cellOffice', ref, 'DECLARE_BACKGROUND', { declaredOn: d.backgroundOn });
    await file(ref, doc('2-KNĐ', d.backgroundOn, { author: applicant, stampedAcrossPages: true }));
    await c.send('cellSec', ref, 'START_VERIFICATION', { persons: [{ key: 'self', relation: 'APPLICANT', fullName: applicant }, ...relatives] });
    for (const r of [{ key: 'self' }, ...relatives.filter((x) => !x.partyMember)]) {
      await c.send('cellOffice', ref, 'REQUEST_VERIFICATION', { personKey: r.key, unitAsked: 'Đảng ủy xã An Phú', requestedOn: d.requestedOn, method: 'LETTER' });
      await c.send('cellOffice', ref, 'RECORD_VERIFICATION_ANSWER', {
        personKey: r.key, answeredOn: d.answeredOn, finding: 'NO_ISSUE', summary: 'Lịch sử chính trị rõ ràng, không có vấn đề.', documentRef: `TT-${r.key}`,
      });
      await file(ref, doc('5C-KNĐ', d.answeredOn, { author: 'Đảng ủy xã An Phú', aboutPerson: r.key }));
    }
    for (const r of relatives.filter((x) => x.partyMember)) {
      await c.send('wardA', ref, 'EXEMPT_VERIFICATION', { personKey: r.key, relativeIsPartyMember: true, fullyDeclared: true, note: `${r.fullName} là đảng viên, đã khai đầy đủ, trung thực.` });
    }
    // The ward certifies: not the person who entered the answers (separation of duties).
    await c.send('wardA', ref, 'CERTIFY_BACKGROUND', { certifiedOn: d.certifiedOn, cellComment: 'Lý lịch khai đầy đủ, trung thực.' });
    for (const key of ['a', 'b']) {
      await c.send('cellOffice', ref, 'RECORD_INTRODUCER', {
        key, kind: 'PARTY_MEMBER', name: `Đảng viên giới thiệu ${key.toUpperCase()}`, introducedOn: d.introducedOn, fullMember: true, coworkingSince: d.coworkingSince,
      });
    }
    await file(
      ref,
      doc('CN-NTVĐ', d.certificateOn, { author: 'Trung tâm chính trị' }),
      doc('1-KNĐ', d.applicationOn, { author: applicant }),
      doc('3-KNĐ', d.introducedOn, { author: 'Đảng viên giới thiệu A' }),
      doc('3-KNĐ', d.introducedOn, { author: 'Đảng viên giới thiệu B' }),
      doc('5-KNĐ', d.introducedOn),
    );
    expect((await view(ref)).state).toBe('introductionsAndComments');
  }

  /** Cell (6 full members voting, 1 probationary listed), grassroots committee, decision, receipt. */
  async function toCeremonyPending(ref: CaseRef, d: Dates, decider: 'wardA' | 'standing') {
    await c.send('cellSec', ref, 'CELL_VOTE', { meetingDate: d.cellMeeting, resolutionRef: '6-NQ/CB', members: roster(6, 1), tally: tally(5, 1) });
    expect((await view(ref)).context.cellVote).toMatchObject({ passed: true, approve: 5, denominator: 6, needed: 4 });
    await file(ref, doc('6-KNĐ', d.cellMeeting));
    await c.send('wardA', ref, 'GRASSROOTS_VOTE', { meetingDate: d.grassrootsMeeting, resolutionRef: '8-NQ/ĐU', members: roster(5), tally: tally(4, 1) });
    expect((await view(ref)).state).toBe('awaitingDecision');
    await file(ref, doc('8-KNĐ', d.grassrootsMeeting, { author: 'Đảng ủy phường A' }));
    await c.send(decider, ref, 'DECIDE_ADMISSION', { admitted: true, decisionDate: d.decisionDate, decisionRef: '9-QĐ/ĐU' });
    await file(ref, doc('9-KNĐ', d.decisionDate, { author: 'Đảng ủy phường A' }));
    await c.send('cellOffice', ref, 'RECORD_DECISION_RECEIPT', { receivedOn: d.receivedOn });
    expect((await view(ref)).state).toBe('ceremonyPending');
  }

  const person = async (id: string, who = 'cellSec') => {
    const res = await t.http.get(`/people/${id}`).set(c.as(who));
    expect(res.status).toBe(200);
    return res.body;
  };

  async function timeline(ref: CaseRef) {
    const res = await t.http.get(`/cases/${ref.id}/timeline?pageSize=100`).set(c.as('cellSec'));
    expect(res.status).toBe(200);
    return res.body as { items: { seq: number; type: string; actorId: string; actorName: string; fromState: string; toState: string; payload: Record<string, unknown> }[]; reminders: { key: string; kind: string }[] };
  }

  async function notificationsOf(who: string, caseId: string) {
    const res = await t.http.get('/me/notifications?pageSize=100').set(c.as(who));
    expect(res.status).toBe(200);
    return (res.body.items as { caseId: string; kind: string; title: string }[]).filter((n) => n.caseId === caseId);
  }

  // -------------------------------------------------------------------------------------------------------------
  // 1. From the source list to full member
  // -------------------------------------------------------------------------------------------------------------

  describe('1. an applicant from the source list to full member', () => {
    const APPLICANT = 'Nguyễn Thị Hoa';
    let personId: string;
    let ref: CaseRef;

    it('registers the person record and the admission case on the cell, linked to the person', async () => {
      personId = await newPerson(APPLICANT, '2000-05-10');
      ref = await register(admission(personId, APPLICANT, '2000-05-10', FIRST.listedOn));
      const seen = await person(personId);
      expect(seen.cases).toEqual([expect.objectContaining({ id: ref.id, procedureId: PROCEDURE })]);
      expect(seen.memberships).toEqual([]);
    });

    it('refuses verification until the background (2-KNĐ) is stamped across pages, then verifies each person (one relative exempted)', async () => {
      await c.send('cellSec', ref, 'ENROL_AWARENESS_COURSE', { enrolledOn: FIRST.enrolledOn });
      await c.send('cellSec', ref, 'RECORD_AWARENESS_CERTIFICATE', { issuedOn: FIRST.certificateOn });
      await c.send('cellSec', ref, 'SUBMIT_APPLICATION', { submittedOn: FIRST.applicationOn });
      await c.send('cellOffice', ref, 'DECLARE_BACKGROUND', { declaredOn: FIRST.backgroundOn });
      await file(ref, doc('2-KNĐ', FIRST.backgroundOn, { author: APPLICANT, stampedAcrossPages: false }));
      const persons = [
        { key: 'self', relation: 'APPLICANT', fullName: APPLICANT },
        { key: 'cha', relation: 'FATHER', fullName: 'Nguyễn Văn Cường', partyMember: true },
        { key: 'me', relation: 'MOTHER', fullName: 'Lê Thị Dung', partyMember: false },
      ];
      const why = await refusedStep('cellSec', ref, 'START_VERIFICATION', { persons });
      expect(why).toContain('đóng dấu giáp lai');
      expect(why).toContain('2-KNĐ');

      await file(ref, doc('2-KNĐ', FIRST.backgroundOn, { author: APPLICANT, stampedAcrossPages: true }));
      await c.send('cellSec', ref, 'START_VERIFICATION', { persons });
      // Certifying with answers outstanding is refused, naming who is still open.
      expect(await refusedStep('wardA', ref, 'CERTIFY_BACKGROUND', { certifiedOn: FIRST.certifiedOn, cellComment: 'Lý lịch rõ ràng.' })).toContain('Lê Thị Dung');
      for (const key of ['self', 'me']) {
        await c.send('cellOffice', ref, 'REQUEST_VERIFICATION', { personKey: key, unitAsked: 'Đảng ủy xã An Phú', requestedOn: FIRST.requestedOn, method: 'LETTER' });
        await c.send('cellOffice', ref, 'RECORD_VERIFICATION_ANSWER', {
          personKey: key, answeredOn: FIRST.answeredOn, finding: 'NO_ISSUE', summary: 'Lịch sử chính trị rõ ràng, không có vấn đề.',
        });
        await file(ref, doc('5C-KNĐ', FIRST.answeredOn, { author: 'Đảng ủy xã An Phú', aboutPerson: key }));
      }
      // The mother is not a party member: no exemption for her (and she is answered anyway).
      await c.send('wardA', ref, 'EXEMPT_VERIFICATION', { personKey: 'cha', relativeIsPartyMember: true, fullyDeclared: true, note: 'Cha là đảng viên, đã khai đầy đủ, trung thực.' });
      // The office that entered the answers does not certify them: a ward secretary does.
      await c.send('wardA', ref, 'CERTIFY_BACKGROUND', { certifiedOn: FIRST.certifiedOn, cellComment: 'Lý lịch khai đầy đủ, trung thực.' });
      const verification = (await view(ref)).context.verification as { key: string; status: string }[];
      expect(verification.map((v) => `${v.key}:${v.status}`)).toEqual(['self:ANSWERED', 'cha:EXEMPTED', 'me:ANSWERED']);
      expect((await view(ref)).state).toBe('backgroundCertified');
    });

    it('records the introducers; the cell vote is refused while a document is missing and for a tally larger than the cell, then passes', async () => {
      for (const key of ['a', 'b']) {
        await c.send('cellOffice', ref, 'RECORD_INTRODUCER', {
          key, kind: 'PARTY_MEMBER', name: `Đảng viên giới thiệu ${key.toUpperCase()}`, introducedOn: FIRST.introducedOn, fullMember: true, coworkingSince: FIRST.coworkingSince,
        });
      }
      await file(
        ref,
        doc('CN-NTVĐ', FIRST.certificateOn, { author: 'Trung tâm chính trị' }),
        doc('1-KNĐ', FIRST.applicationOn, { author: APPLICANT }),
        doc('3-KNĐ', FIRST.introducedOn, { author: 'Đảng viên giới thiệu A' }),
        doc('3-KNĐ', FIRST.introducedOn, { author: 'Đảng viên giới thiệu B' }),
      );
      const vote = { meetingDate: FIRST.cellMeeting, resolutionRef: '6-NQ/CB', members: roster(6, 1), tally: tally(5, 1) };
      expect(await refusedStep('cellSec', ref, 'CELL_VOTE', vote)).toContain('5-KNĐ');
      await file(ref, doc('5-KNĐ', FIRST.introducedOn));

      // Eight ballots from six full members (the probationary member gets none).
      const tooMany = await refusedStep('cellSec', ref, 'CELL_VOTE', { ...vote, tally: { approve: 6, reject: 2, invalid: 0, cast: 8 } });
      expect(tooMany).toContain('Số phiếu thu vào (8) lớn hơn số đảng viên được phát phiếu (6)');

      await toCeremonyPending(ref, FIRST, 'wardA');
      // The ceremony's working days run from the receipt; the decision's deadline was met on the decision date.
      const ds = await deadlines(ref);
      expect(ds.admissionDecision).toEqual([expect.objectContaining({ status: 'MET', ruleKey: 'C.DECISION_ADMIT' })]);
      expect(ds.ceremony).toEqual([expect.objectContaining({ status: 'PENDING', ruleKey: 'C.CEREMONY' })]);
      // The decision was judged by its own date against the stored due date (in time), under the body the law names.
      const decided = (await view(ref)).context as { admissionDecision: Record<string, unknown>; lateWithoutReason?: unknown; cellVote: Record<string, unknown> };
      expect(decided.admissionDecision).toMatchObject({
        dueDate: toVietnamDate(new Date(ds.admissionDecision[0].dueAt!)), body: 'Tập thể đảng ủy cơ sở được ủy quyền kết nạp đảng viên',
      });
      expect(decided.lateWithoutReason).toBeUndefined();
      // The cell's vote used the rules in force on its meeting date (01/07/2025: 294 and 06-HD/TW), shown on the timeline.
      expect(decided.cellVote.rule).toMatch(/^C\.CELL_THRESHOLD: Hướng dẫn 06-HD\/TW/);
      const cellVote = (await timeline(ref)).items.find((e) => e.type === 'CELL_VOTE')!;
      const facts = cellVote.payload.facts as { legalDate: unknown; ruleValues: Record<string, { effectiveFrom: string; legalBasis: string }> };
      expect(facts.legalDate).toEqual({ date: FIRST.cellMeeting, field: 'meetingDate' });
      expect(facts.ruleValues['C.AGE_MIN']).toMatchObject({ effectiveFrom: '2025-07-01', legalBasis: expect.stringContaining('294-QĐ/TW') });
    });

    it('holds the ceremony on time: a probationary member from the ceremony date, party age from the decision date', async () => {
      await c.send('cellSec', ref, 'HOLD_CEREMONY', { ceremonyDate: FIRST.ceremony });
      const v = await view(ref);
      expect(v).toMatchObject({ state: 'probationary', context: { ceremonyDate: FIRST.ceremony, probationEndsOn: FIRST.probationEnd } });
      expect(await person(personId)).toMatchObject({
        status: 'PROBATIONARY',
        partyAgeFrom: FIRST.decisionDate,
        memberships: [expect.objectContaining({ status: 'PROBATIONARY', onDate: FIRST.ceremony, partyAgeFrom: FIRST.decisionDate, caseId: ref.id })],
      });
      await c.send('cellOffice', ref, 'RECORD_MEMBER_RECORD', { declaredOn: FIRST.memberRecord });
      expect(await statusOf(ref)).toEqual({ admissionDecision: 'MET', ceremony: 'MET', memberRecord: 'MET', probation: 'PENDING' });
      // Not yet recognised: the recognition steps are not offered during probation.
      expect((await view(ref)).availableEvents.map((e: { type: string }) => e.type)).not.toContain('CELL_RECOGNITION_VOTE');
    });

    it('the worker reports the end of the 12 months (due in the past) and the case moves to the recognition review', async () => {
      const before = await view(ref);
      await runDeadlines();
      const moved = await waitFor(
        () => `the probation's DEADLINE_MISSED (case at ${ref.version})`,
        async () => {
          const v = await c.view('cellSec', ref);
          return v.state === 'recognitionReview' ? v : undefined;
        },
      );
      ref.version = moved.version;
      expect(moved.version).toBe(before.version + 1);
      const last = (await timeline(ref)).items.at(-1)!;
      expect(last).toMatchObject({ type: 'DEADLINE_MISSED', actorId: SYSTEM_ACTOR_ID, fromState: 'probationary', toState: 'recognitionReview', payload: { key: 'probation' } });
      const ds = await deadlines(ref);
      // The probation is a term: it ENDED (nobody was late), and nobody was told it was overdue.
      expect(ds.probation).toEqual([expect.objectContaining({ status: 'ENDED', ruleKey: 'C.PROBATION' })]);
      const overdue: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE case_id = $1 AND kind = 'ESCALATE'`,
        [ref.id],
      );
      expect(overdue[0].n).toBe(0);
      const ended: { title: string }[] = await t.dataSource.query(`SELECT title FROM notification WHERE case_id = $1 AND kind = 'TERM_END'`, [ref.id]);
      expect(ended.length).toBeGreaterThan(0);
      for (const n of ended) expect(n.title).toMatch(/^Kết thúc thời hạn: /);
      expect(ds.recognitionCell).toEqual([expect.objectContaining({ status: 'PENDING', ruleKey: 'C.RECOGNITION_CELL' })]);
      // Recognition before the end of the 12 months stays impossible (the meeting is checked against the end).
      await file(ref, ...['10-KNĐ', '11-KNĐ', '12-KNĐ', 'LLCT-DVM'].map((f) => doc(f, '2026-08-25')));
      const early = await refusedStep('cellSec', ref, 'CELL_RECOGNITION_VOTE', {
        proposal: 'RECOGNISE', meetingDate: '2026-08-19', members: roster(6, 1), tally: tally(6, 0),
      });
      expect(early).toContain('20/08/2026');
    });

    it('the cell votes to recognise, the committee decides: a full member from the end of the 12 months, every deadline met', async () => {
      await c.send('cellSec', ref, 'CELL_RECOGNITION_VOTE', {
        proposal: 'RECOGNISE', meetingDate: FIRST.recognitionMeeting, resolutionRef: '13-NQ/CB', members: roster(6, 1), tally: tally(6, 0),
      });
      expect((await view(ref)).state).toBe('awaitingRecognitionDecision');
      await file(ref, doc('13-KNĐ', FIRST.recognitionMeeting), doc('15-KNĐ', '2026-09-20', { author: 'Đảng ủy phường A' }));
      // The cell's secretary does not also decide (separation of duties): the ward decides.
      await c.send('wardA', ref, 'DECIDE_RECOGNITION', { decision: 'RECOGNISE', decisionDate: FIRST.recognitionDecision, decisionRef: '16-QĐ/ĐU' });

      const v = await view(ref);
      expect(v).toMatchObject({ state: 'fullMember', reportCategory: 'FULL_MEMBER', tags: { outcome: 'FULL_MEMBER', decidedBy: 'GRASSROOTS_AUTHORISED' } });
      expect(v.availableEvents).toEqual([]);
      expect(await statusOf(ref)).toEqual({
        admissionDecision: 'MET', ceremony: 'MET', memberRecord: 'MET',
        // The 12 months ran out as a term (ENDED), not as a late step.
        probation: 'ENDED',
        recognitionCell: 'MET', recognitionDecision: 'MET',
      });

      const p = await person(personId);
      // Full from the end of the 12 months although decided on 01/10/2026; party age from the admission decision.
      expect(p).toMatchObject({ status: 'FULL', partyAgeFrom: FIRST.decisionDate });
      expect(p.memberships).toEqual([
        expect.objectContaining({ status: 'PROBATIONARY', onDate: FIRST.ceremony, partyAgeFrom: FIRST.decisionDate, caseId: ref.id }),
        expect.objectContaining({ status: 'FULL', onDate: FIRST.probationEnd, partyAgeFrom: FIRST.decisionDate, caseId: ref.id }),
      ]);
      expect(p.cases).toEqual([expect.objectContaining({ id: ref.id, state: 'fullMember' })]);

      // Every step is on the timeline, by the people who took it.
      const types = (await timeline(ref)).items.map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(['CELL_VOTE', 'GRASSROOTS_VOTE', 'DECIDE_ADMISSION', 'HOLD_CEREMONY', 'DEADLINE_MISSED', 'CELL_RECOGNITION_VOTE', 'DECIDE_RECOGNITION']));
      const dossier = (await t.http.get(`/cases/${ref.id}/dossier`).set(c.as('cellSec')).expect(200)).body;
      expect(new Set(dossier.items.map((i: { formCode: string }) => i.formCode))).toEqual(
        new Set(['2-KNĐ', '5C-KNĐ', 'CN-NTVĐ', '1-KNĐ', '3-KNĐ', '5-KNĐ', '6-KNĐ', '8-KNĐ', '9-KNĐ', '10-KNĐ', '11-KNĐ', '12-KNĐ', 'LLCT-DVM', '13-KNĐ', '15-KNĐ']),
      );
    });

    it('a sibling ward sees neither the case nor the person (404), and cannot act on them', async () => {
      for (const [url, code] of [[`/cases/${ref.id}`, 'CASE_NOT_FOUND'], [`/cases/${ref.id}/dossier`, 'CASE_NOT_FOUND'], [`/cases/${ref.id}/timeline`, 'CASE_NOT_FOUND'], [`/people/${personId}`, 'PERSON_NOT_FOUND']]) {
        const res = await t.http.get(url).set(c.as('wardB'));
        expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 404, code });
        expect(res.body.message).toMatch(VIETNAMESE);
      }
      await refusedWithNothingWritten(() => upload('wardB', ref, doc('1-KNĐ', '2025-05-05')), 404, 'CASE_NOT_FOUND');
      await refusedWithNothingWritten(() => c.attempt('wardB', ref, 'ASSIGN_MENTOR', { mentorName: 'X', assignedOn: '2025-09-01' }), 404, 'CASE_NOT_FOUND');
      expect((await t.http.get(`/people?q=${encodeURIComponent('Hoa')}`).set(c.as('wardB')).expect(200)).body.total).toBe(0);
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  // 2. The ceremony deadline missed
  // -------------------------------------------------------------------------------------------------------------

  describe('2. a second applicant misses the ceremony deadline', () => {
    const APPLICANT = 'Lê Văn Nam';
    let personId: string;
    let ref: CaseRef;

    it('is proposed by the cell and the ward and admitted by the competent (city) committee', async () => {
      personId = await newPerson(APPLICANT, '1998-03-15');
      ref = await register(
        admission(personId, APPLICANT, '1998-03-15', SECOND.listedOn, {
          grassrootsAuthorisedToAdmit: false,
          competentCommittee: { name: 'Ban Thường vụ Thành ủy', level: 'PROVINCIAL' },
        }),
      );
      await prepare(ref, SECOND, [{ key: 'vo', relation: 'SPOUSE', fullName: 'Trần Thị Mai', partyMember: false }], APPLICANT);
      // Shorten the ceremony's time for the cell's unit (a secretary's override, with its reason) before the receipt.
      const override = await t.http.post('/rules/overrides').set(c.as('secretary')).send({
        key: 'C.CEREMONY', orgUnitId: org.cellA.id, value: 1, effectiveFrom: '2026-11-01', reason: 'Thử nghiệm: rút ngắn thời hạn tổ chức lễ kết nạp',
      });
      expect({ status: override.status, body: override.body }).toMatchObject({ status: 201, body: { key: 'C.CEREMONY', value: 1, orgUnitId: org.cellA.id } });
      await toCeremonyPending(ref, SECOND, 'standing');
      expect((await view(ref)).context.admissionDecision).toMatchObject({ committee: 'Ban Thường vụ Thành ủy', admitted: true });
      const ceremony = (await deadlines(ref)).ceremony;
      // One working day from the receipt (10/11/2026): due at the end of 11/11/2026, already past.
      expect(ceremony).toEqual([expect.objectContaining({ status: 'PENDING', ruleKey: 'C.CEREMONY' })]);
      expect(toVietnamDate(new Date(ceremony[0].dueAt!))).toBe('2026-11-11');
      expect(new Date(ceremony[0].dueAt!).getTime()).toBeLessThan(Date.now());
      expect((await deadlines(ref)).admissionDecision).toEqual([expect.objectContaining({ status: 'MET' })]);
    });

    it('the worker reminds, then escalates: notifications, the deadline MISSED, DEADLINE_MISSED on the timeline', async () => {
      const before = await view(ref);
      await runDeadlines();
      await waitFor(
        () => 'the ceremony deadline to be MISSED and the case to record it',
        async () => {
          const v = await c.view('cellSec', ref);
          return v.version === before.version + 1 && (v.deadlines as DeadlineView[]).some((d) => d.key === 'ceremony' && d.status === 'MISSED') ? v : undefined;
        },
      );
      const v = await view(ref);
      // The machine records the lateness and stays: the ceremony is still to be held.
      expect(v).toMatchObject({ state: 'ceremonyPending', context: { overdue: { ceremony: true } } });
      const tl = await timeline(ref);
      expect(tl.items.at(-1)).toMatchObject({ type: 'DEADLINE_MISSED', actorId: SYSTEM_ACTOR_ID, fromState: 'ceremonyPending', toState: 'ceremonyPending', payload: { key: 'ceremony', generation: 1 } });
      expect(tl.reminders.filter((r) => r.key === 'ceremony').map((r) => r.kind)).toContain('ESCALATE');

      // The escalation reaches the secretary and the standing committee (of the city, above the cell)…
      for (const who of ['secretary', 'standing', 'wardA']) {
        const mine = await notificationsOf(who, ref.id);
        expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'ESCALATE', title: `Quá hạn: Kết nạp đảng viên: ${APPLICANT}` })]));
      }
      // …the reminders reach the office and the task force; nobody is told in the sibling ward.
      expect((await notificationsOf('cellOffice', ref.id)).map((n) => n.kind)).not.toContain('ESCALATE');
      expect((await notificationsOf('cellOffice', ref.id)).length).toBeGreaterThan(0);
      expect(await notificationsOf('wardB', ref.id)).toEqual([]);
    });

    it('holding the ceremony late is refused without the upper committee\'s agreement, accepted with it', async () => {
      const why = await refusedStep('cellSec', ref, 'HOLD_CEREMONY', { ceremonyDate: SECOND.ceremony });
      expect(why).toContain('cấp ủy cấp trên trực tiếp đồng ý');
      // Judged by the ceremony's date against the stored due date (the override's one working day from the receipt).
      expect(why).toContain('hết ngày 11/11/2026');
      const agreement = { agreedOn: '2026-11-19', documentRef: '15-CV/TU', reason: 'Người vào Đảng đi công tác dài ngày, đề nghị tổ chức lễ muộn.' };
      // Only the standing committee records the upper committee's agreement.
      await refusedStep('cellSec', ref, 'RECORD_LATE_CEREMONY_AGREEMENT', agreement, 'ROLE_NOT_ALLOWED', 403);
      await c.send('standing', ref, 'RECORD_LATE_CEREMONY_AGREEMENT', agreement);
      await c.send('cellSec', ref, 'HOLD_CEREMONY', { ceremonyDate: SECOND.ceremony });
      expect(await view(ref)).toMatchObject({ state: 'probationary', context: { lateCeremonyAgreement: { documentRef: '15-CV/TU' } } });
      expect((await deadlines(ref)).ceremony).toEqual([expect.objectContaining({ status: 'MISSED' })]);
      expect(await person(personId)).toMatchObject({ status: 'PROBATIONARY', partyAgeFrom: SECOND.decisionDate, memberships: [expect.objectContaining({ onDate: SECOND.ceremony })] });
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  // 3. Bad input
  // -------------------------------------------------------------------------------------------------------------

  describe('3. bad input: a clear 4xx and nothing written', () => {
    let personId: string;
    let ref: CaseRef;
    const tomorrow = () => toVietnamDate(new Date(Date.now() + 2 * 86_400_000));

    beforeAll(async () => {
      personId = await newPerson('Phạm Văn Long', '1995-01-20');
      ref = await register(admission(personId, 'Phạm Văn Long', '1995-01-20', SECOND.listedOn));
    });

    it('a document whose form code the procedure does not have', async () => {
      await refusedWithNothingWritten(() => upload('cellOffice', ref, doc('9A-KNĐ', '2026-10-05')), 400, 'FORM_CODE_UNKNOWN');
      // A 1374 form code on an admission case is just as unknown.
      await refusedWithNothingWritten(() => upload('cellOffice', ref, doc('BC-01', '2026-10-05')), 400, 'FORM_CODE_UNKNOWN');
    });

    it('a birth date in the future: on the person record and on the admission case', async () => {
      const body = await refusedWithNothingWritten(
        () => t.http.post('/people').set(c.as('cellSec')).send({ fullName: 'Người Chưa Sinh', dateOfBirth: tomorrow(), orgUnitId: org.cellA.id }),
        400, 'VALIDATION_FAILED',
      );
      expect(JSON.stringify(body)).toContain('Ngày sinh không được sau ngày hôm nay.');
      const res = await refusedWithNothingWritten(
        () => t.http.post('/cases').set(c.as('cellSec')).send({ procedureId: PROCEDURE, orgUnitId: org.cellA.id, input: admission(personId, 'Phạm Văn Long', tomorrow(), '2026-10-05') }),
        400, 'VALIDATION_FAILED',
      );
      expect(JSON.stringify(res)).toContain('Ngày sinh không được sau ngày hôm nay.');
    });

    it('an admission case whose name or birth date disagrees with the person record; the same name typed otherwise is accepted', async () => {
      const res = await refusedWithNothingWritten(
        () => t.http.post('/cases').set(c.as('cellSec')).send({ procedureId: PROCEDURE, orgUnitId: org.cellA.id, input: admission(personId, 'Phạm Văn Lâm', '1995-01-21', '2026-10-05') }),
        400, 'PERSON_DETAILS_MISMATCH',
      );
      expect((res as { details: { fields: { field: string }[] } }).details.fields.map((f) => f.field)).toEqual(['fullName', 'dateOfBirth']);
      // Decomposed letters, other letter case and spacing: the same name.
      const sameName = '  PHẠM   văn long '.normalize('NFD');
      const ok = await t.http.post('/cases').set(c.as('cellSec')).send({ procedureId: PROCEDURE, orgUnitId: org.cellA.id, input: admission(personId, sameName, '1995-01-20', '2026-10-05') });
      expect(ok.status).toBe(201);
    });

    it('a vote tally larger than the cell (more ballots than voters), and negative counts', async () => {
      // Reached through the whole preparation (its deadlines are not due).
      await prepare(ref, SECOND, [], 'Phạm Văn Long');
      const vote = { meetingDate: SECOND.cellMeeting, members: roster(4, 2) };
      const more = await refusedStep('cellSec', ref, 'CELL_VOTE', { ...vote, tally: { approve: 5, reject: 0, invalid: 0, cast: 5 } });
      expect(more).toContain('Số phiếu thu vào (5) lớn hơn số đảng viên được phát phiếu (4)');
      expect(await refusedStep('cellSec', ref, 'CELL_VOTE', { ...vote, tally: { approve: -1, reject: 2, invalid: 0, cast: 1 } })).toContain('không được âm');
      // A tally that is not made of integers does not even reach the machine.
      await refusedStep('cellSec', ref, 'CELL_VOTE', { ...vote, tally: { approve: '3', reject: 0, invalid: 0, cast: 3 } }, 'VALIDATION_FAILED', 400);
      expect((await view(ref)).state).toBe('introductionsAndComments');
    });

    it('uploads are type-checked and size-limited', async () => {
      for (const bad of [
        doc('1-KNĐ', '2026-10-05', { mediaType: 'text/html', fileName: 'don.html' }),
        doc('1-KNĐ', '2026-10-05', { mediaType: 'application/x-msdownload', fileName: 'don.exe' }),
        doc('1-KNĐ', '2026-10-05', { contentBase64: 'không phải base64' }),
        doc('1-KNĐ', '2026-10-05', { fileName: '../../etc/passwd' }),
      ]) {
        await refusedWithNothingWritten(() => upload('cellOffice', ref, bad), 400, 'VALIDATION_FAILED');
      }
      // A PNG declared as a PDF: the content is checked against the declared type.
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
      await refusedWithNothingWritten(() => upload('cellOffice', ref, doc('1-KNĐ', '2026-10-05', { contentBase64: png })), 400, 'ATTACHMENT_CONTENT_MISMATCH');
      // The app's body limit (64kb in tests): a 70 KB document (≈ 94 KB as base64) is refused before parsing.
      const big = doc('1-KNĐ', '2026-10-05', { contentBase64: Buffer.alloc(70 * 1024, 0x25).toString('base64') });
      await refusedWithNothingWritten(() => upload('cellOffice', ref, big), 413, 'PAYLOAD_TOO_LARGE');
      // Just under the limit is filed.
      const fits = doc('1-KNĐ', '2026-10-05', { contentBase64: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(40 * 1024, 0x25)]).toString('base64') });
      expect((await upload('cellOffice', ref, fits)).status).toBe(201);
    });
  });
});
