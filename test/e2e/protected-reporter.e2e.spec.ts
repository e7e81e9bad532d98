// Reporter identity protection (trust issue, item 1 and 6): sealed at rest, masked in every answer, revealed only
// by an identity custodian of the case's unit with a reason (access log), purged after the retention period with
// the timeline's hash chain still verifiable, and re-sealed under a new key by rotation.
import { randomBytes } from 'node:crypto';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { verifyChain } from '@hoso/timeline/chain/hash-chain';
import { IdentityRetentionService } from '@hoso/cases/services/identity-retention.service';
import { ReporterIdentityService } from '@hoso/cases/services/reporter-identity.service';
import { FieldCipher, identityCipherFrom, parseKeyring } from '@hoso/core/crypto';
import { addCalendarDays, addMonths, toVietnamDate } from '@hoso/kernel/legal-time';
import { loadConfig } from '@hoso/core/config';
import { Role } from '@hoso/workflows';
import { caseClient, VIETNAMESE, type CaseRef } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const REPORTER = {
  name: 'Trần Thị Tố Giác',
  address: '12 Lý Tự Trọng, phường Bến Nghé',
  contact: '0901 234 567',
  // A tiny PNG-like blob with a recognisable byte run.
  signatureImage: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('CHU-KY-NGUOI-TO-GIAC')]).toString('base64'),
  signatureType: 'image/png',
};
const SECRETS = [REPORTER.name, REPORTER.address, REPORTER.contact, 'CHU-KY-NGUOI-TO-GIAC'];
const startOfVietnamDay = (d: string) => new Date(`${d}T00:00:00+07:00`);

