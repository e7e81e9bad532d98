// The periodic reports (issue 17 §3) reproduce, from seeded cases, the figures committees publish (changes-2026.md §6,
// seed 000 and 002): 1374 — 88 received from the four sources, 31 resolved or forwarded (not the referrals to
// discipline), 4 moved to inspection, 62 received by grassroots committees (including those assigned or forwarded down),
// 5 members disciplined as a result (2 reprimands, 1 warning, 2 expulsions); 406 admitted against a target of 400.
// Discipline, denunciations and inspections are checked category by category too, in JSON, in Excel read back with
// exceljs and in Word read back with pizzip. The cases are seeded set-based (one statement per table) with the
// snapshots, timelines and links the machines leave; the boundaries are the period's last day and the day after.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import type { Response } from 'supertest';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';
import { Role } from '@hoso/workflows';

const Q1 = { period: '2026-Q1' };
const FEB = '2026-02-10T02:00:00.000Z';
/** 00:00 on 1 April 2026 in Vietnam: the first instant after the first quarter. */
const END_Q1 = '2026-03-31T17:00:00.000Z';

type Unit = 'city' | 'wardA' | 'wardB' | 'cellA';
interface SeedEvent { type: string; at: string; payload?: Record<string, unknown> }
interface SeedCase {
  id?: string;
  procedureId: string;
  unit: Unit;
  receivedAt: string;
  tags?: Record<string, string>;
  context?: Record<string, unknown>;
  events?: SeedEvent[];
  parent?: { id: string; link: string };
}

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('periodic reports: the published figures from seeded cases, in JSON, Excel and Word', () => {
  let t: TestApp;
  let org: DemoOrg;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const unitId = (u: Unit) => org[u].id;
  /** Ids of seeded cases a later step refers to. */
  const ids: Record<string, string[]> = {};

  /** Cases, their timelines and links in three statements. */
  async function seed(cases: SeedCase[]) {
    for (const c of cases) c.id ??= randomUUID();
    const rows = cases.map((c) => ({
      id: c.id, procedure_id: c.procedureId, snapshot: { status: 'active', value: 'seeded', context: c.context ?? {} },
      tags: c.tags ?? {}, org_unit_id: unitId(c.unit), received_at: c.receivedAt, version: (c.events?.length ?? 0) + 1,
    }));
    await t.dataSource.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id, title, chain_head, created_by, received_at)
       SELECT x.id, x.procedure_id, 1, x.snapshot, 'seeded', 'OPEN', 'IN_PROGRESS', x.tags, x.version, x.org_unit_id, 'Vụ việc mẫu', repeat('0', 64), $2, x.received_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, procedure_id text, snapshot jsonb, tags jsonb, version int, org_unit_id uuid, received_at timestamptz)`,
      [JSON.stringify(rows), org.userIds.taskForce],
    );
    const events = cases.flatMap((c) =>
      [{ type: 'REGISTERED', at: c.receivedAt }, ...(c.events ?? [])].map((e, i) => ({ id: randomUUID(), case_id: c.id, seq: i + 1, type: e.type, payload: e.payload ?? {}, at: e.at })),
    );
    await t.dataSource.query(
      `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version, occurred_at, recorded_at, prev_hash, hash)
       SELECT x.id, x.case_id, x.seq, x.type, x.payload, $2, NULL, 'seeded', 1, x.at, x.at, repeat('0', 64), repeat('0', 64)
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, case_id uuid, seq int, type text, payload jsonb, at timestamptz)`,
      [JSON.stringify(events), org.userIds.taskForce],
    );
    const links = cases.filter((c) => c.parent).map((c) => ({ child: c.id, parent: c.parent!.id, link: c.parent!.link }));
    if (links.length) {
      await t.dataSource.query(
        `INSERT INTO case_link (child_case_id, parent_case_id, link, parent_seq) SELECT x.child, x.parent, x.link, 1 FROM jsonb_to_recordset($1::jsonb) AS x(child uuid, parent uuid, link text)`,
        [JSON.stringify(links)],
      );
    }
  }

  const many = (n: number, make: (i: number) => SeedCase) => Array.from({ length: n }, (_, i) => make(i));

  /** The 1374 information of the first quarter, source by source (see the expected table below). */
  function petitions(): SeedCase[] {
    const p = (source: string, unit: Unit, events: SeedEvent[] = [], receivedAt = FEB): SeedCase => ({ procedureId: 'quy-dinh-1374', unit, receivedAt, tags: { source }, events });
    const concluded: SeedEvent = { type: 'CONCLUDE', at: '2026-03-01T03:00:00.000Z', payload: { finding: 'FOUNDED' } };
    const forward = (target: string): SeedEvent => ({ type: 'FORWARD', at: '2026-02-20T03:00:00.000Z', payload: { target, bodyName: 'Cơ quan có thẩm quyền' } });
    const assign = (u: Unit, at = '2026-02-15T03:00:00.000Z'): SeedEvent => ({ type: 'ASSIGN_TO_UNIT', at, payload: { unitId: unitId(u) } });
    const noBasis: SeedEvent = { type: 'CLOSE_NO_BASIS', at: '2026-02-18T03:00:00.000Z', payload: { reason: 'Không có cơ sở' } };
    const V = 'VOTER', E = 'ELECTED_BODY', C = 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', P = 'PRESS';
    const referred = many(6, () => p(C, 'city', [concluded, { type: 'REFER_DISCIPLINE', at: '2026-03-05T03:00:00.000Z', payload: { reason: 'Có vi phạm' } }]));
    const moved = many(4, () => p(C, 'city', [{ type: 'MOVE_TO_INSPECTION', at: '2026-02-25T03:00:00.000Z', payload: { reason: 'Có dấu hiệu vi phạm' } }]));
    const lateConclusion = p(P, 'city', [{ type: 'CONCLUDE', at: END_Q1, payload: { finding: 'FOUNDED' } }]);
    const lateAssignment = p(P, 'city', [assign('wardA', '2026-04-02T03:00:00.000Z')]);
    const inProgress = many(3, () => p(P, 'city'));
    ids.referred = referred.map((c) => c.id ??= randomUUID());
    ids.moved = moved.map((c) => c.id ??= randomUUID());
    ids.lateAssignment = [(lateAssignment.id = randomUUID())];
    ids.inProgress = inProgress.map((c) => c.id ??= randomUUID());
    return [
      // VOTER (10): 6 ward A (one received at 23:59:59 on 31 March), 2 resolved by the city, 2 assigned down.
      ...many(5, () => p(V, 'wardA')), p(V, 'wardA', [], '2026-03-31T16:59:59.999Z'),
      ...many(2, () => p(V, 'city', [concluded])), ...many(2, () => p(V, 'city', [assign('wardA')])),
      // ELECTED_BODY (8): 4 resolved in ward B, 2 forwarded to a state body, 2 closed without basis.
      ...many(4, () => p(E, 'wardB', [concluded])), ...many(2, () => p(E, 'city', [forward('STATE_BODY')])), ...many(2, () => p(E, 'city', [noBasis])),
      // CITIZEN… (50): ward A 20 (8 resolved), cell A1 10 (4 without basis), ward B 8 (4 resolved), 6 concluded then
      // referred to discipline, 4 moved to inspection, 2 assigned to ward B.
      ...many(8, () => p(C, 'wardA', [concluded])), ...many(12, () => p(C, 'wardA')),
      ...many(4, () => p(C, 'cellA', [noBasis])), ...many(6, () => p(C, 'cellA')),
      ...many(4, () => p(C, 'wardB', [concluded])), ...many(4, () => p(C, 'wardB')),
      ...referred, ...moved, ...many(2, () => p(C, 'city', [assign('wardB')])),
      // PRESS (20): 4 forwarded down, 5 forwarded up, 6 assigned to ward A (2 then resolved), one assigned only in April,
      // one concluded at 00:00 on 1 April, 3 in progress.
      ...many(4, () => p(P, 'city', [forward('LOWER_COMMITTEE')])), ...many(5, () => p(P, 'city', [forward('HIGHER_COMMITTEE')])),
      ...many(2, () => p(P, 'city', [assign('wardA'), { ...concluded, at: '2026-03-10T03:00:00.000Z' }])), ...many(4, () => p(P, 'city', [assign('wardA')])),
      lateAssignment, lateConclusion, ...inProgress,
      // Outside the quarter: 00:00 on 1 April, and 23:59:59 on 31 December 2025.
      p(P, 'wardA', [], END_Q1), p(P, 'wardA', [], '2025-12-31T16:59:59.999Z'),
    ];
  }

  /** Inspections: four from the 1374 information moved to inspection, two direct, one from a denunciation. */
  function inspections(): SeedCase[] {
    const k = (origin: string, subjectKind: string, decidedAt: string | null, conclusion: { outcome: string; at: string } | null, parent?: string): SeedCase => ({
      procedureId: 'kiem-tra-dau-hieu-vi-pham', unit: 'city', receivedAt: FEB, tags: { origin, subjectKind },
      context: {
        ...(decidedAt ? { decision: { decisionRef: '15-QĐ/UBKT', decidedAt } } : {}),
        ...(conclusion ? { conclusion: { outcome: conclusion.outcome, summary: 'Kết luận', concludedAt: conclusion.at } } : {}),
      },
      ...(parent ? { parent: { id: parent, link: 'INSPECTION' } } : {}),
    });
    const decided = '2026-02-26T03:00:00.000Z';
    const list = [
      k('quy-dinh-1374', 'FULL_MEMBER', decided, { outcome: 'VIOLATION_DISCIPLINE', at: '2026-03-15T03:00:00.000Z' }, ids.moved[0]),
      k('quy-dinh-1374', 'FULL_MEMBER', decided, { outcome: 'VIOLATION_DISCIPLINE', at: '2026-03-16T03:00:00.000Z' }, ids.moved[1]),
      k('quy-dinh-1374', 'ORGANISATION', decided, { outcome: 'NO_VIOLATION', at: '2026-03-17T03:00:00.000Z' }, ids.moved[2]),
      k('quy-dinh-1374', 'PERSON', decided, { outcome: 'NO_VIOLATION', at: '2026-04-05T03:00:00.000Z' }, ids.moved[3]),
      k('DIRECT', 'ORGANISATION', null, null),
      k('DIRECT', 'FULL_MEMBER', decided, { outcome: 'VIOLATION_NO_DISCIPLINE', at: '2026-03-20T03:00:00.000Z' }),
      k('to-cao', 'PROBATIONARY_MEMBER', END_Q1, null),
    ];
    ids.inspections = list.map((c) => (c.id = randomUUID()));
    return list;
  }

  /** Discipline decided around the quarter: [form, subject, decision date, deciding level, parent]. */
  function discipline(): SeedCase[] {
    const d = (form: string, kind: string, at: string, level: string, parent?: { id: string; link: string }): SeedCase => ({
      procedureId: 'ky-luat', unit: level === 'PROVINCIAL' ? 'city' : 'wardA', receivedAt: '2025-10-01T02:00:00.000Z',
      tags: { form, subjectKind: kind },
      context: { input: { subject: { kind, name: 'Đối tượng' } }, decision: { form, body: { kind: 'STANDING_COMMITTEE', level }, ref: '1-QĐ', at }, outcome: 'DECIDED' },
      ...(parent ? { parent } : {}),
    });
    const from1374 = (i: number) => ({ id: ids.referred[i], link: 'DISCIPLINE' });
    const fromInspection = (i: number) => ({ id: ids.inspections[i], link: 'DISCIPLINE' });
    return [
      d('KHIEN_TRACH', 'FULL_MEMBER', '2026-01-15', 'GRASSROOTS', from1374(0)),
      d('KHIEN_TRACH', 'PROBATIONARY_MEMBER', '2026-03-31', 'GRASSROOTS', fromInspection(0)),
      d('CANH_CAO', 'FULL_MEMBER', '2026-02-10T03:00:00.000Z', 'PROVINCIAL', from1374(1)),
      d('KHAI_TRU', 'FULL_MEMBER', '2026-03-20', 'PROVINCIAL', fromInspection(1)),
      // 23:30 on 31 March in Vietnam: the quarter's last day.
      d('KHAI_TRU', 'FULL_MEMBER', '2026-03-31T16:30:00.000Z', 'PROVINCIAL', from1374(2)),
      // The day after the quarter, by date and by instant (00:30 on 1 April in Vietnam).
      d('KHIEN_TRACH', 'FULL_MEMBER', '2026-04-01', 'GRASSROOTS', from1374(3)),
      d('CANH_CAO', 'FULL_MEMBER', '2026-03-31T17:30:00.000Z', 'PROVINCIAL', from1374(4)),
      // An organisation disciplined from 1374 information: not a member.
      d('CANH_CAO', 'ORGANISATION', '2026-02-01', 'PROVINCIAL', from1374(5)),
      // Not from 1374.
      d('KHIEN_TRACH', 'FULL_MEMBER', '2026-02-15', 'CELL'),
    ];
  }

  /** An inspection and supervision plan with three items, and an item outside any plan. */
  function plans(): SeedCase[] {
    const adopted = (year: number, meetingDate: string, receivedAt: string): SeedCase => ({
      id: randomUUID(), procedureId: 'ke-hoach-kiem-tra-giam-sat', unit: 'wardA', receivedAt, tags: { year: String(year) },
      context: { input: { year }, adoption: { meetingDate, by: 'MINUTES', text: 'Chi bộ thông qua', at: receivedAt } },
    });
    const plan = adopted(2026, '2026-01-15', FEB);
    const item = (kind: string, subject: string, conclusion: { outcome: string; at: string } | null, parent = true): SeedCase => ({
      procedureId: 'kiem-tra-giam-sat-chuyen-de', unit: 'wardA', receivedAt: FEB, tags: { kind, subject },
      context: conclusion ? { conclusion } : {},
      ...(parent ? { parent: { id: plan.id!, link: 'INSPECTION' } } : {}),
    });
    return [
      plan,
      // Next year's plan adopted on the quarter's last day; one adopted the day after.
      adopted(2027, '2026-03-31', '2025-12-20T02:00:00.000Z'), adopted(2026, '2026-04-01', END_Q1),
      item('INSPECTION', 'MEMBER', { outcome: 'NO_VIOLATION', at: '2026-03-20' }),
      item('THEMATIC_SUPERVISION', 'ORGANISATION', { outcome: 'SHORTCOMINGS_TO_CORRECT', at: '2026-03-31T10:00:00.000Z' }),
      item('REGULAR_SUPERVISION', 'MEMBER', { outcome: 'NO_VIOLATION', at: '2026-04-01' }),
      item('REGULAR_SUPERVISION', 'ORGANISATION', { outcome: 'NO_VIOLATION', at: '2026-03-10' }, false),
    ];
  }

  function denunciations(): SeedCase[] {
    const accept: SeedEvent = { type: 'ACCEPT', at: '2026-02-12T03:00:00.000Z', payload: { decisionRef: '2-QĐ', decidedAt: '2026-02-12' } };
    const conclude = (outcome: string, at = '2026-03-10T03:00:00.000Z'): SeedEvent => ({ type: 'CONCLUDE', at, payload: { outcome } });
    const refuse = (type: string, reason: string): SeedEvent => ({ type, at: '2026-02-12T03:00:00.000Z', payload: { reason, note: 'Không đủ điều kiện' } });
    const c = (events: SeedEvent[]): SeedCase => ({ procedureId: 'to-cao', unit: 'city', receivedAt: FEB, events });
    return [
      c([accept, conclude('TRUE')]), c([accept, conclude('TRUE')]), c([accept, conclude('PARTLY_TRUE')]),
      c([accept, { type: 'WITHDRAW', at: '2026-03-01T03:00:00.000Z', payload: { withdrawnAt: '2026-03-01' } }]),
      c([accept, conclude('FALSE', '2026-04-02T03:00:00.000Z')]),
      c([refuse('NOT_ACCEPT', 'ANONYMOUS')]), c([refuse('NOT_ACCEPT', 'ANONYMOUS')]), c([refuse('NOT_ACCEPT', 'NOT_CONCRETE')]),
      c([refuse('USE_AS_INFORMATION', 'ANONYMOUS')]),
      c([{ type: 'TRANSFER', at: '2026-02-12T03:00:00.000Z', payload: { target: 'STATE_BODY' } }]),
      c([]), c([]),
    ];
  }

  /** Admissions dated by their decision (all listed in 2025): 406 admitted in 2026, 101 of them in the first quarter. */
  function admissions(): SeedCase[] {
    const a = (n: number, unit: Unit, decisionDate: string, admitted = true) =>
      many(n, () => ({
        procedureId: 'ket-nap-dang-vien', unit, receivedAt: '2025-11-01T02:00:00.000Z',
        context: { admissionDecision: { admitted, decisionDate, committee: 'Ban Thường vụ', decidedBy: 'x' } },
      }));
    return [
      ...a(100, 'cellA', '2026-02-15'), ...a(1, 'wardA', '2026-03-31'), ...a(1, 'wardA', '2026-04-01'), ...a(147, 'wardA', '2026-07-20'),
      ...a(1, 'wardA', '2026-12-31'), ...a(150, 'wardB', '2026-09-09'), ...a(6, 'city', '2026-05-10'),
      ...a(3, 'wardA', '2026-05-05', false), ...a(1, 'wardB', '2027-01-01'),
      { procedureId: 'ket-nap-dang-vien', unit: 'wardA', receivedAt: '2026-02-01T02:00:00.000Z', context: {} },
    ];
  }

  /**
   * Political-standard verifications (restricted files named to the office only), by [purpose, conclusions in order]:
   * in the quarter 7 dossiers — one concluded on its last day, one asked the higher level then concluded, one still
   * waiting for the higher level; one concluded the day after, one asked in March and concluded in April.
   */
  function verifications(): SeedCase[] {
    const v = (unit: Unit, purpose: string, ...conclusions: [string, string][]): SeedCase => ({
      procedureId: 'tham-tra-tieu-chuan-chinh-tri', unit, receivedAt: '2025-12-01T02:00:00.000Z', tags: { purpose },
      context: { request: { purpose, fullName: 'Người được thẩm tra' }, conclusions: conclusions.map(([concludedOn, outcome]) => ({ concludedOn, outcome, documentRef: '1-KL' })) },
    });
    const list = [
      v('city', 'CADRE_PLANNING', ['2026-03-31', 'MEETS']), v('city', 'CADRE_PLANNING', ['2026-02-10', 'MEETS']), v('wardA', 'CADRE_PLANNING', ['2026-02-10', 'MEETS']),
      v('wardA', 'ADMISSION', ['2026-01-05', 'DOES_NOT_MEET']),
      v('wardA', 'APPOINTMENT', ['2026-03-01', 'NEEDS_HIGHER_OPINION']),
      v('city', 'NOMINATION', ['2026-02-01', 'NEEDS_HIGHER_OPINION'], ['2026-03-15', 'MEETS']),
      v('city', 'CADRE_PLANNING', ['2026-04-01', 'MEETS']),
      v('cellA', 'APPOINTMENT', ['2026-03-20', 'NEEDS_HIGHER_OPINION'], ['2026-04-03', 'DOES_NOT_MEET']),
      v('city', 'ADMISSION'),
    ];
    ids.verifications = list.map((c) => (c.id = randomUUID()));
    return list;
  }

  /** Committee fillings ended around the quarter: [outcome, date it ended, posts]. */
  function fillings(): SeedCase[] {
    const f = (unit: Unit, outcome: string | null, on: string, posts: string[]): SeedCase => {
      const registration = { level: 'GRASSROOTS', posts: [...new Set(posts)].map((post) => ({ post, count: posts.filter((p) => p === post).length })) };
      const context: Record<string, unknown> = { registration, ...(outcome ? { outcome } : {}) };
      if (outcome === 'DESIGNATED' || outcome === 'ELECTED') {
        Object.assign(context, { decision: { method: outcome === 'ELECTED' ? 'ELECTION' : 'DESIGNATION', date: on }, filled: { on, members: posts.map((post) => ({ post, fullName: 'Cấp ủy viên' })) } });
      }
      if (outcome === 'NOT_AGREED') context.refusal = { decidedOn: on, reason: 'Chưa phù hợp' };
      if (outcome === 'WITHDRAWN') context.withdrawal = { withdrawnOn: on, reason: 'Dừng đề nghị' };
      return { procedureId: 'bo-sung-cap-uy', unit, receivedAt: '2025-11-01T02:00:00.000Z', context };
    };
    return [
      f('wardA', 'DESIGNATED', '2026-03-31', ['COMMITTEE_MEMBER', 'STANDING_MEMBER']),
      f('wardB', 'ELECTED', '2026-02-20', ['DEPUTY_SECRETARY']),
      f('wardA', 'NOT_AGREED', '2026-03-10', ['COMMITTEE_MEMBER', 'COMMITTEE_MEMBER']),
      f('wardB', 'WITHDRAWN', '2026-01-20', ['SECRETARY']),
      f('wardA', 'DESIGNATED', '2026-04-01', ['COMMITTEE_MEMBER']),
      f('wardA', null, '', ['COMMITTEE_MEMBER']),
    ];
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    Object.assign(tokens, org.tokens);
    tokens.cellSecretary = (await addPerson(t, 'bi-thu-chi-bo', org.cellA.id, [Role.SECRETARY])).token;
    const first = petitions();
    await seed(first);
    const inspected = inspections();
    await seed(inspected);
    await seed([...discipline(), ...denunciations(), ...admissions(), ...plans(), ...verifications(), ...fillings()]);
    // The verifications are restricted files named to the office only (as nameRestrictedParticipants leaves them).
    await t.dataSource.query(`UPDATE "case" SET restricted = true WHERE id = ANY($1::uuid[])`, [ids.verifications]);
    await t.dataSource.query(
      `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by)
       SELECT gen_random_uuid(), x, 'PARTICIPANT', $2, NULL, 'Được chỉ định khi lập hồ sơ mật', $2 FROM unnest($1::uuid[]) AS x`,
      [ids.verifications, org.userIds.office],
    );
  });
  afterAll(() => t?.close());

  const report = async (key: string, query: Record<string, string>, who = 'secretary') => {
    const res = await t.http.get(`/reports/${key}`).query(query).set(as(who));
    expect({ status: res.status, code: res.body.code, message: res.body.message }).toEqual({ status: 200, code: undefined, message: undefined });
    return res.body as { tables: { key: string; columns: { key: string }[]; rows: { key: string; label: string; values: Record<string, number | null> }[]; notes: string[] }[] } & Record<string, unknown>;
  };
  /** A table as { rowKey: { columnKey: value } }. */
  const figures = (body: Awaited<ReturnType<typeof report>>, table: string) =>
    Object.fromEntries(body.tables.find((x) => x.key === table)!.rows.map((r) => [r.key, r.values]));

  const cityQ1 = () => ({ ...Q1, unitId: unitId('city') });
  const EXPECTED_1374 = {
    VOTER: { received: 10, resolvedOrForwarded: 2, movedToInspection: 0, grassroots: 8 },
    ELECTED_BODY: { received: 8, resolvedOrForwarded: 6, movedToInspection: 0, grassroots: 4 },
    CITIZEN_PETITION_COMPLAINT_DENUNCIATION: { received: 50, resolvedOrForwarded: 12, movedToInspection: 4, grassroots: 40 },
    PRESS: { received: 20, resolvedOrForwarded: 11, movedToInspection: 0, grassroots: 10 },
    // The published figures.
    TOTAL: { received: 88, resolvedOrForwarded: 31, movedToInspection: 4, grassroots: 62 },
  };
  const EXPECTED_1374_DISCIPLINE = { KHIEN_TRACH: { members: 2 }, CANH_CAO: { members: 1 }, CACH_CHUC: { members: 0 }, KHAI_TRU: { members: 2 }, TOTAL: { members: 5 } };

  it('lists the reports with their Vietnamese titles', async () => {
    const res = await t.http.get('/reports').set(as('auditor')).expect(200);
    expect(res.body.map((r: { key: string }) => r.key)).toEqual(['quy-dinh-1374', 'ky-luat', 'to-cao', 'kiem-tra-giam-sat', 'ket-nap-dang-vien', 'tham-tra-tieu-chuan-chinh-tri', 'bo-sung-cap-uy']);
    expect(res.body[0].title).toBe('Báo cáo kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU');
  });

  let q1374: Awaited<ReturnType<typeof report>>;

  it('1374: the quarter reads 88 received, 31 resolved or forwarded, 4 moved to inspection, 62 at grassroots, 5 members disciplined', async () => {
    q1374 = await report('quy-dinh-1374', cityQ1());
    expect(q1374).toMatchObject({
      key: 'quy-dinh-1374',
      unit: { id: unitId('city'), name: 'Thành ủy', parentName: null },
      period: { code: '2026-Q1', label: 'Quý I năm 2026', from: '2026-01-01', to: '2026-04-01', lastDay: '2026-03-31' },
      view: 'AS_THEY_WERE',
    });
    expect(figures(q1374, 'by-source')).toEqual(EXPECTED_1374);
    expect(figures(q1374, 'discipline')).toEqual(EXPECTED_1374_DISCIPLINE);
    // The same period by dates ([from, to)), and with no unit: the caller's highest unit.
    const byDates = await report('quy-dinh-1374', { from: '2026-01-01', to: '2026-04-01' });
    expect(byDates.tables).toEqual(q1374.tables);
    expect(byDates.period).toMatchObject({ code: null, label: 'Từ ngày 01/01/2026 đến ngày 31/03/2026' });
  });

  it('counts what happened on the quarter’s last day, not the day after (receipt, decision, outcome, assignment)', async () => {
    const q2 = await report('quy-dinh-1374', { period: '2026-Q2', unitId: unitId('city') });
    // Received at 00:00 on 1 April; the two discipline decisions of 1 April (a reprimand, a warning).
    expect(figures(q2, 'by-source').TOTAL).toEqual({ received: 1, resolvedOrForwarded: 0, movedToInspection: 0, grassroots: 1 });
    expect(figures(q2, 'discipline')).toEqual({ KHIEN_TRACH: { members: 1 }, CANH_CAO: { members: 1 }, CACH_CHUC: { members: 0 }, KHAI_TRU: { members: 0 }, TOTAL: { members: 2 } });
    // Over the half-year the Q1 items concluded at 00:00 on 1 April and assigned down on 2 April count as well.
    const h1 = await report('quy-dinh-1374', { period: '2026-H1', unitId: unitId('city') });
    expect(figures(h1, 'by-source').PRESS).toEqual({ received: 21, resolvedOrForwarded: 12, movedToInspection: 0, grassroots: 12 });
  });

  it('reads a past quarter the same after later steps on its cases', async () => {
    const [resolved, assigned] = ids.inProgress;
    await t.dataSource.query(
      `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, to_state, machine_version, occurred_at, recorded_at, prev_hash, hash)
       VALUES ($1, $3, 2, 'CONCLUDE', '{}', $5, 'concluded', 1, '2026-05-04T03:00:00Z', now(), repeat('0', 64), repeat('0', 64)),
              ($2, $4, 2, 'ASSIGN_TO_UNIT', $6, $5, 'assignedToUnit', 1, '2026-05-04T03:00:00Z', now(), repeat('0', 64), repeat('0', 64))`,
      [randomUUID(), randomUUID(), resolved, assigned, org.userIds.secretary, JSON.stringify({ unitId: unitId('wardB') })],
    );
    const again = await report('quy-dinh-1374', cityQ1());
    expect(again.tables).toEqual(q1374.tables);
    const h1 = await report('quy-dinh-1374', { period: '2026-H1', unitId: unitId('city') });
    expect(figures(h1, 'by-source').PRESS).toEqual({ received: 21, resolvedOrForwarded: 13, movedToInspection: 0, grassroots: 13 });
  });

  it('discipline by form and subject, and by the deciding level', async () => {
    const body = await report('ky-luat', cityQ1());
    expect(figures(body, 'by-subject')).toEqual({
      KHIEN_TRACH: { FULL_MEMBER: 2, PROBATIONARY_MEMBER: 1, ORGANISATION: 0, TOTAL: 3 },
      CANH_CAO: { FULL_MEMBER: 1, PROBATIONARY_MEMBER: 0, ORGANISATION: 1, TOTAL: 2 },
      CACH_CHUC: { FULL_MEMBER: 0, PROBATIONARY_MEMBER: 0, ORGANISATION: 0, TOTAL: 0 },
      KHAI_TRU: { FULL_MEMBER: 2, PROBATIONARY_MEMBER: 0, ORGANISATION: 0, TOTAL: 2 },
      GIAI_TAN: { FULL_MEMBER: 0, PROBATIONARY_MEMBER: 0, ORGANISATION: 0, TOTAL: 0 },
      TOTAL: { FULL_MEMBER: 5, PROBATIONARY_MEMBER: 1, ORGANISATION: 1, TOTAL: 7 },
    });
    const byLevel = figures(body, 'by-level');
    expect(byLevel.KHIEN_TRACH).toMatchObject({ GRASSROOTS: 2, CELL: 1, PROVINCIAL: 0, TOTAL: 3 });
    expect(byLevel.TOTAL).toMatchObject({ PROVINCIAL: 4, GRASSROOTS: 2, CELL: 1, TOTAL: 7 });
  });

  it('denunciations by admissibility (and why not) and by outcome', async () => {
    const body = await report('to-cao', cityQ1());
    const a = figures(body, 'admissibility');
    expect(a).toMatchObject({
      RECEIVED: { letters: 12 }, ACCEPTED: { letters: 5 }, NOT_ACCEPTED: { letters: 4 }, ANONYMOUS: { letters: 3 }, NOT_CONCRETE: { letters: 1 },
      IMPERSONATED: { letters: 0 }, USED_AS_INFORMATION: { letters: 1 }, TRANSFERRED: { letters: 1 }, PENDING: { letters: 2 },
    });
    expect(figures(body, 'outcome')).toEqual({
      TRUE: { letters: 2 }, PARTLY_TRUE: { letters: 1 }, FALSE: { letters: 0 }, WITHDRAWN: { letters: 1 }, IN_PROGRESS: { letters: 1 }, TOTAL: { letters: 5 },
    });
  });

  it('inspections by subject, conclusion and origin; plans counted as zero until their procedure exists', async () => {
    const body = await report('kiem-tra-giam-sat', cityQ1());
    expect(figures(body, 'inspections')).toEqual({
      PROPOSED: { organisations: 2, members: 5, TOTAL: 7 },
      OPENED: { organisations: 1, members: 4, TOTAL: 5 },
      CONCLUDED: { organisations: 1, members: 3, TOTAL: 4 },
      NO_VIOLATION: { organisations: 1, members: 0, TOTAL: 1 },
      VIOLATION_NO_DISCIPLINE: { organisations: 0, members: 1, TOTAL: 1 },
      VIOLATION_DISCIPLINE: { organisations: 0, members: 2, TOTAL: 2 },
    });
    expect(figures(body, 'inspections-by-origin')).toEqual({
      'quy-dinh-1374': { inspections: 4 }, 'to-cao': { inspections: 1 }, DIRECT: { inspections: 2 }, TOTAL: { inspections: 7 },
    });
    const plans = figures(body, 'plans');
    const procedures = (await t.http.get('/procedures').set(as('secretary')).expect(200)).body as { id: string }[];
    if (procedures.some((p) => p.id === 'ke-hoach-kiem-tra-giam-sat')) {
      // One plan; its three items by kind and conclusion (the one concluded on 1 April still open at the quarter's end);
      // an item opened without a plan is not the plan's.
      expect(plans.PLANS.count).toBe(1);
      expect(plans.INSPECTION).toMatchObject({ NO_VIOLATION: 1, PENDING: 0, count: 1 });
      expect(plans.THEMATIC_SUPERVISION).toMatchObject({ SHORTCOMINGS_TO_CORRECT: 1, PENDING: 0, count: 1 });
      expect(plans.REGULAR_SUPERVISION).toMatchObject({ NO_VIOLATION: 0, PENDING: 1, count: 1 });
      expect(plans.CHILDREN).toMatchObject({ NO_VIOLATION: 1, SHORTCOMINGS_TO_CORRECT: 1, PENDING: 1, count: 3 });
      expect(figures(body, 'plan-items-by-subject')).toEqual({
        INSPECTION: { MEMBER: 1, ORGANISATION: 0, TOTAL: 1 },
        REGULAR_SUPERVISION: { MEMBER: 1, ORGANISATION: 0, TOTAL: 1 },
        THEMATIC_SUPERVISION: { MEMBER: 0, ORGANISATION: 1, TOTAL: 1 },
        TOTAL: { MEMBER: 2, ORGANISATION: 1, TOTAL: 3 },
      });
      // Adopted on 15 January (this year's) and on 31 March (next year's); the one adopted on 1 April is the next quarter's.
      expect(figures(body, 'plans-adopted')).toEqual({ '2026': { plans: 1 }, '2027': { plans: 1 }, TOTAL: { plans: 2 } });
      const q2 = await report('kiem-tra-giam-sat', { period: '2026-Q2', unitId: unitId('city') });
      expect(figures(q2, 'plans-adopted')).toEqual({ '2026': { plans: 1 }, TOTAL: { plans: 1 } });
    } else {
      expect([plans.PLANS, plans.CHILDREN]).toEqual([{ count: 0 }, { count: 0 }]);
      expect(body.tables.find((x) => x.key === 'plans')!.notes.join(' ')).toContain('chưa có quy trình kế hoạch kiểm tra, giám sát');
    }
  });

  describe('political-standard verifications: restricted files, counted for the unit without showing any', () => {
    const EXPECTED_Q1 = {
      ADMISSION: { MEETS: 0, DOES_NOT_MEET: 1, NEEDS_HIGHER_OPINION: 0, TOTAL: 1 },
      CADRE_PLANNING: { MEETS: 3, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 0, TOTAL: 3 },
      APPOINTMENT: { MEETS: 0, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 2, TOTAL: 2 },
      NOMINATION: { MEETS: 1, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 0, TOTAL: 1 },
      TOTAL: { MEETS: 4, DOES_NOT_MEET: 1, NEEDS_HIGHER_OPINION: 2, TOTAL: 7 },
    };

    it('counts conclusions by purpose and outcome on the conclusion’s date: the last day counts, the next day does not', async () => {
      const q1 = await report('tham-tra-tieu-chuan-chinh-tri', cityQ1(), 'office');
      expect(figures(q1, 'conclusions')).toEqual(EXPECTED_Q1);
      const q2 = await report('tham-tra-tieu-chuan-chinh-tri', { period: '2026-Q2', unitId: unitId('city') }, 'office');
      expect(figures(q2, 'conclusions').TOTAL).toEqual({ MEETS: 1, DOES_NOT_MEET: 1, NEEDS_HIGHER_OPINION: 0, TOTAL: 2 });
      expect(figures(q2, 'conclusions').CADRE_PLANNING).toEqual({ MEETS: 1, DOES_NOT_MEET: 0, NEEDS_HIGHER_OPINION: 0, TOTAL: 1 });
    });

    it('gives the unit’s unnamed secretary the same counts as the named officer, without a file; 403 outside the unit', async () => {
      // The secretary is not named on the files: they stay hidden from them one by one.
      const file = await t.http.get(`/cases/${ids.verifications[0]}`).set(as('secretary'));
      expect(file.status).toBe(404);
      const named = await report('tham-tra-tieu-chuan-chinh-tri', cityQ1(), 'office');
      const unnamed = await report('tham-tra-tieu-chuan-chinh-tri', cityQ1(), 'secretary');
      expect(unnamed.tables).toEqual(named.tables);
      const text = JSON.stringify(unnamed);
      for (const id of ids.verifications) expect(text).not.toContain(id);
      expect(text).not.toContain('Người được thẩm tra');
      expect((unnamed.notes as string[]).join(' ')).toContain('hồ sơ mật');
      // Ward A's secretary reads ward A's subtree (cell A1 included): 4 in the quarter.
      const ward = await report('tham-tra-tieu-chuan-chinh-tri', { ...Q1, unitId: unitId('wardA') }, 'wardA');
      expect(figures(ward, 'conclusions').TOTAL).toEqual({ MEETS: 1, DOES_NOT_MEET: 1, NEEDS_HIGHER_OPINION: 2, TOTAL: 4 });
      const outside = await t.http.get('/reports/tham-tra-tieu-chuan-chinh-tri').query(cityQ1()).set(as('wardB'));
      expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    });

    it('writes the same figures to Excel', async () => {
      const res = await t.http.get('/reports/tham-tra-tieu-chuan-chinh-tri').query({ ...cityQ1(), format: 'xlsx' }).set(as('secretary')).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as never);
      const ws = wb.worksheets[0];
      const cells = (n: number) => Array.from((ws.getRow(n).values as unknown[]).slice(1), (v) => v ?? null);
      expect(cells(7)).toEqual(['STT', 'Mục đích thẩm tra', 'Đủ tiêu chuẩn chính trị', 'Không đủ tiêu chuẩn chính trị', 'Cần xin ý kiến cấp trên', 'Cộng']);
      expect(cells(9)).toEqual([2, 'Quy hoạch cán bộ', 3, 0, 0, 3]);
      expect(cells(12)).toEqual([null, 'Cộng', 4, 1, 2, 7]);
      const doc = await t.http.get('/reports/tham-tra-tieu-chuan-chinh-tri').query({ ...cityQ1(), format: 'docx' }).set(as('secretary')).buffer(true).parse(binary);
      expect(doc.status).toBe(200);
      const xml = new PizZip(doc.body as Buffer).file('word/document.xml')!.asText();
      expect(xml).toContain('Quy hoạch cán bộ');
      expect(xml).not.toContain('Người được thẩm tra');
    });
  });

  it('committee filling: people by post and outcome on the date each ended, in JSON and Excel', async () => {
    const body = await report('bo-sung-cap-uy', cityQ1());
    expect(figures(body, 'by-post')).toEqual({
      COMMITTEE_MEMBER: { DESIGNATED: 1, ELECTED: 0, NOT_AGREED: 2, WITHDRAWN: 0, TOTAL: 3 },
      STANDING_MEMBER: { DESIGNATED: 1, ELECTED: 0, NOT_AGREED: 0, WITHDRAWN: 0, TOTAL: 1 },
      DEPUTY_SECRETARY: { DESIGNATED: 0, ELECTED: 1, NOT_AGREED: 0, WITHDRAWN: 0, TOTAL: 1 },
      SECRETARY: { DESIGNATED: 0, ELECTED: 0, NOT_AGREED: 0, WITHDRAWN: 1, TOTAL: 1 },
      TOTAL: { DESIGNATED: 2, ELECTED: 1, NOT_AGREED: 2, WITHDRAWN: 1, TOTAL: 6 },
    });
    expect(figures(body, 'by-outcome')).toEqual({
      DESIGNATED: { proposals: 1 }, ELECTED: { proposals: 1 }, NOT_AGREED: { proposals: 1 }, WITHDRAWN: { proposals: 1 }, TOTAL: { proposals: 4 },
    });
    // Designated on 1 April: the second quarter's.
    const q2 = await report('bo-sung-cap-uy', { period: '2026-Q2', unitId: unitId('city') });
    expect(figures(q2, 'by-post').TOTAL).toEqual({ DESIGNATED: 1, ELECTED: 0, NOT_AGREED: 0, WITHDRAWN: 0, TOTAL: 1 });
    const res = await t.http.get('/reports/bo-sung-cap-uy').query({ ...cityQ1(), format: 'xlsx' }).set(as('secretary')).buffer(true).parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const cells = (n: number) => Array.from((wb.worksheets[0].getRow(n).values as unknown[]).slice(1), (v) => v ?? null);
    expect(cells(8)).toEqual([1, 'Cấp ủy viên', 1, 0, 2, 0, 3]);
    expect(cells(12)).toEqual([null, 'Cộng', 2, 1, 2, 1, 6]);
  });

  describe('admission against targets', () => {
    const target = (who: string, body: Record<string, unknown>) => t.http.post('/report-targets').set(as(who)).send({ year: 2026, indicator: 'ADMISSIONS', ...body });

    it('the committee office sets targets as versioned data; a change needs a reason; others may not', async () => {
      const city = await target('office', { orgUnitId: unitId('city'), value: 400, basis: 'Nghị quyết Đại hội Đảng bộ Thành phố nhiệm kỳ 2025–2030' });
      expect({ status: city.status, body: city.body }).toMatchObject({ status: 201, body: { version: 1, value: 400, setByName: 'Người dùng office', earlier: [] } });
      await target('office', { orgUnitId: unitId('wardA'), value: 250, basis: 'Kế hoạch 12-KH/TU' }).expect(201);
      const noReason = await target('office', { orgUnitId: unitId('wardA'), value: 240, basis: 'Kế hoạch 12-KH/TU' });
      expect({ status: noReason.status, code: noReason.body.code, fields: noReason.body.details?.fields?.map((f: { field: string }) => f.field) }).toEqual({
        status: 400, code: 'VALIDATION_FAILED', fields: ['reason'],
      });
      await target('office', { orgUnitId: unitId('wardA'), value: 240, basis: 'Kế hoạch 12-KH/TU', reason: 'Điều chỉnh theo Thông báo 30-TB/TU' }).expect(201);
      // A ward's secretary is neither the office nor an administrator; ward B cannot reach the city.
      const ward = await target('wardA', { orgUnitId: unitId('wardA'), value: 1, basis: 'Tự đặt' });
      expect({ status: ward.status, code: ward.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });
      const outside = await target('wardB', { orgUnitId: unitId('city'), value: 1, basis: 'Tự đặt' });
      expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      for (const bad of [{ value: -1 }, { value: 1.5 }, { year: 1800 }, { indicator: 'NEW_CELLS' }, { basis: '' }]) {
        const res = await target('office', { orgUnitId: unitId('city'), value: 400, basis: 'Căn cứ', ...bad });
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      }
      const list = (await t.http.get('/report-targets').query({ year: 2026 }).set(as('auditor')).expect(200)).body.items;
      expect(list.map((i: { unitCode: string; value: number; version: number; earlier: { value: number }[] }) => [i.unitCode, i.value, i.version, i.earlier.map((e) => e.value)])).toEqual([
        ['DU-A', 240, 2, [250]],
        ['TU', 400, 1, []],
      ]);
    });

    it('counts admissions by the decision date: 406 against 400 in 2026, per unit, and the quarter’s boundary', async () => {
      const year = await report('ket-nap-dang-vien', { period: '2026', unitId: unitId('city') });
      expect(figures(year, 'admissions')).toEqual({
        [unitId('wardA')]: { target: 240, admitted: 250, percent: 104.17, notAdmitted: 3 },
        [unitId('wardB')]: { target: null, admitted: 150, percent: null, notAdmitted: 0 },
        OWN: { target: null, admitted: 6, percent: null, notAdmitted: 0 },
        TOTAL: { target: 400, admitted: 406, percent: 101.5, notAdmitted: 3 },
      });
      expect(year.tables[0].rows.at(-1)!.label).toBe('Toàn Thành ủy');
      expect(year.tables[0].notes.join(' ')).toContain('Chỉ tiêu của Thành ủy: 400 đảng viên (căn cứ: Nghị quyết Đại hội');
      // 100 on 15 February in cell A1 and one on 31 March; the one of 1 April belongs to the second quarter.
      const q1 = await report('ket-nap-dang-vien', cityQ1());
      expect(figures(q1, 'admissions').TOTAL).toEqual({ target: 400, admitted: 101, percent: 25.25, notAdmitted: 0 });
      const wardA = await report('ket-nap-dang-vien', { ...Q1, unitId: unitId('wardA') }, 'wardA');
      expect(figures(wardA, 'admissions')).toEqual({
        [unitId('cellA')]: { target: null, admitted: 100, percent: null, notAdmitted: 0 },
        OWN: { target: null, admitted: 1, percent: null, notAdmitted: 0 },
        TOTAL: { target: 240, admitted: 101, percent: 42.08, notAdmitted: 0 },
      });
    });
  });

  it('writes the Excel workbook: a sheet per table, the unit and period on top, a bold header, numbers as numbers', async () => {
    const res = await t.http.get('/reports/quy-dinh-1374').query({ ...cityQ1(), format: 'xlsx' }).set(as('secretary')).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo 1374 - Quý I năm 2026 - Thành ủy.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['1. Tiếp nhận và kết quả xử lý t', '2. Đảng viên bị kỷ luật qua thô']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('BÁO CÁO KẾT QUẢ TIẾP NHẬN, XỬ LÝ THÔNG TIN PHẢN ÁNH THEO QUY ĐỊNH 1374-QĐ/TU');
    expect(ws.getCell('A3').value).toBe('Đơn vị: Thành ủy');
    expect(ws.getCell('A4').value).toBe('Kỳ báo cáo: Quý I năm 2026 (từ ngày 01/01/2026 đến ngày 31/03/2026)');
    const header = ws.getRow(7);
    expect(header.values).toEqual([undefined, 'STT', 'Nguồn thông tin', 'Số thông tin tiếp nhận', 'Đã giải quyết hoặc chuyển cơ quan có thẩm quyền',
      'Chuyển kiểm tra khi có dấu hiệu vi phạm', 'Cấp ủy cơ sở tiếp nhận (kể cả chuyển xuống)']);
    expect(header.getCell(2).font?.bold).toBe(true);
    const cells = (sheet: ExcelJS.Worksheet, n: number) => Array.from((sheet.getRow(n).values as unknown[]).slice(1), (v) => v ?? null);
    const rows = [8, 9, 10, 11, 12].map((n) => cells(ws, n));
    expect(rows[3]).toEqual([4, 'Thông tin phản ánh của báo chí', 20, 11, 0, 10]);
    expect(rows[4]).toEqual([null, 'Cộng', 88, 31, 4, 62]);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(30);
    expect(cells(wb.worksheets[1], 12)).toEqual([null, 'Cộng', 5]);
  });

  it('writes the Word report in the Party layout, with the same figures', async () => {
    const res = await t.http.get('/reports/quy-dinh-1374').query({ ...cityQ1(), format: 'docx', place: 'TP. Hồ Chí Minh' }).set(as('secretary')).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo 1374 - Quý I năm 2026 - Thành ủy.docx'));
    const xml = new PizZip(res.body as Buffer).file('word/document.xml')!.asText();
    const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const all = text(xml);
    for (const s of ['THÀNH ỦY', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'TP. Hồ Chí Minh, ngày', 'BÁO CÁO',
      'Kết quả tiếp nhận, xử lý thông tin phản ánh theo Quy định 1374-QĐ/TU quý I năm 2026', 'T/M BAN THƯỜNG VỤ', 'Nơi nhận:']) {
      expect(all).toContain(s);
    }
    expect(all).not.toMatch(/\{[#/@]?[a-zA-Z.]+\}/);
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [^>]*>[\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => text(c[0])),
    );
    expect(rows).toContainEqual(['4', 'Thông tin phản ánh của báo chí', '20', '11', '0', '10']);
    expect(rows).toContainEqual(['', 'Cộng', '88', '31', '4', '62']);
    expect(rows).toContainEqual(['', 'Cộng', '5']);
    expect(rows).toContainEqual(['1', 'Khiển trách', '2']);
    expect(rows).toContainEqual(['4', 'Khai trừ', '2']);
  });

  it('admission in Word: a cell signs for the cell, percentages with a decimal comma', async () => {
    const year = await t.http.get('/reports/ket-nap-dang-vien').query({ period: '2026', unitId: unitId('city'), format: 'docx' }).set(as('secretary')).buffer(true).parse(binary);
    const xml = new PizZip(year.body as Buffer).file('word/document.xml')!.asText();
    expect(xml).toContain('101,50');
    expect(xml).toContain('……………, ngày');
    const cell = await t.http.get('/reports/ket-nap-dang-vien').query({ period: '2026', unitId: unitId('cellA'), format: 'docx' }).set(as('cellSecretary')).buffer(true).parse(binary);
    expect(cell.status).toBe(200);
    const cellXml = new PizZip(cell.body as Buffer).file('word/document.xml')!.asText();
    expect(cellXml).toContain('T/M CHI BỘ');
    expect(cellXml).toContain('ĐẢNG ỦY PHƯỜNG A');
  });

  it('shows a unit only to people in its scope (403), and counts only its subtree', async () => {
    const outside = await t.http.get('/reports/quy-dinh-1374').query(cityQ1()).set(as('wardB'));
    expect({ status: outside.status, code: outside.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(outside.body.message).toContain('ngoài phạm vi');
    const file = await t.http.get('/reports/quy-dinh-1374').query({ ...cityQ1(), format: 'docx' }).set(as('wardA'));
    expect(file.status).toBe(403);
    const own = await report('quy-dinh-1374', { ...Q1, unitId: unitId('wardB') }, 'wardB');
    // Ward B's own 12 (the items the city assigned to it count in the city's report, as received at grassroots).
    expect(figures(own, 'by-source').TOTAL).toEqual({ received: 12, resolvedOrForwarded: 8, movedToInspection: 0, grassroots: 12 });
    const none = await t.http.get('/reports/quy-dinh-1374').query(Q1).set(as('noRole'));
    expect({ status: none.status, code: none.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it.each([
    [{ period: '2026-Q5' }, 400, 'period', 'quý'],
    [{ period: '2026-13' }, 400, 'period', 'tháng'],
    [{ period: 'Q1-2026' }, 400, 'period', 'năm'],
    [{ period: '2026-Q1', from: '2026-01-01', to: '2026-04-01' }, 400, 'period', 'một cách'],
    [{ from: '2026-01-01' }, 400, 'to', 'from'],
    [{}, 400, 'from', 'kỳ báo cáo'],
    [{ from: '2026-04-01', to: '2026-04-01' }, 400, 'to', 'sau ngày bắt đầu'],
    [{ from: '2026-02-30', to: '2026-04-01' }, 400, 'from', undefined],
    [{ period: '2026-Q1', format: 'pdf' }, 400, 'format', undefined],
    [{ period: '2026-Q1', view: 'TODAY' }, 400, 'view', undefined],
  ])('refuses %j with a Vietnamese reason', async (query, status, field, words) => {
    const res = await t.http.get('/reports/quy-dinh-1374').query(query).set(as('secretary'));
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code: 'VALIDATION_FAILED' });
    const fields = res.body.details.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toContain(field);
    if (words) expect(fields.find((f) => f.field === field)!.message).toContain(words);
  });

  it('answers an unknown report or unit with 404', async () => {
    const key = await t.http.get('/reports/bao-cao-khong-co').query(Q1).set(as('secretary'));
    expect({ status: key.status, code: key.body.code, message: key.body.message }).toEqual({ status: 404, code: 'NOT_FOUND', message: 'Không có báo cáo này.' });
    const unit = await t.http.get('/reports/ky-luat').query({ ...Q1, unitId: randomUUID() }).set(as('secretary'));
    expect({ status: unit.status, code: unit.body.code }).toEqual({ status: 404, code: 'UNIT_NOT_FOUND' });
  });
});
