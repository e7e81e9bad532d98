// Document templates as data and documents generated from them, over HTTP on a fresh install (issue 17 §1–§2): the
// defaults loaded once; a 1374 forwarding letter generated as a DOCX and a PDF, filed as drafts and chained on the
// timeline with their SHA-256; the template edited through the API changes the next letter and not the one issued; a
// broken tag refused by name with nothing stored; a ward's override for its subtree, its lapse, the date boundaries;
// and the discipline decision that waits for the signed copy of its generated draft.
import { createHash } from 'node:crypto';
import PizZip from 'pizzip';
import { addCalendarDays } from '@hoso/kernel/legal-time';
import { DefaultTemplatesLoader } from '@hoso/documents/services/default-templates.loader';
import { docxText } from '@hoso/documents/fill/docx-text';
import { caseClient, type CaseRef } from '../support/case-client';
import { refusalCheck } from '../support/refusals';
import { fileSignedCopy, SCANNED_PDF } from '../support/signed-copy';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LETTER = '1374.cong-van-chuyen';
const DECISION = 'ky-luat.quyet-dinh-ky-luat';
const TABLES = ['document_template', 'case_attachment', 'case_event', 'audit_log'];
/** Today in Vietnam (UTC+7): the date documents are dated by default. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const SUBJECT = 'Ông Lâm Quốc Việt, cán bộ địa chính phường A';

/** A binary response body as a Buffer. */
const binary = (res: import('supertest').Test): import('supertest').Test =>
  res.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/** A template's document.xml with `from` replaced by `to`: what an office does in Word. */