describe('protected reporters', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let custodian: { id: string; token: string };
  let withReporter: CaseRef;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    custodian = await addPerson(t, 'custodian', org.city.id, [Role.IDENTITY_CUSTODIAN]);
    const custodianB = await addPerson(t, 'custodianb', org.wardB.id, [Role.IDENTITY_CUSTODIAN]);
    c = caseClient(t, { ...org.tokens, custodian: custodian.token, custodianB: custodianB.token });
    const created = await c.create('taskForce', org.city.id, registration(), { reporter: REPORTER });
    withReporter = created;
    for (const s of SECRETS) expect(JSON.stringify(created.body)).not.toContain(s);
  });
  afterAll(() => t.close());

  const reveal = (who: string, ref: CaseRef, body: Record<string, unknown>) =>
    t.http.post(`/cases/${ref.id}/reporter/reveal`).set(c.as(who)).send(body);
  const reveals = async (caseId: string) =>
    (await t.dataSource.query(`SELECT user_id, reason FROM access_log WHERE case_id = $1 AND action = 'REVEAL_REPORTER'`, [caseId])) as {
      user_id: string;
      reason: string;
    }[];

  it('shows which fields were given, never their values, in the case and its timeline', async () => {
    const detail = await c.view('taskForce', withReporter);
    expect(detail.reporter).toEqual({
      given: true, protected: true, fields: ['name', 'address', 'contact', 'signature'], purged: false, mayReveal: false,
    });
    expect((await c.view('custodian', withReporter)).reporter.mayReveal).toBe(true);
    const timeline = await t.http.get(`/cases/${withReporter.id}/timeline`).set(c.as('taskForce')).expect(200);
    for (const body of [detail, timeline.body]) for (const s of SECRETS) expect(JSON.stringify(body)).not.toContain(s);
  });

  it('stores the identity unreadable without the key, and nowhere else', async () => {
    const [row] = await t.dataSource.query(`SELECT key_id, identity, signature FROM case_reporter WHERE case_id = $1`, [withReporter.id]);
    expect(row.key_id).toBe('dev');
    for (const blob of [row.identity as Buffer, row.signature as Buffer]) {
      for (const s of SECRETS) expect(blob.includes(Buffer.from(s, 'utf8'))).toBe(false);
    }
    // Without the key the blob does not open; with it, it does.
    const stranger = new FieldCipher(parseKeyring(`dev:${randomBytes(32).toString('base64')}`), 'dev');
    expect(() => stranger.open({ keyId: 'dev', blob: row.identity }, `case/${withReporter.id}/reporter/identity`)).toThrow();
    // No other table holds it in clear (timeline, case snapshot, outbox, idempotency answers, logs).
    const dump: { t: string }[] = await t.dataSource.query(
      `SELECT row_to_json(x)::text AS t FROM case_event x UNION ALL SELECT row_to_json(x)::text FROM "case" x
       UNION ALL SELECT row_to_json(x)::text FROM outbox_message x UNION ALL SELECT row_to_json(x)::text FROM idempotency_key x
       UNION ALL SELECT row_to_json(x)::text FROM audit_log x UNION ALL SELECT row_to_json(x)::text FROM access_log x`,
    );
    for (const { t: text } of dump) for (const s of SECRETS) expect(text).not.toContain(s);
  });

  it('refuses a reveal without the custodian role and logs nothing', async () => {
    for (const who of ['taskForce', 'secretary', 'auditor']) {
      const res = await reveal(who, withReporter, { reason: 'Cần liên hệ người cung cấp thông tin để xác minh' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'REVEAL_NOT_ALLOWED' });
      expect(res.body.message).toMatch(VIETNAMESE);
      for (const s of SECRETS) expect(JSON.stringify(res.body)).not.toContain(s);
    }
    expect(await reveals(withReporter.id)).toEqual([]);
  });

  it('answers 404 to a custodian of another unit: the case does not exist for them', async () => {
    const res = await reveal('custodianB', withReporter, { reason: 'Cần liên hệ người cung cấp thông tin để xác minh' });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
  });

  it.each<[Record<string, unknown>, string]>([
    [{}, 'no reason'],
    [{ reason: 'ngắn' }, 'a reason under 10 characters'],
    [{ reason: 'x'.repeat(1001) }, 'a reason over 1000 characters'],
    [{ reason: 12345678901 }, 'a reason that is not text'],
    [{ reason: 'Lý do đầy đủ để xem danh tính', extra: true }, 'an unknown field'],
  ])('refuses a reveal with %j (%s)', async (body) => {
    const res = await reveal('custodian', withReporter, body);
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await reveals(withReporter.id)).toEqual([]);
  });

  it('reveals to a custodian with a reason, uncached, and writes who and why to the access log', async () => {
    const reason = 'Cần liên hệ người cung cấp thông tin để xác minh bổ sung';
    const res = await reveal('custodian', withReporter, { reason }).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      name: REPORTER.name, address: REPORTER.address, contact: REPORTER.contact,
      signature: { type: 'image/png', base64: REPORTER.signatureImage },
    });
    expect(await reveals(withReporter.id)).toEqual([{ user_id: custodian.id, reason }]);
  });

  it('records every view of the case in the access log', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE case_id = $1 AND action = 'VIEW_CASE' AND user_id = $2`, [
      withReporter.id, org.userIds.secretary,
    ]);
    await c.view('secretary', withReporter);
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE case_id = $1 AND action = 'VIEW_CASE' AND user_id = $2`, [
      withReporter.id, org.userIds.secretary,
    ]);
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('answers 404 when the case has no reporter on file', async () => {
    const bare = await c.create('taskForce', org.city.id, registration());
    expect((await c.view('taskForce', bare)).reporter).toEqual({ given: false, protected: true, fields: [], purged: false, mayReveal: false });
    const res = await reveal('custodian', bare, { reason: 'Cần liên hệ người cung cấp thông tin' });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'REPORTER_NOT_FOUND' });
  });

  it.each<[unknown, string]>([
    [{ signatureImage: 'không phải base64!' }, 'a signature that is not base64'],
    [{ signatureImage: 'AAAA', signatureType: 'image/gif' }, 'a signature type not allowed'],
    [{ name: 'x'.repeat(301) }, 'a name over 300 characters'],
    [{ name: 42 }, 'a name that is not text'],
    [{ nationalId: '0123' }, 'a field the form does not have'],
    ['Trần Văn B', 'a reporter that is not an object'],
  ])('refuses to register a case with reporter %j (%s) and writes nothing', async (reporter) => {
    const before = await t.dataSource.query(`SELECT (SELECT count(*) FROM "case")::int AS cases, (SELECT count(*) FROM case_reporter)::int AS reporters`);
    const res = await t.http.post('/cases').set(c.as('taskForce')).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration(), reporter });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await t.dataSource.query(`SELECT (SELECT count(*) FROM "case")::int AS cases, (SELECT count(*) FROM case_reporter)::int AS reporters`)).toEqual(before);
  });

  describe('retention', () => {
    let closed: CaseRef;
    let closedOn: string;

    beforeAll(async () => {
      closed = await c.create('taskForce', org.city.id, registration({ title: 'Vụ việc để thử thời hạn lưu giữ' }), { reporter: REPORTER });
      await c.send('taskForce', closed, 'START_SCREENING');
      await c.send('taskForce', closed, 'CLASSIFY', { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Không rõ', isParty: false, managedBy: 'RECEIVING_COMMITTEE' } });
      await c.send('secretary', closed, 'CLOSE_NO_BASIS', { reason: 'Không có cơ sở để xem xét.' });
      const [row] = await t.dataSource.query(`SELECT updated_at FROM "case" WHERE id = $1`, [closed.id]);
      closedOn = toVietnamDate(new Date(row.updated_at));
    });

    const sweep = (now: Date) => t.app.get(IdentityRetentionService).sweep(now);
    const stored = async () => (await t.dataSource.query(`SELECT identity, signature, key_id, purged_at FROM case_reporter WHERE case_id = $1`, [closed.id]))[0];

    it('keeps identities while the committee has set no retention period', async () => {
      const r = await sweep(startOfVietnamDay(addMonths(closedOn, 600)));
      expect(r.purged).toBe(0);
      expect((await stored()).identity).not.toBeNull();
    });

    it('keeps the identity until the last day of the period and purges it on the day after, leaving the chain verifiable', async () => {
      await t.http
        .post('/rules/overrides')
        .set(c.as('secretary'))
        .send({ key: 'RETENTION.QUY_DINH_1374', orgUnitId: org.city.id, value: 12, reason: 'Thành ủy quyết định giữ danh tính 12 tháng sau khi lưu hồ sơ', effectiveFrom: closedOn })
        .expect(201);
      const end = addMonths(closedOn, 12);
      const lastKeptDay = addCalendarDays(end, -1);
      expect((await sweep(new Date(startOfVietnamDay(end).getTime() - 1))).purged).toBe(0);
      expect(toVietnamDate(new Date(startOfVietnamDay(end).getTime() - 1))).toBe(lastKeptDay);
      expect((await stored()).identity).not.toBeNull();

      const r = await sweep(startOfVietnamDay(end));
      expect(r.purged).toBe(1);
      expect(await stored()).toMatchObject({ identity: null, signature: null, key_id: null, purged_at: expect.any(Date) });
      // An open case is never purged: only the closed one went.
      expect((await t.dataSource.query(`SELECT identity IS NOT NULL AS kept FROM case_reporter WHERE case_id = $1`, [withReporter.id]))[0].kept).toBe(true);

      const res = await reveal('custodian', closed, { reason: 'Cần liên hệ lại người cung cấp thông tin' });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 410, code: 'REPORTER_PURGED' });
      expect((await c.view('secretary', closed)).reporter).toMatchObject({ given: true, purged: true, fields: ['name', 'address', 'contact', 'signature'] });
      const events = await t.dataSource.query(
        `SELECT case_id AS "caseId", seq, type, payload, actor_id AS "actorId", from_state AS "fromState", to_state AS "toState",
                machine_version AS "machineVersion", occurred_at AS "occurredAt", recorded_at AS "recordedAt", prev_hash AS "prevHash", hash
           FROM case_event WHERE case_id = $1 ORDER BY seq`,
        [closed.id],
      );
      expect(events).toHaveLength(4);
      expect(verifyChain(events)).toBeUndefined();
      const [audit] = await t.dataSource.query(`SELECT action, details FROM audit_log WHERE action = 'REPORTER_IDENTITY_PURGED'`);
      expect(audit.details).toMatchObject({ caseId: closed.id, closedOn });
      // A second sweep finds nothing more to do.
      expect((await sweep(startOfVietnamDay(addMonths(closedOn, 24)))).purged).toBe(0);
    });
  });

  describe('key rotation', () => {
    it('re-seals every identity under the new active key; the old key is then no longer needed', async () => {
      const dev = identityCipherFrom(loadConfig({}, { NODE_ENV: 'test' }));
      const newKey = randomBytes(32).toString('base64');
      const devKey = (dev as unknown as { ring: Map<string, Buffer> }).ring.get('dev')!.toString('base64');
      const both = new FieldCipher(parseKeyring(`k2:${newKey},dev:${devKey}`), 'k2');
      const rotating = new ReporterIdentityService(both, new AccessLogService());
      const open = await t.dataSource.query(`SELECT count(*)::int AS n FROM case_reporter WHERE key_id = 'dev'`);
      expect(open[0].n).toBeGreaterThan(0);

      const first = await t.dataSource.transaction((m) => rotating.rotateBatch(m, 1));
      expect(first).toEqual({ resealed: 1, remaining: open[0].n - 1 });
      let last = first;
      while (last.remaining > 0) last = await t.dataSource.transaction((m) => rotating.rotateBatch(m, 100));
      expect(await t.dataSource.query(`SELECT DISTINCT key_id FROM case_reporter WHERE key_id IS NOT NULL`)).toEqual([{ key_id: 'k2' }]);

      // With only the new key in the ring, the identity still opens (and is logged).
      const onlyNew = new ReporterIdentityService(new FieldCipher(parseKeyring(`k2:${newKey}`), 'k2'), new AccessLogService());
      const row = (await t.dataSource.query(`SELECT o.path AS unit_path FROM "case" c JOIN org_unit o ON o.id = c.org_unit_id WHERE c.id = $1`, [withReporter.id]))[0];
      const custodianUser = { id: custodian.id, username: 'custodian', displayName: 'x', assignments: [{ unitId: org.city.id, unitPath: row.unit_path, role: Role.IDENTITY_CUSTODIAN }] };
      const revealed = await t.dataSource.transaction((m) => onlyNew.reveal(m, custodianUser, { id: withReporter.id, unit_path: row.unit_path }, 'Kiểm tra sau khi xoay vòng khóa'));
      expect(revealed.name).toBe(REPORTER.name);
    });
  });
});
