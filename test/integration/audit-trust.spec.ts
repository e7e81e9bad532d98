// Trust, part 5: an attacker with database access rewrites the timeline (triggers disabled) and the verifier, the
// CLI and the signed checkpoints catch it; auditors read the result, the access log and a Vietnamese export.
import { execFile } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { ChainVerifierService } from '@hoso/timeline/chain/chain-verifier.service';
import { CheckpointService, type HeadProblem } from '@hoso/timeline/checkpoints/checkpoint.service';
import { runAuditVerify } from '@hoso/audit/verify/audit-verify';
import { extractPdfText } from '@hoso/documents/render/pdf-text';
import { CheckpointJob } from '@hoso/timeline/jobs/checkpoint.job';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

type Who = keyof DemoOrg['tokens'];

const CLASSIFY = {
  infoType: 'PHAN_ANH',
  subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
};

describe('audit: tampering, checkpoints, auditor views and exports', () => {
  let t: TestApp;
  let org: DemoOrg;
  let checkpoints: CheckpointService;
  let verifier: ChainVerifierService;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    checkpoints = t.app.get(CheckpointService);
    verifier = t.app.get(ChainVerifierService);
  });
  afterAll(async () => {
    await t?.close();
  });

  const auth = (who: Who) => ({ Authorization: `Bearer ${org.tokens[who]}` });

  /** A case on ward A, moved to screening.classified: three chained events. */
  async function classifiedCase(input: Record<string, unknown> = {}): Promise<string> {
    const created = await t.http
      .post('/cases')
      .set(auth('taskForce'))
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.wardA.id, input: registration(input) });
    expect(created.status).toBe(201);
    const id = created.body.case.id as string;
    for (const [type, v, payload] of [['START_SCREENING', 1, undefined], ['CLASSIFY', 2, CLASSIFY]] as const) {
      const res = await t.http.post(`/cases/${id}/events`).set(auth('taskForce')).send({ type, expectedVersion: v, payload });
      expect(res.status).toBe(200);
    }
    return id;
  }

  /** What an attacker with database access does: switch the append-only triggers off around a rewrite. */
  async function asAttacker(table: string, sql: string, params: unknown[] = []): Promise<void> {
    const qr = t.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await qr.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
      await qr.query(sql, params);
      await qr.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
      await qr.commitTransaction();
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await qr.release();
    }
  }

  async function verifyAllBroken(): Promise<Map<string, { seq: number; reason: string }>> {
    const report = await runAuditVerify({ verifier, checkpoints });
    return new Map(report.broken.map((b) => [b.caseId, { seq: b.seq, reason: b.reason }]));
  }

  describe('over HTTP, on untouched cases', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = await classifiedCase({ title: '=HYPERLINK("http://evil.example","Bấm vào đây")' });
      await checkpoints.take();
    });

    it('gives an auditor in scope the verification, in Vietnamese, and logs it; a sibling ward gets 404', async () => {
      const res = await t.http.get(`/cases/${caseId}/timeline/verify`).set(auth('auditor'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        caseId,
        intact: true,
        eventsChecked: 3,
        headMatches: true,
        firstBreak: null,
        ok: true,
        checkpoint: { seq: 3, present: true, problem: null, signature: 'VALID' },
      });
      expect(res.body.summary).toMatch(/^Toàn vẹn: 3 sự kiện/);

      const other = await t.http.get(`/cases/${caseId}/timeline/verify`).set(auth('wardB'));
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('CASE_NOT_FOUND');

      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM access_log WHERE case_id = $1 AND user_id = $2 AND action = 'VERIFY_TIMELINE'`,
        [caseId, org.userIds.auditor],
      );
      expect(n).toBe(1);
    });

    it('shows the access log to an auditor and the ward secretary with names; 403 to other viewers, 404 outside', async () => {
      const res = await t.http.get(`/cases/${caseId}/access-log`).set(auth('wardA'));
      expect(res.status).toBe(200);
      expect(res.body.items).toContainEqual(
        expect.objectContaining({ userId: org.userIds.auditor, userName: 'Người dùng auditor', action: 'VERIFY_TIMELINE', actionLabel: 'Kiểm tra tính toàn vẹn diễn biến' }),
      );
      expect((await t.http.get(`/cases/${caseId}/access-log`).set(auth('auditor'))).status).toBe(200);
      const viewer = await t.http.get(`/cases/${caseId}/access-log`).set(auth('taskForce'));
      expect(viewer.status).toBe(403);
      expect(viewer.body.code).toBe('ROLE_NOT_ALLOWED');
      expect((await t.http.get(`/cases/${caseId}/access-log`).set(auth('wardB'))).body.code).toBe('CASE_NOT_FOUND');
    });

    it('exports a CSV with a BOM, Vietnamese headers, the verification, a neutralised formula, and logs the export', async () => {
      const res = await t.http.get(`/cases/${caseId}/timeline/export?format=csv`).set(auth('auditor')).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.toString('utf8');
      const lines = text.slice(1).split('\r\n');
      expect(lines).toContain('Thứ tự,Thời điểm,Sự kiện,Người thực hiện,Từ trạng thái,Đến trạng thái,Nội dung,Mã băm,Dữ liệu gốc (JSON chuẩn hóa)');
      expect(lines).toContain('Thời điểm,Người truy cập,Hành động,Lý do');
      expect(lines.find((l) => l.startsWith('Kết quả kiểm tra chuỗi băm,'))).toMatch(/Toàn vẹn: 3 sự kiện/);
      expect(lines.find((l) => l.startsWith('Tiêu đề,'))).toBe(`Tiêu đề,"'=HYPERLINK(""http://evil.example"",""Bấm vào đây"")"`);
      expect(lines.filter((l) => l.startsWith('3,'))).toHaveLength(1);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM access_log WHERE case_id = $1 AND action = 'EXPORT_TIMELINE' AND details->>'format' = 'csv'`,
        [caseId],
      );
      expect(n).toBe(1);
    });

    it('exports a real PDF with the Vietnamese font embedded; refuses other viewers and unknown formats', async () => {
      const res = await t.http.get(`/cases/${caseId}/timeline/export?format=pdf`).set(auth('wardA')).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
      expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      // The ToUnicode map holds "ậ" (U+1EAD, in "Nhật ký"): the diacritics are glyphs of the font, not dropped.
      const inflated: string[] = [];
      for (let at = pdf.indexOf('stream\n'); at >= 0; at = pdf.indexOf('stream\n', at + 7)) {
        try {
          inflated.push(inflateSync(pdf.subarray(at + 7, pdf.indexOf('\nendstream', at))).toString('latin1'));
        } catch {
          // an uncompressed stream
        }
      }
      expect(inflated.join('\n').toLowerCase()).toContain('<1ead>');

      expect((await t.http.get(`/cases/${caseId}/timeline/export?format=pdf`).set(auth('taskForce'))).status).toBe(403);
      expect((await t.http.get(`/cases/${caseId}/timeline/export?format=pdf`).set(auth('wardB'))).status).toBe(404);
      expect((await t.http.get(`/cases/${caseId}/timeline/export?format=xlsx`).set(auth('auditor'))).status).toBe(400);
    });

    it("gives the auditor a PDF in Vietnamese: labels and unit names, not JSON or ids; a header with the chain head and checkpoint; 'Trang x/y'", async () => {
      const id = await classifiedCase({ title: 'Phản ánh đảng viên Nguyễn Văn Ấn, Đảng ủy phường A' });
      const assign = { type: 'ASSIGN_TO_UNIT', expectedVersion: 3, payload: { unitId: org.cellA.id, instructions: 'Báo cáo trong 15 ngày' } };
      expect((await t.http.post(`/cases/${id}/events`).set(auth('wardA')).send(assign)).status).toBe(200);
      await checkpoints.take();
      const res = await t.http.get(`/cases/${id}/timeline/export?format=pdf`).set(auth('auditor')).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      const pages = extractPdfText(res.body as Buffer);
      const text = pages.flatMap((p) => p.lines).join('\n');
      expect(text).toContain('Loại thông tin: Phản ánh');
      expect(text).toContain('Diện quản lý: Cấp ủy tiếp nhận thông tin quản lý');
      expect(text).toContain('Đơn vị, cấp ủy cấp dưới được giao giải quyết: Chi bộ A1');
      expect(text).toContain('Nguồn thông tin: Phản ánh, khiếu nại, tố cáo của cán bộ, đảng viên, đoàn viên, hội viên và nhân dân');
      expect(text).toContain('Ngày nhận: 02/11/2026 09:00:00');
      expect(text).not.toMatch(/PHAN_ANH|RECEIVING_COMMITTEE|infoType|[{}]/);
      expect(text).not.toContain(org.cellA.id);
      const [head] = await t.dataSource.query(`SELECT chain_head AS hash FROM "case" WHERE id = $1`, [id]);
      pages.forEach((p, i) => {
        expect(p.lines.slice(0, 4)).toEqual([
          'Nhật ký diễn biến vụ việc: Phản ánh đảng viên Nguyễn Văn Ấn, Đảng ủy phường A',
          'Quy trình: Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU · Đơn vị: Đảng ủy phường A',
          `Đầu chuỗi: sự kiện thứ 4, mã băm ${head.hash.slice(0, 8)}…${head.hash.slice(-8)}`,
          expect.stringMatching(/^Mốc ký số [0-9a-f]{8} lúc \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d, khóa \S+, chữ ký hợp lệ, ký đến sự kiện thứ 4$/),
        ]);
        expect(p.lines.at(-1)).toBe(`Trang ${i + 1}/${pages.length}`);
      });
    });

    it('lists checkpoints (counts and digests, no case ids) to auditors only, and publishes the public key', async () => {
      const res = await t.http.get('/audit/checkpoints').set(auth('auditor'));
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThanOrEqual(1);
      expect(res.body.items[0]).toMatchObject({ caseCount: expect.any(Number), digest: expect.stringMatching(/^[0-9a-f]{64}$/), signatureStatus: 'VALID' });
      expect(JSON.stringify(res.body)).not.toContain(caseId);
      const denied = await t.http.get('/audit/checkpoints').set(auth('wardA'));
      expect(denied.status).toBe(403);

      const key = await t.http.get('/audit/checkpoints/public-key');
      expect(key.status).toBe(200);
      expect(key.body).toMatchObject({ algorithm: 'Ed25519', keyId: res.body.items[0].keyId, development: true });
      expect(Buffer.from(key.body.publicKey, 'base64')).toHaveLength(32);
    });
  });

  describe('tampering with the database', () => {
    it('(a) finds a changed payload byte, actor and occurred_at, each at its seq; the CLI reports it and exits 1', async () => {
      const [payload, actor, occurred, untouched] = [await classifiedCase(), await classifiedCase(), await classifiedCase(), await classifiedCase()];
      await asAttacker('case_event', `UPDATE case_event SET payload = replace(payload::text, 'Văn X', 'Văn Y')::jsonb WHERE case_id = $1 AND seq = 3`, [payload]);
      await asAttacker('case_event', `UPDATE case_event SET actor_id = $2 WHERE case_id = $1 AND seq = 2`, [actor, org.userIds.office]);
      await asAttacker('case_event', `UPDATE case_event SET occurred_at = occurred_at + interval '1 second' WHERE case_id = $1 AND seq = 1`, [occurred]);

      const broken = await verifyAllBroken();
      expect(broken.get(payload)).toEqual({ seq: 3, reason: 'HASH_MISMATCH' });
      expect(broken.get(actor)).toEqual({ seq: 2, reason: 'HASH_MISMATCH' });
      expect(broken.get(occurred)).toEqual({ seq: 1, reason: 'HASH_MISMATCH' });
      expect(broken.has(untouched)).toBe(false);

      const res = await t.http.get(`/cases/${payload}/timeline/verify`).set(auth('auditor'));
      expect(res.body).toMatchObject({ intact: false, ok: false, firstBreak: { seq: 3, reason: 'HASH_MISMATCH' } });
      expect(res.body.summary).toContain('KHÔNG toàn vẹn: chuỗi băm bị phá vỡ tại sự kiện thứ 3');

      // The CLI, once, as an operator runs it: its own process, DATABASE_URL, one case.
      const cli = await runCli(['--case', payload]);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain(`BROKEN case=${payload} seq=3 reason=HASH_MISMATCH`);
      expect(cli.stdout).toMatch(/SUMMARY FAILED: 1 cases, 3 events, 1 broken/);
    });

    it('pages through cases and events without losing, merging or splitting a chain', async () => {
      const whole: string[] = [];
      const paged: string[] = [];
      const show = (r: { caseId: string; eventsChecked: number; intact: boolean; headMatches: boolean; firstBreak: unknown }) =>
        JSON.stringify([r.caseId, r.eventsChecked, r.intact, r.headMatches, r.firstBreak]);
      const totals = await verifier.verifyAll((r) => void whole.push(show(r)));
      // Two cases per snapshot and two events per page: every boundary falls inside some chain.
      const pagedTotals = await verifier.verifyAll((r) => void paged.push(show(r)), { casesPerBatch: 2, eventsPerPage: 2 });
      expect(paged).toEqual(whole);
      expect(pagedTotals).toEqual(totals);
      const [{ cases, events }] = await t.dataSource.query(`SELECT (SELECT count(*)::int FROM "case") AS cases, (SELECT count(*)::int FROM case_event) AS events`);
      expect(totals).toMatchObject({ casesChecked: cases, eventsChecked: events, brokenCases: 3 });
    });

    it('(b) a consistent rewrite (last event deleted, case rolled back) passes the chain but not the checkpoint', async () => {
      const id = await classifiedCase();
      const cp = await checkpoints.take();
      await asAttacker('case_event', `DELETE FROM case_event WHERE case_id = $1 AND seq = 3`, [id]);
      await t.dataSource.query(
        `UPDATE "case" SET version = 2, chain_head = (SELECT hash FROM case_event WHERE case_id = $1 AND seq = 2) WHERE id = $1`,
        [id],
      );

      const chain = await verifier.verifyCase(id);
      expect(chain).toMatchObject({ intact: true, headMatches: true, eventsChecked: 2 });
      expect((await verifyAllBroken()).has(id)).toBe(false);

      const problems: HeadProblem[] = [];
      await checkpoints.headProblems(cp!, (p) => problems.push(p));
      expect(problems).toEqual([{ caseId: id, seq: 3, hash: expect.any(String), reason: 'EVENT_MISSING' }]);
      const report = await runAuditVerify({ verifier, checkpoints });
      expect(report.ok).toBe(false);
      expect(report.checkpoint).toMatchObject({ id: cp!.id, signature: 'VALID', problemCount: 1 });

      const res = await t.http.get(`/cases/${id}/timeline/verify`).set(auth('auditor'));
      expect(res.body).toMatchObject({ intact: true, headMatches: true, ok: false, checkpoint: { seq: 3, present: false, problem: 'EVENT_MISSING' } });
      expect(res.body.summary).toContain('sự kiện thứ 3 đã được ký xác nhận');
    });

    it('(b) also reports a checkpointed case that is gone', async () => {
      const id = await classifiedCase();
      const cp = await checkpoints.take();
      // With replication role "replica" neither the append-only triggers nor the foreign keys fire.
      await t.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        await m.query(`DELETE FROM case_event WHERE case_id = $1`, [id]);
        await m.query(`DELETE FROM "case" WHERE id = $1`, [id]);
      });
      const problems: HeadProblem[] = [];
      await checkpoints.headProblems(cp!, (p) => problems.push(p));
      expect(problems).toContainEqual({ caseId: id, seq: 3, hash: expect.any(String), reason: 'CASE_MISSING' });
    });

    it('(c) a forged checkpoint fails its signature: a changed head, then a changed row; the tables refuse changes', async () => {
      await classifiedCase();
      const cp = (await checkpoints.take())!;
      expect(await checkpoints.verifySignature(cp)).toBe('VALID');
      await expect(t.dataSource.query(`UPDATE chain_checkpoint SET case_count = 0 WHERE id = $1`, [cp.id])).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM chain_checkpoint_head WHERE checkpoint_id = $1`, [cp.id])).rejects.toThrow(/append-only/);

      await asAttacker('chain_checkpoint_head', `UPDATE chain_checkpoint_head SET hash = repeat('0', 64) WHERE checkpoint_id = $1 AND case_id = (SELECT min(case_id::text)::uuid FROM chain_checkpoint_head WHERE checkpoint_id = $1)`, [cp.id]);
      expect(await checkpoints.verifySignature((await checkpoints.latest())!)).toBe('DIGEST_MISMATCH');

      await asAttacker('chain_checkpoint', `UPDATE chain_checkpoint SET case_count = case_count - 1 WHERE id = $1`, [cp.id]);
      const forged = (await checkpoints.latest())!;
      expect(forged.id).toBe(cp.id);
      expect(checkpoints.rowSignature(forged)).toBe('BAD_SIGNATURE');
      const report = await runAuditVerify({ verifier, checkpoints });
      expect(report.checkpoint?.signature).toBe('BAD_SIGNATURE');
      expect(report.ok).toBe(false);
    });
  });

  describe('checkpoints store only the heads that changed', () => {
    const storedHeads = async (checkpointId: string) =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM chain_checkpoint_head WHERE checkpoint_id = $1`, [checkpointId]))[0].n as number;

    it('a checkpoint with nothing changed stores no head yet signs the same full set; one new case adds one head', async () => {
      const a = (await checkpoints.take())!;
      const b = (await checkpoints.take())!;
      expect(b.seq).toBe(a.seq + 1);
      expect(await storedHeads(b.id)).toBe(0);
      expect({ digest: b.digest, caseCount: b.caseCount, eventCount: b.eventCount }).toEqual({ digest: a.digest, caseCount: a.caseCount, eventCount: a.eventCount });
      expect(await checkpoints.verifySignature(b)).toBe('VALID');

      const id = await classifiedCase();
      const c = (await checkpoints.take())!;
      expect(await storedHeads(c.id)).toBe(1);
      expect(c).toMatchObject({ caseCount: b.caseCount + 1, eventCount: b.eventCount + 3 });
      expect(await checkpoints.verifySignature(c)).toBe('VALID');
      const res = await t.http.get(`/cases/${id}/timeline/verify`).set(auth('auditor'));
      expect(res.body.checkpoint).toMatchObject({ id: c.id, seq: 3, present: true, problem: null, signature: 'VALID' });
    });

    it('a case untouched since an earlier checkpoint is still checked by the latest one, and rewriting that earlier head is caught', async () => {
      const id = await classifiedCase();
      const first = (await checkpoints.take())!;
      const later = (await checkpoints.take())!;
      expect(await storedHeads(later.id)).toBe(0);
      // The latest checkpoint stored nothing for the case, but its full set holds the head from the earlier one.
      await asAttacker('case_event', `DELETE FROM case_event WHERE case_id = $1 AND seq = 3`, [id]);
      const problems: HeadProblem[] = [];
      await checkpoints.headProblems(later, (p) => problems.push(p));
      expect(problems).toContainEqual({ caseId: id, seq: 3, hash: expect.any(String), reason: 'EVENT_MISSING' });
      // Forging the earlier checkpoint's head breaks the signature of every checkpoint whose full set uses it.
      await asAttacker('chain_checkpoint_head', `UPDATE chain_checkpoint_head SET seq = 2 WHERE checkpoint_id = $1 AND case_id = $2`, [first.id, id]);
      expect(await checkpoints.verifySignature(first)).toBe('DIGEST_MISMATCH');
      expect(await checkpoints.verifySignature(later)).toBe('DIGEST_MISMATCH');
    });
  });

  it('takes one scheduled checkpoint per Vietnamese date, however often the daily job runs', async () => {
    const job = new CheckpointJob(checkpoints);
    // 18:30Z on the 20th is already the 21st in Vietnam.
    const first = await job.handle(new Date('2026-11-20T18:30:00Z'));
    expect(first).toMatchObject({ checkpointId: expect.any(String) });
    expect(await job.handle(new Date('2026-11-21T16:00:00Z'))).toEqual({ skipped: true, date: '2026-11-21' });
    const rows = await t.dataSource.query(`SELECT to_char(scheduled_for, 'YYYY-MM-DD') AS d FROM chain_checkpoint WHERE scheduled_for IS NOT NULL`);
    expect(rows).toEqual([{ d: '2026-11-21' }]);
  });

  function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/cli/src/audit-verify.cli.ts', ...args],
        {
          cwd: `${__dirname}/../..`,
          // Only what the CLI needs: no NODE_OPTIONS from Jest.
          env: { PATH: process.env.PATH, TS_NODE_TRANSPILE_ONLY: '1', NODE_ENV: 'test', DATABASE_URL: t.db.url, LOG_LEVEL: 'error' },
          timeout: 120_000,
        },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
      );
    });
  }
});
