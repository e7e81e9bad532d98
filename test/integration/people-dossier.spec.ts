// People and dossiers, on a small test procedure: a case about a person links to the person's record (checked in
// scope), its documents are filed with form codes and SHA-256, a step gets the dossier and the person's history as
// facts, and a declared membership change lands in the person's history.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { IsUUID } from 'class-validator';
import { assign, setup } from 'xstate';
import { IdentityRetentionService } from '@hoso/cases/services/identity-retention.service';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { addMonths, toVietnamDate } from '@hoso/kernel/legal-time';
import { Role, type EventFacts, type MachineEvent, type ProcedureDefinition, type RecordMembershipParams } from '@hoso/workflows';
import { caseClient, type CaseRef } from '../support/case-client';
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

class ApplicantInput {
  @IsUUID() personId!: string;
}
class Empty {}

const machine = setup({
  types: {} as { context: { personId: string; facts?: EventFacts }; events: MachineEvent & { payload: Record<string, unknown> }; input: ApplicantInput },
  actions: { recordMembership: (_, _p: RecordMembershipParams) => undefined },
}).createMachine({
  id: 'test-admission',
  initial: 'open',
  context: ({ input }) => ({ personId: input.personId }),
  states: {
    open: {
      on: {
        LOOK: { actions: assign({ facts: ({ event }) => event.facts }) },
        ADMIT: {
          target: 'admitted',
          actions: { type: 'recordMembership', params: { status: 'PROBATIONARY', on: '2026-11-20', partyAgeFrom: '2026-11-02', note: 'Kết nạp' } },
        },
      },
    },
    admitted: { on: { RECOGNISE: { target: 'full', actions: { type: 'recordMembership', params: { status: 'FULL', on: '2027-11-20' } } } } },
    full: { type: 'final' },
  },
});

const officers = [Role.TASK_FORCE_OFFICER, Role.SECRETARY];
const procedure: ProcedureDefinition = {
  id: 'test-admission', version: 1, title: 'Thử nghiệm kết nạp', legalBasis: 'Thử nghiệm', machine, input: ApplicantInput,
  createRoles: officers,
  events: {
    LOOK: { label: 'Xem hồ sơ', roles: officers, payload: Empty, facts: [{ fact: 'dossier' }, { fact: 'personHistory' }] },
    ADMIT: { label: 'Kết nạp', roles: officers, payload: Empty },
    RECOGNISE: { label: 'Công nhận chính thức', roles: officers, payload: Empty },
  },
  stateLabels: {}, guardMessages: {},
  project: (state) => ({ reportCategory: state.toUpperCase(), tags: {}, title: 'Hồ sơ kết nạp thử nghiệm', receivedAt: '2026-11-02T02:00:00.000Z' }),
  personOf: (input) => (input as ApplicantInput).personId,
  dossierForms: { '1-KNĐ': 'Đơn xin vào Đảng', '2-KNĐ': 'Lý lịch người xin vào Đảng' },
};

