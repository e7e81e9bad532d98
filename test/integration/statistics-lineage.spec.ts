// Statistics across an organisation change (issue 15): GET /statistics/quy-dinh-1374 and GET /statistics/:procedureId
// count a period's cases under the units as they were at the end of the period (view=AS_THEY_WERE, the default) or
// under today's units (view=CURRENT_UNITS). Ward A's open cases move to ward C at 00:00 on 1 October 2026 (Vietnam),
// the end of the third quarter; a closed case stays with ward A, whose records go to C (the gateway's roll-up).
import { randomUUID } from 'node:crypto';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { CaseTransferService } from '@hoso/cases/services/case-transfer.service';
import { OrgChangeGatewayRegistry } from '@hoso/cases/services/org-change.gateway';
import { Role } from '@hoso/workflows';
import { caseClient } from '../support/case-client';
import { addPerson, createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const CLASSIFY = { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } };
const Q3 = { from: '2026-07-01', to: '2026-10-01' };
/** 00:00 on 1 October 2026 in Vietnam: the end of Q3 and the instant of the transfer. */
const EFFECTIVE = new Date('2026-09-30T17:00:00.000Z');

describe('statistics across an organisation change (view=AS_THEY_WERE | CURRENT_UNITS)', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;
  let wardC: { id: string };
  const at = (day: string) => `${day}T02:00:00.000Z`;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    wardC = await t.app.get(OrgDirectoryService).createUnit({ code: 'DU-C', name: 'Đảng ủy phường C', level: 'GRASSROOTS', parentId: org.city.id });
    const tokens: Record<string, string> = { ...org.tokens };
    tokens.wardC = (await addPerson(t, 'bi-thu-c', wardC.id, [Role.SECRETARY])).token;
    c = caseClient(t, tokens);
    // The organisation library's roll-up, as it would answer after ward A merged into C (only C's lineage matters here).
    t.app.get(OrgChangeGatewayRegistry).register({
      check: async () => ({ problems: [], preview: null }),
      apply: async () => {
        throw new Error('not applied in this test');
      },
      rollupMap: async (_m, ids) => new Map(ids.map((id) => [id, id === org.wardA.id ? wardC.id : id])),
    });

    const item = (unit: string, who: string, title: string, day: string) => c.create(who, unit, registration({ title, receivedAt: at(day) }));
    await item(org.wardA.id, 'wardA', 'A: tháng 8', '2026-08-10');
    await item(org.wardA.id, 'wardA', 'A: tháng 9', '2026-09-20');
    await item(org.wardB.id, 'wardB', 'B: tháng 8', '2026-08-05');
    await item(org.wardA.id, 'wardA', 'A: tháng 10', '2026-10-10');
    // Closed before the change: it stays with ward A.
    const closed = await item(org.wardA.id, 'wardA', 'A: đã kết thúc', '2026-08-20');
    await c.send('wardA', closed, 'START_SCREENING');
    await c.send('wardA', closed, 'CLASSIFY', CLASSIFY);
    await c.send('wardA', closed, 'CLOSE_NO_BASIS', { reason: 'Không có cơ sở xem xét.' }, { separationBypassReason: 'Chi bộ chỉ có một cán bộ.' });
    // Denunciations, for GET /statistics/:procedureId.
    const denunciation = (title: string) => ({
      title, summary: 'Nội dung tố cáo cụ thể, có địa chỉ.', channel: 'LETTER', receivedByCompetentAt: at('2026-08-12'),
      handlingBody: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' }, subject: { kind: 'PERSON', name: 'Đảng viên bị tố cáo' },
    });
    for (const unit of [org.wardA.id, org.wardB.id]) {
      const res = await t.http.post('/cases').set(c.as('inspection')).send({ procedureId: 'to-cao', orgUnitId: unit, input: denunciation(`Tố cáo ${unit}`) });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    }
  });
  afterAll(() => t?.close());

  const stats = async (path: string, query: Record<string, string>, who = 'secretary') => {
    const res = await t.http.get(`/statistics/${path}`).query(query).set(c.as(who));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
    return res.body;
  };
  const units = (body: { byUnit: { code: string; total: number }[] }) => body.byUnit.map((u) => [u.code, u.total]);

  /** Ward A merges into C: its open cases move at 00:00 on 1 October; ward A ends that day. */
  async function merge() {
    const transfers = t.app.get(CaseTransferService);
    await t.dataSource.transaction(async (m) => {
      const open = await transfers.openCasesOf(m, [org.wardA.id]);
      const moved = await transfers.transfer(m, open.map((o) => ({ caseId: o.id, orgUnitId: wardC.id })), {
        changeId: randomUUID(), kind: 'ABSORB', decision: { number: '130-QĐ/TU', date: '2026-09-15', body: 'Ban Thường vụ Thành ủy' },
        effectiveDate: '2026-10-01', actorId: org.userIds.secretary, at: EFFECTIVE,
      });
      expect(moved).toBe(4);
      await m.query(`UPDATE org_unit SET valid_to = '2026-10-01' WHERE id = $1`, [org.wardA.id]);
    });
  }

  let before: Record<string, Record<string, unknown>>;

  it('before the change, both views count the same cases under the same units', async () => {
    const asTheyWere = await stats('quy-dinh-1374', Q3);
    expect(asTheyWere).toMatchObject({ view: 'AS_THEY_WERE', received: { total: 4 }, unitId: null });
    expect(asTheyWere.byUnit).toEqual([
      { unitId: org.wardA.id, code: 'DU-A', name: 'Đảng ủy phường A', total: 3 },
      { unitId: org.wardB.id, code: 'DU-B', name: 'Đảng ủy phường B', total: 1 },
    ]);
    const current = await stats('quy-dinh-1374', { ...Q3, view: 'CURRENT_UNITS' });
    expect({ ...current, view: 'AS_THEY_WERE' }).toEqual(asTheyWere);
    before = {
      q3: asTheyWere,
      q3A: await stats('quy-dinh-1374', { ...Q3, unitId: org.wardA.id }),
      toCao: await stats('to-cao', Q3),
    };
    expect(before.q3A).toMatchObject({ received: { total: 3 } });
    expect(units(before.toCao as never)).toEqual([['DU-A', 1], ['DU-B', 1]]);
  });

  it('after the change, the quarter that ended as it took effect reads the same as before in the "as they were" view', async () => {
    await merge();
    expect(await stats('quy-dinh-1374', Q3)).toEqual(before.q3);
    expect(await stats('quy-dinh-1374', { ...Q3, view: 'AS_THEY_WERE', unitId: org.wardA.id })).toEqual(before.q3A);
    expect(await stats('to-cao', Q3)).toEqual(before.toCao);
    // The successor held nothing in Q3.
    expect((await stats('quy-dinh-1374', { ...Q3, unitId: wardC.id })).received.total).toBe(0);
  });

  it('rolls the same cases up to today’s units on request, the closed case through the records successor', async () => {
    const current = await stats('quy-dinh-1374', { ...Q3, view: 'CURRENT_UNITS' });
    expect(current).toMatchObject({ view: 'CURRENT_UNITS', received: before.q3.received, byCategory: before.q3.byCategory });
    expect(current.byUnit).toEqual([
      { unitId: org.wardB.id, code: 'DU-B', name: 'Đảng ủy phường B', total: 1 },
      { unitId: wardC.id, code: 'DU-C', name: 'Đảng ủy phường C', total: 3 },
    ]);
    expect((await stats('quy-dinh-1374', { ...Q3, view: 'CURRENT_UNITS', unitId: wardC.id })).received.total).toBe(3);
    expect((await stats('quy-dinh-1374', { ...Q3, view: 'CURRENT_UNITS', unitId: org.wardA.id })).received.total).toBe(0);
    expect((await stats('quy-dinh-1374', { ...Q3, view: 'CURRENT_UNITS', unitId: org.city.id })).received.total).toBe(4);
    const toCao = await stats('to-cao', { ...Q3, view: 'CURRENT_UNITS' });
    expect(toCao).toMatchObject({ view: 'CURRENT_UNITS', total: 2, byCategory: before.toCao.byCategory, dimensions: before.toCao.dimensions });
    expect(units(toCao)).toEqual([['DU-B', 1], ['DU-C', 1]]);
  });

  it('counts a case under the unit that held it when the period ended: before the transfer instant, at it, after it', async () => {
    // Ends the day before the change: ward A.
    expect(units(await stats('quy-dinh-1374', { from: '2026-07-01', to: '2026-09-30' }))).toEqual([['DU-A', 3], ['DU-B', 1]]);
    // Ends the day after: the moved cases are C's, the closed one stays A's.
    expect(units(await stats('quy-dinh-1374', { from: '2026-07-01', to: '2026-10-02' }))).toEqual([['DU-A', 1], ['DU-B', 1], ['DU-C', 2]]);
    // The fourth quarter: the item received in October after the change is C's in both views.
    const q4 = { from: '2026-10-01', to: '2027-01-01' };
    expect(units(await stats('quy-dinh-1374', q4))).toEqual([['DU-C', 1]]);
    expect(units(await stats('quy-dinh-1374', { ...q4, view: 'CURRENT_UNITS' }))).toEqual([['DU-C', 1]]);
  });

  it('lets the successor’s people count the cases they took over, in either view', async () => {
    const asTheyWere = await stats('quy-dinh-1374', Q3, 'wardC');
    expect(asTheyWere.received.total).toBe(3);
    expect(units(asTheyWere)).toEqual([['DU-A', 3]]);
    const current = await stats('quy-dinh-1374', { ...Q3, view: 'CURRENT_UNITS' }, 'wardC');
    expect(current.received).toEqual(asTheyWere.received);
    expect(units(current)).toEqual([['DU-C', 3]]);
  });

  it.each([
    [{ ...Q3, view: 'TODAY' }, 'view'],
    [{ ...Q3, view: '' }, 'view'],
  ])('refuses %j, naming %s', async (query, field) => {
    for (const path of ['quy-dinh-1374', 'to-cao']) {
      const res = await t.http.get(`/statistics/${path}`).query(query).set(c.as('secretary'));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(res.body)).toContain(field);
    }
  });
});
