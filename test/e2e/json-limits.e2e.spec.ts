// Hostile JSON before login (issue 14): a body nested thousands of levels deep overflowed the stack in the
// validation pipe, and a lone UTF-16 surrogate reached PostgreSQL (22P02 in jsonb, U+FFFD in text). Both must be
// refused as the client's fault (400 with a stable code), and a well-formed emoji must still go through untouched.
import type { Response } from 'supertest';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

/** `levels` arrays nested in one another, as raw JSON text (2 bytes a level). */
const nestedArrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** `levels` objects nested under the key "a", as raw JSON text. */
const nestedObjects = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('JSON depth and Unicode limits', () => {
  let t: TestApp;
  let org: DemoOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
  });
  afterAll(() => t.close());

  const raw = (path: string, text: string, token?: string) => {
    const req = t.http.post(path).set('Content-Type', 'application/json');
    return (token ? req.set('Authorization', `Bearer ${token}`) : req).send(text);
  };
  const expectRefused = (res: Response, code: string) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code });
    expect(res.body.message).toMatch(/[ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳđ]/i);
    expect(res.body.correlationId).toBe(res.headers['x-request-id']);
  };

  it('refuses 2,500 nested arrays at login with JSON_TOO_DEEP, not a 500', async () => {
    const res = await raw('/auth/login', `{"username":${nestedArrays(2500)},"password":"x"}`);
    expectRefused(res, 'JSON_TOO_DEEP');
    expect(res.body.details).toEqual({ maxDepth: 64 });
  });

  it('refuses 3,500 nested objects at login, and a deep bare array, with JSON_TOO_DEEP', async () => {
    expectRefused(await raw('/auth/login', `{"username":"a","password":${nestedObjects(3500)}}`), 'JSON_TOO_DEEP');
    expectRefused(await raw('/auth/login', nestedArrays(2500)), 'JSON_TOO_DEEP');
  });

  it('lets a body nested within the limit reach validation as usual', async () => {
    // 62 levels under the root: refused only as an unknown field, by the validation pipe.
    const res = await raw('/auth/login', `{"username":"a","password":"b","extra":${nestedObjects(62)}}`);
    expectRefused(res, 'VALIDATION_FAILED');
    // A real case with nested input is created as before.
    await t.http.post('/cases').set({ Authorization: `Bearer ${org.tokens.taskForce}` })
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration(), reporter: { name: 'Nguyễn Văn B' } })
      .expect(201);
  });

  it('refuses a lone surrogate at login with INVALID_UNICODE, naming the field', async () => {
    const res = await raw('/auth/login', '{"username":"\\ud800","password":"x"}');
    expectRefused(res, 'INVALID_UNICODE');
    expect(res.body.details).toEqual({ field: 'username' });
  });

  it('refuses a lone surrogate deep in a case input (jsonb) and in an object key', async () => {
    const token = org.tokens.taskForce;
    const body = (input: string) => `{"procedureId":"quy-dinh-1374","orgUnitId":"${org.city.id}","input":${input}}`;
    const input = JSON.stringify(registration()).replace('"title":"', '"title":"x\\udfff');
    const res = await raw('/cases', body(input), token);
    expectRefused(res, 'INVALID_UNICODE');
    expect(res.body.details).toEqual({ field: 'input.title' });
    const key = await raw('/cases', body('{"tags":[{"\\ud83d":1}]}'), token);
    expectRefused(key, 'INVALID_UNICODE');
    expect(key.body.details.field).toMatch(/^input\.tags\.0\./);
  });

  it('refuses invalid UTF-8 (an encoded lone surrogate) in the query string and in a route parameter', async () => {
    const as = { Authorization: `Bearer ${org.tokens.taskForce}` };
    const q = await t.http.get('/cases?q=%ED%A0%80').set(as);
    expectRefused(q, 'INVALID_UNICODE');
    expect(q.body.details).toEqual({ field: 'q' });
    expectRefused(await t.http.get('/cases/%ED%A0%80').set(as), 'INVALID_UNICODE');
  });

  it('still names the field of a NUL character', async () => {
    const res = await raw('/auth/login', '{"username":"a\\u0000","password":"x"}');
    expectRefused(res, 'VALIDATION_FAILED');
    expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'username', constraint: 'noNul' })]);
  });

  it('accepts a well-formed surrogate pair (an emoji) and gives it back unchanged', async () => {
    const as = { Authorization: `Bearer ${org.tokens.taskForce}` };
    const title = 'Phản ánh 😀 về cán bộ 𝕏';
    const res = await t.http.post('/cases').set(as)
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration({ title }) })
      .expect(201);
    const read = await t.http.get(`/cases/${res.body.case.id}`).set(as).expect(200);
    expect(read.body.title).toBe(title);
    const list = await t.http.get(`/cases?q=${encodeURIComponent('😀')}`).set(as).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(res.body.case.id);
  });
});
