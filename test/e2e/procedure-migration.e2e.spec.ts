// Moving open cases to a newer procedure version (issue 13 §6) over HTTP: an administrator of the top unit runs a
// dry run, then the move; cases in a state the new version maps move with a timeline event under the hash chain, the
// others stay on their version with the reason the new version declares.
import { Role } from '@hoso/workflows';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

describe('POST /procedures/:id/versions/:version/migrations', () => {
  let t: TestApp;
  let org: DemoOrg;
  let admin: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    admin = (await addPerson(t, 'admin-top', org.city.id, [Role.ADMIN])).token;
    for (const title of ['Vụ việc một', 'Vụ việc hai', 'Vụ việc ba']) {
      const res = await t.http.post('/cases').set({ Authorization: `Bearer ${org.tokens.taskForce}` })
        .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration({ title }) });
      expect(res.status).toBe(201);
      ids.push(res.body.case.id);
    }
    // These cases began before version 2 was released: on version 1, the third already handed over to inspection
    // (version 1 recorded that without opening a linked case).
    await t.dataSource.query(`UPDATE "case" SET machine_version = 1 WHERE id = ANY($1::uuid[])`, [ids]);
    await t.dataSource.query(
      `UPDATE "case" SET state = 'inspectionHandover', snapshot = jsonb_set(snapshot, '{value}', '"inspectionHandover"') WHERE id = $1`,
      [ids[2]],
    );
  });
  afterAll(() => t.close());

  const url = '/procedures/quy-dinh-1374/versions/2/migrations';
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const versions = async () =>
    (await t.dataSource.query(`SELECT id, machine_version, version FROM "case" WHERE id = ANY($1::uuid[]) ORDER BY created_at, id`, [ids])) as {
      id: string; machine_version: number; version: number;
    }[];

  it('is refused to anyone but an administrator of the top unit, and for bad input', async () => {
    const before = await versions();
    await t.http.post(url).set(as(org.tokens.secretary)).send({ fromVersion: 1, reason: 'Áp dụng phiên bản mới' }).expect(403);
    await t.http.post(url).set(as(org.tokens.wardA)).send({ fromVersion: 1, reason: 'Áp dụng phiên bản mới', dryRun: false }).expect(403);
    await t.http.post(url).set(as(admin)).send({ fromVersion: 'một', reason: 'x' }).expect(400);
    expect((await t.http.post(url).set(as(admin)).send({ fromVersion: 7, reason: 'Áp dụng phiên bản mới' })).body.code).toBe('PROCEDURE_NOT_FOUND');
    const undeclared = await t.http.post('/procedures/quy-dinh-1374/versions/1/migrations').set(as(admin)).send({ fromVersion: 1, reason: 'Áp dụng phiên bản mới' });
    expect({ status: undeclared.status, code: undeclared.body.code }).toEqual({ status: 422, code: 'MIGRATION_NOT_DECLARED' });
    expect(await versions()).toEqual(before);
  });

  it('dry run: lists which cases move and which stay and why, and writes nothing', async () => {
    const before = await versions();
    const res = await t.http.post(url).set(as(admin)).send({ fromVersion: 1, reason: 'Áp dụng phiên bản 2 của quy trình 1374' }).expect(200);
    expect(res.body).toMatchObject({ procedureId: 'quy-dinh-1374', fromVersion: 1, toVersion: 2, dryRun: true, movable: 2, staying: 1, conflicts: 0 });
    const stay = res.body.items.find((i: { caseId: string }) => i.caseId === ids[2]);
    expect(stay).toMatchObject({ fromState: 'inspectionHandover', toState: null, reason: expect.stringContaining('không mở hồ sơ liên quan') });
    expect(res.body.items.find((i: { caseId: string }) => i.caseId === ids[0])).toMatchObject({ fromState: 'received', toState: 'received', reason: null });
    expect(await versions()).toEqual(before);
  });

  it('moves the mappable cases with a timeline event in the chain; the others stay; a second run moves nothing more', async () => {
    const res = await t.http.post(url).set(as(admin)).send({ fromVersion: 1, reason: 'Áp dụng phiên bản 2 của quy trình 1374', dryRun: false }).expect(200);
    expect(res.body).toMatchObject({ dryRun: false, movable: 2, staying: 1 });
    const after = await versions();
    expect(after.map((c) => c.machine_version)).toEqual([2, 2, 1]);
    expect(after.map((c) => c.version)).toEqual([2, 2, 1]);

    const timeline = await t.http.get(`/cases/${ids[0]}/timeline`).set(as(org.tokens.taskForce)).expect(200);
    const items = (timeline.body.items ?? timeline.body) as { type: string; label: string; machineVersion: number }[];
    expect(items.at(-1)).toMatchObject({ type: 'PROCEDURE_VERSION_MIGRATED', label: 'Chuyển sang phiên bản quy trình mới', machineVersion: 2 });
    const verify = await t.http.get(`/cases/${ids[0]}/timeline/verify`).set(as(org.tokens.auditor)).expect(200);
    expect(verify.body).toMatchObject({ ok: true, intact: true, headMatches: true, eventsChecked: 2 });

    // The moved case goes on under version 2.
    const step = await t.http.post(`/cases/${ids[0]}/events`).set(as(org.tokens.taskForce)).send({ type: 'START_SCREENING', expectedVersion: 2 });
    expect(step.status).toBe(200);

    const again = await t.http.post(url).set(as(admin)).send({ fromVersion: 1, reason: 'Chạy lại', dryRun: false }).expect(200);
    expect(again.body).toMatchObject({ movable: 0, staying: 1 });
  });
});
