// Bad input over HTTP: every refusal is a 4xx with a stable code, a Vietnamese message and a correlation id, and
// leaves the database exactly as it was (no case, timeline, outbox, deadline or idempotency row).
import type { Response } from 'supertest';
import { VIETNAMESE } from '../support/case-client';
import { refusalCheck } from '../support/refusals';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

type Who = keyof DemoOrg['tokens'];
interface CaseRef {
  id: string;
  version: number;
}
interface FieldError {
  field: string;
  constraint: string;
  message: string;
}

const TABLES = ['"case"', 'case_event', 'outbox_message', 'deadline', 'idempotency_key'];

describe('bad input is refused with a stable code, a Vietnamese message, and nothing written', () => {
  let t: TestApp;
  let org: DemoOrg;
  /** Just registered (v1, "received"). */
  let fresh: CaseRef;
  /** Screening started (v2, "screening.unclassified"). */
  let screening: CaseRef;
  /** Ward A's report received (v5, "assignedToUnit.reviewingReport"): CONCLUDE is the next step. */
  let reviewing: CaseRef;

  const as = (who: Who) => ({ Authorization: `Bearer ${org.tokens[who]}` });

  async function create(who: Who, input: Record<string, unknown> = registration()): Promise<CaseRef> {
    const res = await t.http.post('/cases').set(as(who)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input }).expect(201);
    return { id: res.body.case.id, version: res.body.case.version };
  }
  async function step(who: Who, ref: CaseRef, type: string, payload?: Record<string, unknown>): Promise<void> {
    const res = await t.http.post(`/cases/${ref.id}/events`).set(as(who)).send({ type, payload, expectedVersion: ref.version }).expect(200);
    ref.version = res.body.case.version;
  }
  const event = (who: Who, ref: CaseRef, body: unknown) => t.http.post(`/cases/${ref.id}/events`).set(as(who)).send(body as object);
  const createBody = (input: Record<string, unknown>) => ({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input });

  /** The request must be refused with `status` and `code`, explained in Vietnamese, traceable, and write nothing. */
  async function refused(status: number, code: string, request: () => PromiseLike<Response>): Promise<Response> {
    const res = await refusalCheck(t.dataSource, TABLES)(status, code, request);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.statusCode).toBe(status);
    expect(typeof res.body.message).toBe('string');
    expect(res.body.correlationId).toBe(res.headers['x-request-id']);
    expect(res.body).not.toHaveProperty('stack');
    return res;
  }
  /** Distinct names of the refused fields, in order. */
  const fieldsOf = (res: Response): string[] => [...new Set<string>((res.body.details?.fields ?? []).map((f: FieldError) => f.field))];

  const classifyPayload = (subject: Record<string, unknown> = {}) => ({
    infoType: 'TO_CAO',
    subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty: true, managedBy: 'RECEIVING_COMMITTEE', ...subject },
  });

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    fresh = await create('taskForce');
    screening = await create('taskForce');
    await step('taskForce', screening, 'START_SCREENING');
    reviewing = await create('taskForce');
    await step('taskForce', reviewing, 'START_SCREENING');
    await step('taskForce', reviewing, 'CLASSIFY', classifyPayload());
    await step('secretary', reviewing, 'ASSIGN_TO_UNIT', { unitId: org.wardA.id });
    await step('wardA', reviewing, 'RETURN_TO_TASK_FORCE', { handlingReport: { summary: 'Báo cáo kết quả xử lý của phường A.' } });
  });
  afterAll(() => t.close());

  describe('bodies that are not the JSON object expected', () => {
    it('malformed JSON → 400 MALFORMED_JSON, on create and on an event', async () => {
      await refused(400, 'MALFORMED_JSON', () =>
        t.http.post('/cases').set(as('taskForce')).set('Content-Type', 'application/json').send('{"procedureId": "quy-dinh-1374",'),
      );
      await refused(400, 'MALFORMED_JSON', () =>
        t.http.post(`/cases/${fresh.id}/events`).set(as('taskForce')).set('Content-Type', 'application/json').send("{type: 'START_SCREENING'}"),
      );
      // The client's own well-formed request id is the correlation id.
      const res = await refused(400, 'MALFORMED_JSON', () =>
        t.http
          .post(`/cases/${fresh.id}/events`)
          .set(as('taskForce'))
          .set('X-Request-Id', 'loi-json-0001')
          .set('Content-Type', 'application/json')
          .send('{"type": "START_SCREENING", "expectedVersion": 1'),
      );
      expect(res.body.correlationId).toBe('loi-json-0001');
    });

    it('a JSON array → 400 VALIDATION_FAILED', async () => {
      await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post('/cases').set(as('taskForce')).set('Content-Type', 'application/json').send(JSON.stringify([createBody(registration())])),
      );
      await refused(400, 'VALIDATION_FAILED', () =>
        t.http
          .post(`/cases/${fresh.id}/events`)
          .set(as('taskForce'))
          .set('Content-Type', 'application/json')
          .send(JSON.stringify([{ type: 'START_SCREENING', expectedVersion: 1 }])),
      );
    });

    it('a text/plain body (even one holding valid JSON) is refused as such → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      await refused(415, 'UNSUPPORTED_MEDIA_TYPE', () =>
        t.http.post('/cases').set(as('taskForce')).set('Content-Type', 'text/plain').send(JSON.stringify(createBody(registration()))),
      );
      await refused(415, 'UNSUPPORTED_MEDIA_TYPE', () =>
        t.http.post(`/cases/${fresh.id}/events`).set(as('taskForce')).set('Content-Type', 'text/plain').send('START_SCREENING'),
      );
    });

    it('a body over the limit (64kb in tests) → 413 PAYLOAD_TOO_LARGE', async () => {
      const big = 'a'.repeat(70 * 1024);
      await refused(413, 'PAYLOAD_TOO_LARGE', () => t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ summary: big }))));
      await refused(413, 'PAYLOAD_TOO_LARGE', () =>
        event('secretary', screening, { type: 'CLOSE_NO_BASIS', expectedVersion: screening.version, payload: { reason: big } }),
      );
    });

    it('huge strings within the body limit (60k characters) → 400 naming the field', async () => {
      const huge = 'a'.repeat(60_000);
      const title = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ title: huge }))));
      expect(title.body.details.fields).toContainEqual({ field: 'title', constraint: 'maxLength', message: 'quá dài' });
      const summary = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ summary: huge }))));
      expect(fieldsOf(summary)).toEqual(['summary']);
      const reason = await refused(400, 'VALIDATION_FAILED', () =>
        event('secretary', screening, { type: 'CLOSE_NO_BASIS', expectedVersion: screening.version, payload: { reason: huge } }),
      );
      expect(fieldsOf(reason)).toEqual(['reason']);
      const name = await refused(400, 'VALIDATION_FAILED', () =>
        event('taskForce', screening, { type: 'CLASSIFY', expectedVersion: screening.version, payload: classifyPayload({ name: huge }) }),
      );
      expect(fieldsOf(name)).toEqual(['subject.name']);
      await refused(400, 'VALIDATION_FAILED', () => t.http.get(`/cases?q=${'a'.repeat(300)}`).set(as('taskForce')));
    });
  });

  describe('fields that do not exist', () => {
    it('an unknown top-level field in the event body → 400 naming it', async () => {
      const res = await refused(400, 'VALIDATION_FAILED', () =>
        event('taskForce', fresh, { type: 'START_SCREENING', expectedVersion: fresh.version, actorId: org.userIds.secretary }),
      );
      expect(res.body.details.fields).toEqual([{ field: 'actorId', constraint: 'whitelistValidation', message: 'trường này không được phép gửi' }]);
    });

    it('an unknown top-level field in the create body, or in its registration input → 400 naming it', async () => {
      const top = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post('/cases').set(as('taskForce')).send({ ...createBody(registration()), createdBy: org.userIds.secretary }),
      );
      expect(fieldsOf(top)).toEqual(['createdBy']);
      const input = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ status: 'CLOSED' }))),
      );
      expect(fieldsOf(input)).toEqual(['status']);
    });

    it('an unknown field inside the payload (also of an event that takes none, and of a nested object) → 400', async () => {
      const empty = await refused(400, 'VALIDATION_FAILED', () =>
        event('taskForce', fresh, { type: 'START_SCREENING', expectedVersion: fresh.version, payload: { note: 'ghi chú' } }),
      );
      expect(fieldsOf(empty)).toEqual(['note']);
      const top = await refused(400, 'VALIDATION_FAILED', () =>
        event('taskForce', screening, { type: 'CLASSIFY', expectedVersion: screening.version, payload: { ...classifyPayload(), priority: 'HIGH' } }),
      );
      expect(fieldsOf(top)).toEqual(['priority']);
      const nested = await refused(400, 'VALIDATION_FAILED', () =>
        event('taskForce', screening, { type: 'CLASSIFY', expectedVersion: screening.version, payload: classifyPayload({ citizenId: '079000000001' }) }),
      );
      expect(fieldsOf(nested)).toEqual(['subject.citizenId']);
    });

    it('an unknown event type → 400 UNKNOWN_EVENT (a badly written one → 400 VALIDATION_FAILED)', async () => {
      const res = await refused(400, 'UNKNOWN_EVENT', () => event('taskForce', fresh, { type: 'DELETE_CASE', expectedVersion: fresh.version }));
      expect(res.body.details.knownEvents).toEqual(expect.arrayContaining(['START_SCREENING', 'ARCHIVE']));
      for (const type of ['start_screening', '', 42, 'START SCREENING']) {
        const bad = await refused(400, 'VALIDATION_FAILED', () => event('taskForce', fresh, { type, expectedVersion: fresh.version }));
        expect(fieldsOf(bad)).toContain('type');
      }
      await refused(400, 'VALIDATION_FAILED', () => event('taskForce', fresh, { expectedVersion: fresh.version }));
    });
  });

  describe('events the case cannot take now', () => {
    it('an event not allowed in the current state → 409 TRANSITION_NOT_ALLOWED listing what is allowed', async () => {
      const res = await refused(409, 'TRANSITION_NOT_ALLOWED', () => event('office', fresh, { type: 'ARCHIVE', expectedVersion: fresh.version }));
      expect(res.body.details).toMatchObject({ state: 'received', allowedEvents: ['START_SCREENING'] });
      const notify = await refused(409, 'TRANSITION_NOT_ALLOWED', () =>
        event('office', screening, { type: 'NOTIFY', expectedVersion: screening.version, payload: { audiences: ['REPORTER'], summary: 'Thông báo sớm' } }),
      );
      expect(notify.body.details.allowedEvents).toEqual(['CLASSIFY']);
    });

    it('a stale version → 409 VERSION_CONFLICT with the current version, in the body or in If-Match', async () => {
      const body = await refused(409, 'VERSION_CONFLICT', () => event('taskForce', screening, { type: 'CLASSIFY', expectedVersion: 1, payload: classifyPayload() }));
      expect(body.body.details).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
      const header = await refused(409, 'VERSION_CONFLICT', () =>
        t.http.post(`/cases/${screening.id}/events`).set(as('taskForce')).set('If-Match', 'W/"1"').send({ type: 'CLASSIFY', payload: classifyPayload() }),
      );
      expect(header.body.details.currentVersion).toBe(2);
      const ahead = await refused(409, 'VERSION_CONFLICT', () =>
        t.http.post(`/cases/${screening.id}/events`).set(as('taskForce')).set('If-Match', '"7"').set('Idempotency-Key', 'stale-1').send({ type: 'CLASSIFY', payload: classifyPayload() }),
      );
      expect(ahead.body.details.currentVersion).toBe(2);
    });

    it('no version at all → 428 VERSION_REQUIRED; a malformed or disagreeing one → 400', async () => {
      await refused(428, 'VERSION_REQUIRED', () => event('taskForce', fresh, { type: 'START_SCREENING' }));
      const malformed = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post(`/cases/${fresh.id}/events`).set(as('taskForce')).set('If-Match', 'phien-ban-1').send({ type: 'START_SCREENING' }),
      );
      expect(fieldsOf(malformed)).toEqual(['If-Match']);
      const disagree = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post(`/cases/${fresh.id}/events`).set(as('taskForce')).set('If-Match', '"2"').send({ type: 'START_SCREENING', expectedVersion: 1 }),
      );
      expect(fieldsOf(disagree)).toEqual(['expectedVersion']);
      for (const expectedVersion of ['1', 0, -1, 1.5]) {
        const res = await refused(400, 'VALIDATION_FAILED', () => event('taskForce', fresh, { type: 'START_SCREENING', expectedVersion }));
        expect(fieldsOf(res)).toContain('expectedVersion');
      }
    });
  });

  describe('payloads of the wrong shape', () => {
    it.each([
      ['a number instead of the subject’s name', classifyPayload({ name: 12345 }), 'subject.name'],
      ['a string instead of a boolean', classifyPayload({ isParty: 'có' }), 'subject.isParty'],
      ['an info type outside the four', { ...classifyPayload(), infoType: 'TIN_DON' }, 'infoType'],
      ['a management level outside the list', classifyPayload({ managedBy: 'TRUNG_UONG' }), 'subject.managedBy'],
      ['a subject that is a string', { infoType: 'TO_CAO', subject: 'Nguyễn Văn A' }, 'subject'],
      ['a subject that is null', { infoType: 'TO_CAO', subject: null }, 'subject'],
      ['a subject without a name', { infoType: 'TO_CAO', subject: { kind: 'PERSON', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } }, 'subject.name'],
    ])('CLASSIFY with %s → 400 naming the field', async (_name, payload, field) => {
      const res = await refused(400, 'VALIDATION_FAILED', () => event('taskForce', screening, { type: 'CLASSIFY', expectedVersion: screening.version, payload }));
      expect(fieldsOf(res)).toContain(field);
      expect(res.body.details.fields.every((f: FieldError) => VIETNAMESE.test(f.message))).toBe(true);
    });

    it('CLASSIFY without the nested subject → 400 (the case must not be classified without one)', async () => {
      const own = await create('taskForce');
      await step('taskForce', own, 'START_SCREENING');
      const res = await refused(400, 'VALIDATION_FAILED', () => event('taskForce', own, { type: 'CLASSIFY', expectedVersion: own.version, payload: { infoType: 'TO_CAO' } }));
      expect(fieldsOf(res)).toContain('subject');
    });

    const conclusion = { finding: 'WELL_FOUNDED', summary: 'Nội dung phản ánh có cơ sở.', measures: { party: ['Khiển trách'], government: [], massOrganisation: [] } };

    it('CONCLUDE without its measures → 400 (not a 500 from the guard that counts them)', async () => {
      const res = await refused(400, 'VALIDATION_FAILED', () =>
        event('secretary', reviewing, { type: 'CONCLUDE', expectedVersion: reviewing.version, payload: { finding: conclusion.finding, summary: conclusion.summary } }),
      );
      expect(fieldsOf(res)).toContain('measures');
    });

    it('CONCLUDE with a bad finding, or with measures that are not lists or miss a line → 400 naming the field', async () => {
      for (const [payload, field] of [
        [{ ...conclusion, finding: 'DUNG' }, 'finding'],
        [{ ...conclusion, measures: { ...conclusion.measures, party: 'Khiển trách' } }, 'measures.party'],
        [{ ...conclusion, measures: { party: ['Khiển trách'], government: [] } }, 'measures.massOrganisation'],
        [{ ...conclusion, measures: 'Khiển trách' }, 'measures'],
      ] as const) {
        const res = await refused(400, 'VALIDATION_FAILED', () => event('secretary', reviewing, { type: 'CONCLUDE', expectedVersion: reviewing.version, payload }));
        expect(fieldsOf(res)).toContain(field);
      }
    });

    it('other wrong shapes: a payload that is not an object, a bad UUID, a bad date, an empty audience list', async () => {
      for (const payload of [[], 'sàng lọc', 7]) {
        const res = await refused(400, 'VALIDATION_FAILED', () => event('taskForce', fresh, { type: 'START_SCREENING', expectedVersion: fresh.version, payload }));
        expect(fieldsOf(res)).toContain('payload');
      }
      const unit = await refused(400, 'VALIDATION_FAILED', () =>
        event('secretary', screening, { type: 'ASSIGN_TO_UNIT', expectedVersion: screening.version, payload: { unitId: 'phuong-a' } }),
      );
      expect(fieldsOf(unit)).toEqual(['unitId']);
      const date = await refused(400, 'VALIDATION_FAILED', () =>
        event('office', screening, { type: 'RECORD_EXPLANATION', expectedVersion: screening.version, payload: { receivedAt: '20/01/2025', summary: 'Báo cáo giải trình' } }),
      );
      expect(fieldsOf(date)).toEqual(['receivedAt']);
      const audiences = await refused(400, 'VALIDATION_FAILED', () =>
        event('office', screening, { type: 'NOTIFY', expectedVersion: screening.version, payload: { audiences: [], summary: 'Thông báo kết quả' } }),
      );
      expect(fieldsOf(audiences)).toEqual(['audiences']);
    });
  });

  describe('registrations the procedure does not accept', () => {
    it('a source outside the four → 400 naming source', async () => {
      for (const source of ['SOCIAL_MEDIA', 'press', '', null]) {
        const res = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ source }))));
        expect(fieldsOf(res)).toEqual(['source']);
      }
    });

    it('a press registration without publishedAt → 400 naming publishedAt', async () => {
      const res = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Người Lao Động' }))),
      );
      expect(fieldsOf(res)).toEqual(['publishedAt']);
    });

    it('missing or malformed registration fields, and an unknown procedure', async () => {
      const missing = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/cases').set(as('taskForce')).send(createBody({})));
      expect(fieldsOf(missing)).toEqual(expect.arrayContaining(['title', 'source', 'channel', 'summary', 'receivedAt']));
      const date = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post('/cases').set(as('taskForce')).send(createBody(registration({ receivedAt: '02/11/2026' }))),
      );
      expect(fieldsOf(date)).toEqual(['receivedAt']);
      const unit = await refused(400, 'VALIDATION_FAILED', () =>
        t.http.post('/cases').set(as('taskForce')).send({ ...createBody(registration()), orgUnitId: 'thanh-uy' }),
      );
      expect(fieldsOf(unit)).toEqual(['orgUnitId']);
      await refused(404, 'PROCEDURE_NOT_FOUND', () =>
        t.http.post('/cases').set(as('taskForce')).send({ ...createBody(registration()), procedureId: 'quy-dinh-9999' }),
      );
      await refused(404, 'UNIT_NOT_FOUND', () =>
        t.http.post('/cases').set(as('taskForce')).send({ ...createBody(registration()), orgUnitId: '5b7e3c1a-0d2f-4c8e-9a6b-1f2e3d4c5b6a' }),
      );
    });
  });

  describe('ids and routes that name nothing', () => {
    const unknownId = '5b7e3c1a-0d2f-4c8e-9a6b-1f2e3d4c5b6a';

    it('an unknown case id → 404 CASE_NOT_FOUND on read, timeline and events', async () => {
      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${unknownId}`).set(as('secretary')));
      await refused(404, 'CASE_NOT_FOUND', () => t.http.get(`/cases/${unknownId}/timeline`).set(as('secretary')));
      await refused(404, 'CASE_NOT_FOUND', () =>
        t.http.post(`/cases/${unknownId}/events`).set(as('taskForce')).send({ type: 'START_SCREENING', expectedVersion: 1 }),
      );
    });

    it.each([['abc'], ["1' OR '1'='1"], ['../../etc/passwd'], [`${'5b7e3c1a-0d2f-4c8e-9a6b-1f2e3d4c5b6a'}x`]])(
      'a malformed case id (%s) → 404 CASE_NOT_FOUND',
      async (id) => {
        const path = `/cases/${encodeURIComponent(id)}`;
        await refused(404, 'CASE_NOT_FOUND', () => t.http.get(path).set(as('secretary')));
        await refused(404, 'CASE_NOT_FOUND', () => t.http.post(`${path}/events`).set(as('taskForce')).send({ type: 'START_SCREENING', expectedVersion: 1 }));
      },
    );

    it('an unknown route → 404 ROUTE_NOT_FOUND (a method the API has not: the same)', async () => {
      await refused(404, 'ROUTE_NOT_FOUND', () => t.http.get('/khong-ton-tai').set(as('secretary')));
      await refused(404, 'ROUTE_NOT_FOUND', () => t.http.post(`/cases/${fresh.id}/events/xoa`).set(as('secretary')).send({}));
      await refused(404, 'ROUTE_NOT_FOUND', () => t.http.delete(`/cases/${fresh.id}`).set(as('secretary')));
      await refused(404, 'ROUTE_NOT_FOUND', () => t.http.put(`/cases/${fresh.id}`).set(as('secretary')).send({ state: 'archived' }));
    });
  });

  describe('credentials and keys', () => {
    it('a wrong login → 401 INVALID_CREDENTIALS, the same for an unknown user and a wrong password', async () => {
      const unknown = await refused(401, 'INVALID_CREDENTIALS', () => t.http.post('/auth/login').send({ username: 'khong-co-ai', password: 'mat-khau-thu-nghiem-1' }));
      const wrong = await refused(401, 'INVALID_CREDENTIALS', () => t.http.post('/auth/login').send({ username: 'taskforce', password: 'sai-mat-khau' }));
      expect(wrong.body.message).toBe(unknown.body.message);
      expect(wrong.body).not.toHaveProperty('accessToken');
      expect(unknown.body).not.toHaveProperty('details');
      const missing = await refused(400, 'VALIDATION_FAILED', () => t.http.post('/auth/login').send({ username: 'taskforce' }));
      expect(fieldsOf(missing)).toEqual(['password']);
    });

    it('no token or a garbage token → 401 UNAUTHENTICATED, before the body is looked at', async () => {
      await refused(401, 'UNAUTHENTICATED', () => t.http.post('/cases').send(createBody(registration())));
      await refused(401, 'UNAUTHENTICATED', () => t.http.post('/cases').set('Authorization', 'Bearer khong.phai.ma.truy.cap').send({ extra: true }));
    });

    it('an invalid Idempotency-Key → 400 IDEMPOTENCY_KEY_INVALID; a key reused for another request → 422', async () => {
      await refused(400, 'IDEMPOTENCY_KEY_INVALID', () =>
        t.http.post('/cases').set(as('taskForce')).set('Idempotency-Key', 'co dau cach').send(createBody(registration())),
      );
      await refused(400, 'IDEMPOTENCY_KEY_INVALID', () =>
        t.http.post('/cases').set(as('taskForce')).set('Idempotency-Key', 'k'.repeat(201)).send(createBody(registration())),
      );
      await t.http.post('/cases').set(as('taskForce')).set('Idempotency-Key', 'dang-ky-1').send(createBody(registration())).expect(201);
      await refused(422, 'IDEMPOTENCY_KEY_REUSED', () =>
        t.http.post('/cases').set(as('taskForce')).set('Idempotency-Key', 'dang-ky-1').send(createBody(registration({ title: 'Một vụ việc khác hẳn' }))),
      );
    });
  });

  describe('afterwards', () => {
    it('left the prepared cases where they were', async () => {
      for (const [ref, state] of [
        [fresh, 'received'],
        [screening, 'screening.unclassified'],
        [reviewing, 'assignedToUnit.reviewingReport'],
      ] as const) {
        const res = await t.http.get(`/cases/${ref.id}`).set(as('secretary')).expect(200);
        expect(res.body).toMatchObject({ state, version: ref.version });
      }
    });
  });
});