describe('people and dossiers', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let personId: string;
  let ref: CaseRef;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    t.app.get(ProcedureRegistryService).register(procedure);
    const person = await t.http.post('/people').set(c.as('wardA')).send({ fullName: 'Trần Văn Kết', dateOfBirth: '2000-05-31', orgUnitId: org.wardA.id });
    expect(person.status).toBe(201);
    personId = person.body.id;
  });
  afterAll(() => t.close());

  const create = (who: string, pid: string) =>
    t.http.post('/cases').set(c.as(who)).send({ procedureId: 'test-admission', orgUnitId: who === 'wardB' ? org.wardB.id : org.wardA.id, input: { personId: pid } });
  const upload = (who: string, caseRef: CaseRef, body: Record<string, unknown>) => t.http.post(`/cases/${caseRef.id}/dossier`).set(c.as(who)).send(body);
  /** A (minimal) PDF whose only content is the text, as a comment. */
  const pdf = (text: string) => `%PDF-1.4\n% ${text}\n%%EOF`;
  const doc = (formCode: string, text: string) => ({
    formCode, documentDate: '2026-10-01', author: 'Trần Văn Kết', stampedAcrossPages: formCode === '2-KNĐ', fileName: `${formCode}.pdf`,
    mediaType: 'application/pdf', contentBase64: Buffer.from(pdf(text)).toString('base64'),
  });

  it('keeps a person record in its unit\'s scope: found by the ward and the city above, not by a sibling ward', async () => {
    expect((await t.http.get(`/people/${personId}`).set(c.as('secretary'))).status).toBe(200);
    expect((await t.http.get(`/people/${personId}`).set(c.as('wardB'))).body.code).toBe('PERSON_NOT_FOUND');
    const found = (await t.http.get('/people?q=kết').set(c.as('wardA')).expect(200)).body;
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([personId]);
    expect((await t.http.get('/people?q=kết').set(c.as('wardB')).expect(200)).body.total).toBe(0);
    const bad = await t.http.post('/people').set(c.as('wardA')).send({ fullName: 'X', dateOfBirth: '2000-02-30', orgUnitId: org.wardA.id });
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('links a case to its person, refusing a person outside the creator\'s scope and writing nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case"`))[0].n;
    const outside = await create('wardB', personId);
    expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 404, code: 'PERSON_NOT_FOUND' });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM "case"`))[0].n).toBe(before);
    const res = await create('wardA', personId);
    expect(res.status).toBe(201);
    ref = { id: res.body.case.id, version: 1 };
    expect((await t.http.get(`/people/${personId}`).set(c.as('wardA'))).body.cases).toEqual([expect.objectContaining({ id: ref.id, procedureId: 'test-admission' })]);
  });

  it('files documents with their form code and checksum, refusing codes the procedure does not have', async () => {
    const ok = await upload('wardA', ref, doc('1-KNĐ', 'Đơn xin vào Đảng của Trần Văn Kết'));
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ formCode: '1-KNĐ', formName: 'Đơn xin vào Đảng', sha256: createHash('sha256').update(pdf('Đơn xin vào Đảng của Trần Văn Kết')).digest('hex') });
    await upload('wardA', ref, doc('2-KNĐ', 'Lý lịch')).expect(201);
    const unknown = await upload('wardA', ref, doc('9-KNĐ', 'Quyết định'));
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 400, code: 'FORM_CODE_UNKNOWN' });
    for (const bad of [{ ...doc('1-KNĐ', 'x'), contentBase64: 'không phải base64' }, { ...doc('1-KNĐ', 'x'), mediaType: 'text/html' }, { ...doc('1-KNĐ', 'x'), fileName: '../../etc/passwd' }]) {
      expect((await upload('wardA', ref, bad)).body.code).toBe('VALIDATION_FAILED');
    }
    // Declared as a PDF, but a web page: refused, with the reason in Vietnamese.
    const disguised = await upload('wardA', ref, { ...doc('1-KNĐ', 'x'), contentBase64: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') });
    expect({ status: disguised.status, code: disguised.body.code }).toEqual({ status: 400, code: 'ATTACHMENT_CONTENT_MISMATCH' });
    expect(disguised.body.message).toMatch(/định dạng/);
    expect((await upload('auditor', ref, doc('1-KNĐ', 'x'))).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await upload('wardB', ref, doc('1-KNĐ', 'x'))).body.code).toBe('CASE_NOT_FOUND');
    const list = (await t.http.get(`/cases/${ref.id}/dossier`).set(c.as('secretary')).expect(200)).body;
    expect(list.items.map((i: { formCode: string }) => i.formCode)).toEqual(['1-KNĐ', '2-KNĐ']);
    const file = await t.http.get(`/cases/${ref.id}/dossier/${list.items[0].attachmentId}`).set(c.as('secretary')).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (d: Buffer) => chunks.push(d));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect((file.body as Buffer).toString()).toBe(pdf('Đơn xin vào Đảng của Trần Văn Kết'));
    expect(file.headers['x-content-sha256']).toBe(list.items[0].sha256);
  });

  it('hands a step the dossier and the person\'s history, and records membership changes in the person\'s history', async () => {
    await c.send('wardA', ref, 'LOOK', {});
    const facts = (await c.view('wardA', ref)).context.facts as EventFacts;
    expect(facts.dossier?.items.map((i) => [i.formCode, i.stampedAcrossPages])).toEqual([['1-KNĐ', false], ['2-KNĐ', true]]);
    expect(facts.personHistory).toEqual({ personId, status: 'NON_MEMBER', memberships: [], admissionCases: [] });

    await c.send('wardA', ref, 'ADMIT', {});
    await c.send('wardA', ref, 'RECOGNISE', {});
    const person = (await t.http.get(`/people/${personId}`).set(c.as('wardA')).expect(200)).body;
    expect(person).toMatchObject({ status: 'FULL', partyAgeFrom: '2026-11-02' });
    expect(person.memberships).toEqual([
      expect.objectContaining({ status: 'PROBATIONARY', onDate: '2026-11-20', partyAgeFrom: '2026-11-02', caseId: ref.id }),
      expect.objectContaining({ status: 'FULL', onDate: '2027-11-20', caseId: ref.id }),
    ]);
    // A second case about the same person sees the first one and the membership in its facts.
    const second = await create('wardA', personId);
    const ref2 = { id: second.body.case.id, version: 1 };
    await c.send('wardA', ref2, 'LOOK', {});
    const history = ((await c.view('wardA', ref2)).context.facts as EventFacts).personHistory;
    expect(history).toMatchObject({
      status: 'FULL',
      memberships: [{ admittedOn: '2026-11-20', recognisedOn: '2027-11-20' }],
      admissionCases: [expect.objectContaining({ caseId: ref.id, state: 'full' })],
    });
    await expect(t.dataSource.query(`UPDATE person_membership SET status = 'EXPELLED'`)).rejects.toThrow(/append-only/);
  });

  it('purges the documents\' content when the dossier retention ends, keeping their metadata and checksum', async () => {
    // The case was closed by RECOGNISE above. The committee keeps dossiers 6 months after closing (a setting).
    const [row] = await t.dataSource.query(`SELECT updated_at, status FROM "case" WHERE id = $1`, [ref.id]);
    expect(row.status).toBe('CLOSED');
    const closedOn = toVietnamDate(new Date(row.updated_at));
    await t.dataSource.query(
      `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                               effective_from, legal_basis, source_ref, confidence, description)
       VALUES (gen_random_uuid(), 'DOSSIER_RETENTION.TEST_ADMISSION', 6, 'MONTHS', 'NEXT_DAY', 'Kết thúc vụ việc', NULL, 0, '2017-12-01',
               'Thử nghiệm', 'SETTING', 'NOT_FOUND', 'Thử nghiệm: giữ nội dung tài liệu 6 tháng')`,
    );
    const sweep = (now: Date) => t.app.get(IdentityRetentionService).sweep(now);
    const end = new Date(`${addMonths(closedOn, 6)}T00:00:00+07:00`); // the first day after the 6 months, in Vietnam
    const before = (await t.http.get(`/cases/${ref.id}/dossier`).set(c.as('secretary')).expect(200)).body.items;

    expect(await sweep(new Date(end.getTime() - 1))).toMatchObject({ attachmentsPurged: 0 });
    await t.http.get(`/cases/${ref.id}/dossier/${before[0].attachmentId}`).set(c.as('secretary')).expect(200);

    // The stored files go with the purge, not only the rows' content.
    const keys: { storage_key: string }[] = await t.dataSource.query(`SELECT storage_key FROM case_attachment WHERE case_id = $1 AND storage_key IS NOT NULL`, [ref.id]);
    const dir = t.app.get<EnvDto>(APP_CONFIG).DOCUMENT_DIR;
    expect(keys.length).toBe(2);
    expect(keys.every((k) => existsSync(join(dir, k.storage_key)))).toBe(true);

    expect(await sweep(end)).toMatchObject({ attachmentsPurged: 2, purged: 0 });
    expect(keys.some((k) => existsSync(join(dir, k.storage_key)))).toBe(false);
    const after = (await t.http.get(`/cases/${ref.id}/dossier`).set(c.as('secretary')).expect(200)).body.items;
    expect(after.map((i: { sha256: string; formCode: string }) => [i.formCode, i.sha256])).toEqual(before.map((i: { sha256: string; formCode: string }) => [i.formCode, i.sha256]));
    expect(after.every((i: { purgedAt: string | null }) => i.purgedAt !== null)).toBe(true);
    const gone = await t.http.get(`/cases/${ref.id}/dossier/${before[0].attachmentId}`).set(c.as('secretary'));
    expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 410, code: 'ATTACHMENT_PURGED' });
    expect(gone.body.message).toMatch(/thời hạn lưu giữ/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM case_attachment WHERE case_id = $1 AND content IS NOT NULL`, [ref.id]);
    expect(n).toBe(0);
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'DOSSIER_CONTENT_PURGED'`);
    expect(audit.details).toMatchObject({ caseId: ref.id, closedOn, attachmentIds: expect.arrayContaining(before.map((i: { attachmentId: string }) => i.attachmentId)) });
    // The open second case's documents (none) and a second sweep: nothing more to do.
    expect(await sweep(new Date(end.getTime() + 86_400_000))).toMatchObject({ attachmentsPurged: 0 });
  });
});