function edited(docx: Buffer, from: string, to: string): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('document templates and generated documents', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let refused: ReturnType<typeof refusalCheck>;
  let letterCase: CaseRef;
  let firstLetter: { attachmentId: string; sha256: string };

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    refused = refusalCheck(t.dataSource, TABLES);
  });
  afterAll(() => t?.close());

  const as = (who: keyof DemoOrg['tokens']) => c.as(who);
  const generate = (who: keyof DemoOrg['tokens'], ref: CaseRef, body: Record<string, unknown>) =>
    t.http.post(`/cases/${ref.id}/documents/generate`).set(as(who)).send(body);
  const download = async (who: keyof DemoOrg['tokens'], ref: CaseRef, attachmentId: string) =>
    (await binary(t.http.get(`/cases/${ref.id}/dossier/${attachmentId}`).set(as(who))).expect(200)).body as Buffer;
  const templateFile = async (key: string, version: number) =>
    (await binary(t.http.get(`/document-templates/${key}/versions/${version}/file`).set(as('office'))).expect(200).expect('Content-Type', DOCX)).body as Buffer;
  const upload = (who: keyof DemoOrg['tokens'], key: string, file: Buffer, fields: Record<string, string>) => {
    const req = t.http.post(`/document-templates/${key}/versions`).set(as(who));
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', file, { filename: 'mau.docx', contentType: DOCX });
  };
  const inForce = async (q: string, key: string) => {
    const res = await t.http.get(`/document-templates${q}`).set(as('office')).expect(200);
    return res.body.items.find((i: { key: string }) => i.key === key);
  };

  it('loads the defaults once: every template in force as version 1, with its fields and its basis', async () => {
    const list = await t.http.get('/document-templates').set(as('auditor')).expect(200);
    expect(list.body.items).toHaveLength(15);
    for (const item of list.body.items) {
      expect(item).toMatchObject({ version: 1, unitId: null, basis: expect.stringContaining('36-HD/VPTW'), why: expect.stringContaining('mẫu chung phiên bản 1') });
      expect(item.fields.length).toBeGreaterThan(15);
    }
    // Starting again adds nothing.
    await t.app.get(DefaultTemplatesLoader).onApplicationBootstrap();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM document_template`))[0].n).toBe(15);
    // A template row is never changed.
    await expect(t.dataSource.query(`UPDATE document_template SET title = 'x'`)).rejects.toThrow();
  });

  it('generates the forwarding letter of a 1374 case: DOCX and PDF drafts in the dossier, chained on the timeline with their SHA-256', async () => {
    letterCase = await c.create('taskForce', org.city.id, registration());
    await c.send('taskForce', letterCase, 'START_SCREENING');
    await c.send('taskForce', letterCase, 'CLASSIFY', { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: SUBJECT, isParty: true, managedBy: 'RECEIVING_COMMITTEE' } });
    const before = await c.view('taskForce', letterCase);

    const res = await generate('taskForce', letterCase, { template: LETTER, number: '15', signerName: 'Nguyễn Văn An' });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
    expect(res.body).toMatchObject({
      template: { key: LETTER, version: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      documentDate: today(),
      event: { seq: before.version + 1, type: 'DOCUMENT_GENERATED' },
      documents: [{ mediaType: DOCX, fileName: expect.stringMatching(/^Công văn chuyển .*\.docx$/) }, { mediaType: 'application/pdf' }],
    });
    letterCase.version = res.body.event.seq;
    const [docx, pdf] = res.body.documents;
    firstLetter = docx;

    // The letter holds the case's facts, the office's choices and the Party header; nothing is left to merge.
    const text = docxText(await download('taskForce', letterCase, docx.attachmentId));
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'THÀNH ỦY', 'Số 15-CV/TU', 'V/v chuyển thông tin phản ánh', SUBJECT, 'Ngày 02/11/2026, Thành ủy tiếp nhận', 'Nguyễn Văn An']) {
      expect(text).toContain(s);
    }
    expect(text).not.toMatch(/[{}]|undefined/);
    const pdfBytes = await download('taskForce', letterCase, pdf.attachmentId);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The state is unchanged; the dossier lists both as drafts of the template's version; the timeline names them.
    const after = await c.view('taskForce', letterCase);
    expect({ state: after.state, version: after.version }).toEqual({ state: before.state, version: before.version + 1 });
    const dossier = await t.http.get(`/cases/${letterCase.id}/dossier`).set(as('taskForce')).expect(200);
    expect(dossier.body.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ attachmentId: docx.attachmentId, formCode: 'PHIEU-CHUYEN', templateKey: LETTER, templateVersion: 1, signedCopyOf: null, sha256: docx.sha256 }),
      expect.objectContaining({ attachmentId: pdf.attachmentId, templateKey: LETTER, mediaType: 'application/pdf' }),
    ]));
    const timeline = await t.http.get(`/cases/${letterCase.id}/timeline`).set(as('auditor')).expect(200);
    expect(timeline.body.items.at(-1)).toMatchObject({
      type: 'DOCUMENT_GENERATED', label: 'Tạo văn bản từ mẫu', fromState: before.state, toState: before.state,
      payload: {
        template: { key: LETTER, version: 1, sha256: res.body.template.sha256 },
        documents: [{ attachmentId: docx.attachmentId, sha256: docx.sha256 }, { attachmentId: pdf.attachmentId, sha256: pdf.sha256 }],
      },
    });
    expect((await t.http.get(`/cases/${letterCase.id}/timeline/verify`).set(as('auditor')).expect(200)).body.ok).toBe(true);
  });

  it('refuses a generation it cannot make, in Vietnamese, writing nothing', async () => {
    const unknown = await refused(404, 'TEMPLATE_NOT_FOUND', () => generate('taskForce', letterCase, { template: 'khong-co.mau' }));
    expect(unknown.body.details.knownKeys).toContain(LETTER);
    const other = await refused(409, 'TEMPLATE_NOT_APPLICABLE', () => generate('taskForce', letterCase, { template: DECISION }));
    expect(other.body.message).toContain('Quy định 1374-QĐ/TU');
    // The default applies to documents dated from 03/04/2018 (Hướng dẫn 36-HD/VPTW): the day before has no template.
    const early = await refused(404, 'TEMPLATE_NOT_FOUND', () => generate('taskForce', letterCase, { template: LETTER, documentDate: '2018-04-02' }));
    expect(early.body.message).toContain('02/04/2018');
    await refused(404, 'CASE_NOT_FOUND', () => generate('wardB', letterCase, { template: LETTER }));
    await refused(400, 'VALIDATION_FAILED', () => generate('taskForce', letterCase, { template: LETTER, documentDate: '2026-02-30' }));
    await refused(400, 'VALIDATION_FAILED', () => generate('taskForce', letterCase, { template: LETTER, colour: 'đỏ' }));
  });

  it('checks an uploaded template: a broken or unknown tag is named, a file that is not a DOCX refused, nothing stored', async () => {
    const v1 = await templateFile(LETTER, 1);
    const broken = await refused(422, 'TEMPLATE_INVALID', () =>
      upload('office', LETTER, edited(v1, '{coQuanNhan}', '{coQuanNhan'), { effectiveFrom: today(), reason: 'Sửa lời văn theo góp ý của Văn phòng' }));
    expect(broken.body.message).toContain('coQuanNhan');
    // docxtemplater reads an unclosed tag up to the next text it finds: the name comes first.
    expect(broken.body.details.errors).toEqual([expect.objectContaining({ tag: expect.stringMatching(/^coQuanNhan/), message: expect.stringContaining('thiếu dấu đóng') })]);
    const typo = await refused(422, 'TEMPLATE_INVALID', () =>
      upload('office', LETTER, edited(v1, '{coQuanNhan}', '{coQuanNhann}'), { effectiveFrom: today(), reason: 'Sửa lời văn theo góp ý của Văn phòng' }));
    expect(typo.body.details.errors).toEqual([{ tag: 'coQuanNhann', message: 'trường "{coQuanNhann}" không có trong danh sách trường của mẫu này' }]);
    await refused(422, 'DOCX_INVALID', () => upload('office', LETTER, SCANNED_PDF, { effectiveFrom: today(), reason: 'Tải nhầm tệp PDF' }));
    const noReason = await refused(400, 'VALIDATION_FAILED', () => upload('office', LETTER, v1, { effectiveFrom: today() }));
    expect(noReason.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    // A new general version cannot start before the one in force.
    const backdated = await refused(400, 'VALIDATION_FAILED', () => upload('office', LETTER, v1, { effectiveFrom: '2018-04-02', reason: 'Áp dụng lùi ngày' }));
    expect(backdated.body.details.fields[0].message).toContain('03/04/2018');
    await refused(404, 'TEMPLATE_NOT_FOUND', () => upload('office', 'khong-co.mau', v1, { effectiveFrom: today(), reason: 'Mẫu không có' }));
  });

  it('lets administrators and the committee office edit: the general version at the top, a unit’s own below; nobody else', async () => {
    const v1 = await templateFile(LETTER, 1);
    const fields = { effectiveFrom: today(), reason: 'Sửa lời văn theo góp ý của Văn phòng' };
    for (const who of ['wardA', 'auditor', 'standing'] as const) await refused(403, 'FORBIDDEN', () => upload(who, LETTER, v1, fields));
    const wardOnly = await refused(403, 'FORBIDDEN', () => upload('wardA', LETTER, v1, { ...fields, unitId: org.wardA.id }));
    expect(wardOnly.body.message).toContain('Văn phòng cấp ủy');
    await refused(404, 'UNIT_NOT_FOUND', () => upload('wardA', LETTER, v1, { ...fields, unitId: org.wardB.id }));
  });

  it('an edit through the API changes the next letter and not the one issued', async () => {
    const v2 = edited(await templateFile(LETTER, 1), 'Kính gửi: ', 'Kính gửi (mẫu sửa đổi): ');
    const added = await upload('office', LETTER, v2, { effectiveFrom: today(), reason: 'Bổ sung chú thích vào dòng Kính gửi' });
    expect({ status: added.status, code: added.body.code }).toEqual({ status: 201, code: undefined });
    expect(added.body).toMatchObject({ key: LETTER, version: 2, unitId: null, reason: 'Bổ sung chú thích vào dòng Kính gửi', effectiveFrom: today(), createdBy: org.userIds.office });
    const versions = await t.http.get(`/document-templates/${LETTER}/versions`).set(as('office')).expect(200);
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const next = await generate('taskForce', letterCase, { template: LETTER });
    expect(next.status).toBe(201);
    letterCase.version = next.body.event.seq;
    expect(next.body.template).toMatchObject({ version: 2, sha256: added.body.sha256 });
    expect(docxText(await download('taskForce', letterCase, next.body.documents[0].attachmentId))).toContain('Kính gửi (mẫu sửa đổi): ');

    // The letter issued before is the same file, word for word.
    const issued = await download('taskForce', letterCase, firstLetter.attachmentId);
    expect(docxText(issued)).not.toContain('mẫu sửa đổi');
    expect(createHash('sha256').update(issued).digest('hex')).toBe(firstLetter.sha256);
  });

  it('a ward’s own template serves its subtree; its date and a newer general version decide when it applies', async () => {
    const own = edited(await templateFile(LETTER, 2), 'Kính gửi (mẫu sửa đổi): ', 'Kính gửi (mẫu của phường A): ');
    const reason = 'Phường A gửi kèm danh mục tài liệu theo yêu cầu của Ủy ban nhân dân phường';
    const added = await upload('office', LETTER, own, { effectiveFrom: today(), reason, unitId: org.wardA.id });
    expect(added.body).toMatchObject({ version: 3, unitId: org.wardA.id, unitName: 'Đảng ủy phường A' });

    // The ward and the cell under it take the ward's own; the city and the other ward the general one.
    expect(await inForce(`?unitId=${org.wardA.id}`, LETTER)).toMatchObject({ version: 3, why: expect.stringContaining(`lý do: ${reason}`) });
    expect(await inForce(`?unitId=${org.cellA.id}`, LETTER)).toMatchObject({ version: 3, unitId: org.wardA.id });
    expect(await inForce(`?unitId=${org.wardB.id}`, LETTER)).toMatchObject({ version: 2, unitId: null });
    expect(await inForce(`?unitId=${org.city.id}`, LETTER)).toMatchObject({ version: 2 });
    // The day before it starts, the ward's documents take the general version then in force.
    const yesterday = addCalendarDays(today(), -1);
    expect(await inForce(`?unitId=${org.wardA.id}&date=${yesterday}`, LETTER)).toMatchObject({ version: 1, unitId: null });
    // Ward B's people do not see ward A's version.
    const seen = await t.http.get(`/document-templates/${LETTER}/versions`).set(as('wardB')).expect(200);
    expect(seen.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    await refused(404, 'TEMPLATE_NOT_FOUND', () => t.http.get(`/document-templates/${LETTER}/versions/3/file`).set(as('wardB')));

    // A newer general version from tomorrow: the ward's, made for the one before, lapses from then and says so.
    const tomorrow = addCalendarDays(today(), 1);
    const general = edited(await templateFile(LETTER, 2), 'Kính gửi (mẫu sửa đổi): ', 'Kính gửi (mẫu năm mới): ');
    expect((await upload('office', LETTER, general, { effectiveFrom: tomorrow, reason: 'Mẫu chung mới theo hướng dẫn mới' })).status).toBe(201);
    expect(await inForce(`?unitId=${org.wardA.id}`, LETTER)).toMatchObject({ version: 3 });
    expect(await inForce(`?unitId=${org.wardA.id}&date=${tomorrow}`, LETTER)).toMatchObject({
      version: 4, unitId: null, why: expect.stringContaining('không còn áp dụng vì mẫu chung đã có phiên bản mới'),
    });
  });

  it('the date boundaries of a default: the discipline decision applies to documents dated from 30/05/2025', async () => {
    expect(await inForce('?date=2025-05-29', DECISION)).toMatchObject({ version: null, why: expect.stringContaining('29/05/2025') });
    expect(await inForce('?date=2025-05-30', DECISION)).toMatchObject({ version: 1, effectiveFrom: '2025-05-30' });
  });

  describe('the discipline decision waits for the signed copy of its generated draft', () => {
    let ref: CaseRef;
    // The city's standing committee votes cảnh cáo (5 of 7, more than half) and decides it within its authority.
    const STANDING = { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' };
    const vote = {
      decidingBody: STANDING, subjectKind: 'FULL_MEMBER', minutesRef: '05-BB/TU', meetingDate: today(),
      tally: { forms: ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH'], votes: { KHAI_TRU: 0, CANH_CAO: 5, KHIEN_TRACH: 0 }, noDiscipline: 2, invalid: 0, cast: 7 },
      roster: { members: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, status: 'FULL' })), conflicted: [] },
    };
    const decide = { decidingBody: STANDING, subjectKind: 'FULL_MEMBER', form: 'CANH_CAO', decisionRef: '120-QĐ/TU', decisionDate: today() };

    beforeAll(async () => {
      ref = await c.create('office', org.city.id, {
        subject: { kind: 'FULL_MEMBER', name: 'Đỗ Thành Nhân' },
        violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: addCalendarDays(today(), -200), continuing: false },
        evidenceRefs: ['20-KL/UBKT'], source: { procedureId: 'DIRECT' }, concludedAt: addCalendarDays(today(), -10),
      }, { procedureId: 'ky-luat' });
      await c.send('inspection', ref, 'CHECK_LIMITATION', {});
      await c.send('office', ref, 'SUBMIT_SELF_CRITICISM', { documentRef: 'BKĐ-01', submittedAt: new Date(Date.now() - 5 * 86_400_000).toISOString() });
      await c.send('inspection', ref, 'RECORD_HEARING', { heldAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), representative: 'Đồng chí Phó Bí thư', minutesRef: '07-BB/TU' });
      await c.send('office', ref, 'RECORD_VOTE', vote);
    });

    it('refuses the decision before a signed copy is filed (and on a dry run), naming the document', async () => {
      const res = await refused(409, 'SIGNED_COPY_REQUIRED', () => c.attempt('standing', ref, 'DECIDE', decide));
      expect(res.body.message).toContain('Quyết định kỷ luật');
      expect(res.body.details).toMatchObject({ event: 'DECIDE', templates: [DECISION] });
      await refused(409, 'SIGNED_COPY_REQUIRED', () => t.http.post(`/cases/${ref.id}/events?dryRun=true`).set(as('standing')).send({ type: 'DECIDE', expectedVersion: ref.version, payload: decide }));
    });

    it('a draft alone, or a scan that does not name its draft, is not a signed copy; a wrong copy is refused', async () => {
      const gen = await generate('standing', ref, { template: DECISION });
      expect(gen.status).toBe(201);
      ref.version = gen.body.event.seq;
      const draft = gen.body.documents[0].attachmentId;
      const text = docxText(await download('standing', ref, draft));
      for (const s of ['THÀNH ỦY', '-QĐ/TU', 'Ban Thường vụ cấp ủy tại hội nghị ngày', 'bằng hình thức Cảnh cáo đối với đảng viên chính thức Đỗ Thành Nhân', 'T/M BAN THƯỜNG VỤ']) expect(text).toContain(s);
      await refused(409, 'SIGNED_COPY_REQUIRED', () => c.attempt('standing', ref, 'DECIDE', decide));

      const scan = { formCode: 'QD-KY-LUAT', documentDate: today(), author: 'Văn phòng Thành ủy', fileName: 'quyet-dinh-da-ky.pdf', mediaType: 'application/pdf', contentBase64: SCANNED_PDF.toString('base64') };
      await t.http.post(`/cases/${ref.id}/dossier`).set(as('office')).send(scan).expect(201);
      await refused(409, 'SIGNED_COPY_REQUIRED', () => c.attempt('standing', ref, 'DECIDE', decide));
      const post = (body: Record<string, unknown>) => t.http.post(`/cases/${ref.id}/dossier`).set(as('office')).send({ ...scan, ...body });
      const wrongForm = await refused(400, 'VALIDATION_FAILED', () => post({ formCode: 'BB-KIEM-PHIEU', signedCopyOf: draft }));
      expect(wrongForm.body.details.fields[0]).toMatchObject({ field: 'signedCopyOf', message: expect.stringContaining('QD-KY-LUAT') });
      const notADraft = (await t.http.get(`/cases/${ref.id}/dossier`).set(as('office'))).body.items.find((i: { templateKey: string | null }) => !i.templateKey).attachmentId;
      await refused(400, 'VALIDATION_FAILED', () => post({ signedCopyOf: notADraft }));
      await refused(400, 'VALIDATION_FAILED', () => post({ signedCopyOf: letterCase.id }));
      await refused(400, 'VALIDATION_FAILED', () => post({ signedCopyOf: firstLetter.attachmentId }));
    });

    it('takes the decision once the signed copy of the generated draft is filed', async () => {
      const { draftId, pdfDraftId, copyId } = await fileSignedCopy(t, as('office'), ref, DECISION, 'QD-KY-LUAT');
      // A scan sent as multipart names its draft the same way.
      const multipart = await t.http.post(`/cases/${ref.id}/dossier`).set(as('office'))
        .field('formCode', 'QD-KY-LUAT').field('documentDate', today()).field('author', 'Văn phòng Thành ủy').field('signedCopyOf', pdfDraftId)
        .attach('file', SCANNED_PDF, { filename: 'quyet-dinh-da-ky.pdf', contentType: 'application/pdf' });
      expect({ status: multipart.status, code: multipart.body.code }).toEqual({ status: 201, code: undefined });
      const items = (await t.http.get(`/cases/${ref.id}/dossier`).set(as('office'))).body.items;
      expect(items.find((i: { attachmentId: string }) => i.attachmentId === copyId)).toMatchObject({ signedCopyOf: draftId, templateKey: null });
      expect(items.find((i: { attachmentId: string }) => i.attachmentId === multipart.body.attachmentId)).toMatchObject({ signedCopyOf: pdfDraftId });
      const decided = await c.send('standing', ref, 'DECIDE', decide);
      expect(decided.body.case).toMatchObject({ tags: { form: 'CANH_CAO', outcome: 'DECIDED' } });
    });
  });
});
