// Documents on every case: a procedure declares its kinds of document; files are streamed as multipart/form-data into
// the document storage (a directory), checked by their bytes, hashed, audited, and downloaded under their Vietnamese
// names. A refused upload leaves nothing behind: no file, no row, no audit row.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseClient, type CaseRef } from '../support/case-client';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';
import { DOCX_ENTRIES, zipOf } from '../support/zip';

const MB = 1024 * 1024;
const LIMIT = 20 * MB;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A PDF of `size` bytes: the header, then random bytes (so a byte lost or moved changes the hash). */
const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

interface Part {
  fields?: Record<string, string>;
  file?: { name: string; type: string; content: Buffer };
}
/** A multipart/form-data body as a browser sends it (field values and the file name in UTF-8). */
function multipart({ fields = {}, file }: Part): { body: Buffer; type: string } {
  const boundary = `----hoso${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    chunks.push(file.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}
const meta = (formCode: string) => ({ formCode, documentDate: '2026-11-20', author: 'Văn phòng Thành ủy', stampedAcrossPages: 'true' });

describe('documents on every case', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let dir: string;
  const refs: Record<'report1374' | 'discipline' | 'complaint', CaseRef> = {} as never;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoso-documents-'));
    t = await createTestApp({ config: { DOCUMENT_DIR: dir, UPLOAD_MAX_BYTES: LIMIT } });
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    refs.report1374 = await c.create('taskForce', org.city.id, registration());
    const discipline = await t.http.post('/cases').set(c.as('office')).send({
      procedureId: 'ky-luat', orgUnitId: org.city.id,
      input: {
        subject: { kind: 'FULL_MEMBER', name: 'Nguyễn Văn A', userId: org.userIds.wardA },
        violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: '2023-05-10', continuing: false },
        evidenceRefs: ['05-KL/UBKT'], source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' }, concludedAt: '2026-02-20',
      },
    });
    expect({ status: discipline.status, body: discipline.body }).toMatchObject({ status: 201 });
    refs.discipline = { id: discipline.body.case.id, version: discipline.body.case.version };
    const complaint = await t.http.post('/cases').set(c.as('office')).send({
      procedureId: 'khieu-nai-ky-luat', orgUnitId: org.city.id,
      input: {
        complainant: { kind: 'MEMBER', name: 'Nguyễn Văn A' },
        decision: { form: 'CANH_CAO', decidedBy: { kind: 'CELL', level: 'CELL' }, decidedAt: '2026-01-05', receivedAt: '2026-01-10' },
        lodgedAt: '2026-02-01', lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' }, onBehalfOfAnother: false,
        summary: 'Đề nghị xem xét lại hình thức kỷ luật cảnh cáo', source: { procedureId: 'ky-luat' },
      },
    });
    expect({ status: complaint.status, body: complaint.body }).toMatchObject({ status: 201 });
    refs.complaint = { id: complaint.body.case.id, version: complaint.body.case.version };
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const send = (who: string, caseId: string, { body, type }: { body: Buffer; type: string }) =>
    t.http.post(`/cases/${caseId}/dossier`).set(c.as(who)).set('Content-Type', type).send(body);
  const post = (who: string, caseId: string, part: Part) => send(who, caseId, multipart(part));
  const download = (who: string, caseId: string, attachmentId: string) =>
    t.http.get(`/cases/${caseId}/dossier/${attachmentId}`).set(c.as(who)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (d: Buffer) => chunks.push(d));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  /** Files in the storage directory (temporary ones included), document rows and audit rows: what an upload leaves. */
  async function leftovers() {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
    const [{ rows }] = await t.dataSource.query(`SELECT count(*)::int AS rows FROM case_attachment`);
    const [{ audits }] = await t.dataSource.query(`SELECT count(*)::int AS audits FROM audit_log WHERE action = 'DOSSIER_DOCUMENT_ADDED'`);
    return { files, rows, audits };
  }

  it('takes a 20 MB PDF (the limit exactly) on a 1374, a discipline and a complaint case, streamed, and gives it back byte for byte', async () => {
    const pdf = pdfOf(LIMIT);
    const cases: [CaseRef, string, string][] = [[refs.report1374, 'KET-LUAN', 'taskForce'], [refs.discipline, 'QD-KY-LUAT', 'office'], [refs.complaint, 'DON-KHIEU-NAI', 'office']];
    for (const [i, [ref, formCode, who]] of cases.entries()) {
      const form = multipart({ fields: meta(formCode), file: { name: `tai-lieu-${i}.pdf`, type: 'application/pdf', content: pdf } });
      // The process's memory while the file streams through the API (the request body is already built): sampled
      // every 10 ms. Were the file buffered on the way (as base64 JSON or multer's memory storage are), it would grow
      // by at least the file's size.
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const res = await send(who, ref.id, form);
      clearInterval(sampler);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201, body: { formCode, mediaType: 'application/pdf', sizeBytes: LIMIT, sha256: sha256(pdf) } });
      console.log(`[case-documents] ${formCode}: rss ${(before / MB).toFixed(1)} MB before, peak +${((peak - before) / MB).toFixed(1)} MB during a ${LIMIT / MB} MB upload`);

      const file = await download(who, ref.id, res.body.attachmentId);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['x-content-sha256']).toBe(sha256(pdf));
      expect(sha256(file.body as Buffer)).toBe(sha256(pdf));
      const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE action = 'DOSSIER_DOCUMENT_ADDED' AND details->>'attachmentId' = $1`, [res.body.attachmentId]);
      expect(audit.details).toMatchObject({ caseId: ref.id, formCode, sizeBytes: LIMIT, sha256: sha256(pdf) });
    }
    // The content is in the storage, not in the rows; no temporary file is left.
    expect(await leftovers()).toEqual({ files: 3, rows: 3, audits: 3 });
    const [{ inRows }] = await t.dataSource.query(`SELECT count(*)::int AS "inRows" FROM case_attachment WHERE content IS NOT NULL`);
    expect(inRows).toBe(0);
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  it('refuses a file one byte over the limit with 413, leaving nothing behind', async () => {
    const before = await leftovers();
    const res = await post('taskForce', refs.report1374.id, { fields: meta('KET-LUAN'), file: { name: 'qua-lon.pdf', type: 'application/pdf', content: pdfOf(LIMIT + 1) } });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 413, code: 'ATTACHMENT_TOO_LARGE' });
    expect(res.body.message).toMatch(/dung lượng/);
    expect(await leftovers()).toEqual(before);
  });

  it('takes the type from the bytes: refuses a page posing as a PDF (415) and a PNG declared as a PDF (400); takes a DOCX', async () => {
    const before = await leftovers();
    const html = await post('taskForce', refs.report1374.id, { fields: meta('KET-LUAN'), file: { name: 'ket-luan.pdf', type: 'application/pdf', content: Buffer.from('<html><script>alert(1)</script></html>') } });
    expect({ status: html.status, code: html.body.code }).toEqual({ status: 415, code: 'ATTACHMENT_TYPE_NOT_ACCEPTED' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const mismatch = await post('taskForce', refs.report1374.id, { fields: meta('KET-LUAN'), file: { name: 'anh.pdf', type: 'application/pdf', content: png } });
    expect({ status: mismatch.status, code: mismatch.body.code }).toEqual({ status: 400, code: 'ATTACHMENT_CONTENT_MISMATCH' });
    const notDocx = await post('office', refs.discipline.id, { fields: meta('BAN-TU-KIEM'), file: { name: 'a.docx', type: 'application/octet-stream', content: zipOf([['a.txt', 'không phải văn bản']]) } });
    expect({ status: notDocx.status, code: notDocx.body.code }).toEqual({ status: 415, code: 'ATTACHMENT_TYPE_NOT_ACCEPTED' });
    expect(await leftovers()).toEqual(before);
    const docx = await post('office', refs.discipline.id, { fields: meta('BAN-TU-KIEM'), file: { name: 'ban-tu-kiem-diem.docx', type: 'application/octet-stream', content: zipOf(DOCX_ENTRIES) } });
    expect({ status: docx.status, type: docx.body.mediaType }).toEqual({ status: 201, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('refuses a truncated form (400), a case outside the caller\'s scope (404) and a kind the procedure lacks, leaving nothing behind', async () => {
    const before = await leftovers();
    const { body, type } = multipart({ fields: meta('KET-LUAN'), file: { name: 'cut.pdf', type: 'application/pdf', content: pdfOf(2 * MB) } });
    const cut = await t.http.post(`/cases/${refs.report1374.id}/dossier`).set(c.as('taskForce')).set('Content-Type', type).send(body.subarray(0, MB));
    expect({ status: cut.status, code: cut.body.code }).toEqual({ status: 400, code: 'MULTIPART_INVALID' });
    const noFile = await post('taskForce', refs.report1374.id, { fields: meta('KET-LUAN') });
    expect({ status: noFile.status, code: noFile.body.code }).toEqual({ status: 400, code: 'MULTIPART_INVALID' });
    const outside = await post('wardB', refs.report1374.id, { fields: meta('KET-LUAN'), file: { name: 'x.pdf', type: 'application/pdf', content: pdfOf(64 * 1024) } });
    expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
    const auditor = await post('auditor', refs.report1374.id, { fields: meta('KET-LUAN'), file: { name: 'x.pdf', type: 'application/pdf', content: pdfOf(1024) } });
    expect(auditor.body.code).toBe('ROLE_NOT_ALLOWED');
    // An admission form on a 1374 case, and a discipline kind on a complaint: not theirs.
    for (const [ref, code] of [[refs.report1374, '9-KNĐ'], [refs.complaint, 'QD-KY-LUAT']] as const) {
      const res = await post('office', ref.id, { fields: meta(code), file: { name: 'x.pdf', type: 'application/pdf', content: pdfOf(1024) } });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'FORM_CODE_UNKNOWN' });
    }
    const badDate = await post('office', refs.complaint.id, { fields: { ...meta('DON-KHIEU-NAI'), documentDate: '2026-02-30' }, file: { name: 'x.pdf', type: 'application/pdf', content: pdfOf(1024) } });
    expect(badDate.body.code).toBe('VALIDATION_FAILED');
    expect(await leftovers()).toEqual(before);
  });

  it('keeps a Vietnamese file name and serves it back in Content-Disposition (UTF-8 with an ASCII fallback)', async () => {
    const name = 'Biên bản họp – Đảng ủy phường (lần 2).pdf';
    const pdf = pdfOf(4096);
    const res = await post('office', refs.complaint.id, { fields: meta('TB-GQKN'), file: { name, type: 'application/pdf', content: pdf } });
    expect({ status: res.status, fileName: res.body.fileName }).toEqual({ status: 201, fileName: name });
    const list = (await t.http.get(`/cases/${refs.complaint.id}/dossier`).set(c.as('auditor')).expect(200)).body;
    expect(list.items.find((i: { attachmentId: string }) => i.attachmentId === res.body.attachmentId)).toMatchObject({ fileName: name, formName: 'Thông báo quyết định giải quyết khiếu nại cho người khiếu nại', sizeBytes: 4096 });
    const file = await download('auditor', refs.complaint.id, res.body.attachmentId);
    const disposition = file.headers['content-disposition'] as string;
    expect(disposition).toContain('filename="Bien ban hop _ Dang uy phuong (lan 2).pdf"');
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1])).toBe(name);
    expect(sha256(file.body as Buffer)).toBe(sha256(pdf));
  });

  it('lists each procedure\'s document kinds with the steps that need them, and still takes base64 in JSON', async () => {
    const list = (await t.http.get(`/cases/${refs.discipline.id}/dossier`).set(c.as('office')).expect(200)).body;
    expect(list.kinds).toContainEqual({ code: 'QD-KY-LUAT', label: 'Quyết định kỷ luật', steps: expect.arrayContaining([{ event: 'DECIDE', eventLabel: 'Quyết định kỷ luật (trong thẩm quyền)', level: 'REQUIRED' }]) });
    const pdf = Buffer.from('%PDF-1.4\n% Biên bản\n%%EOF');
    const json = await t.http.post(`/cases/${refs.discipline.id}/dossier`).set(c.as('office')).send({
      formCode: 'BIEN-BAN-HOP', documentDate: '2026-11-20', author: 'Chi bộ', fileName: 'Biên bản.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64'),
    });
    expect({ status: json.status, sha: json.body.sha256 }).toEqual({ status: 201, sha: sha256(pdf) });
    expect(sha256((await download('office', refs.discipline.id, json.body.attachmentId)).body as Buffer)).toBe(sha256(pdf));
  });
});
