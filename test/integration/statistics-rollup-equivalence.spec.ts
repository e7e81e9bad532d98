// Issue 16 §2: GET /statistics/quy-dinh-1374 and GET /statistics/:procedureId answer from the rollup (whole months
// from case_statistics_month and its pending deltas, the edges' cases one by one, then the cases moved after the
// period and the caller's exclusions as corrections). They must answer exactly what the statement over every case
// answered (copied below as the definition): for users with every kind of exclusion, periods whose edges fall inside
// months (and a case at the last instant before the end and one at the end), both views, with and without a unit,
// with deltas pending and after compaction — and two compactions at once move each delta exactly once.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { CaseTransferService } from '@hoso/cases/services/case-transfer.service';
import { OrgChangeGatewayRegistry } from '@hoso/cases/services/org-change.gateway';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { CATEGORY_LABELS, StatisticsService, STATISTICS_VIEWS } from '@hoso/cases/services/statistics.service';
import { compactStatisticsRollup, ROLLUP_BOUNDS, ROLLUP_GROUPS } from '@hoso/cases/services/statistics-rollup';
import { vietnamPeriod, type VietnamPeriod } from '@hoso/cases/services/vietnam-period';
import { Role } from '@hoso/workflows';
import { SOURCES } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import { caseClient } from '../support/case-client';
import { addPerson, createTestApp, registration, type TestApp } from '../support/test-app';

/** StatisticsService.groups()'s statement before the rollup (commit 6f127ba): every case of the period, read. */
const DEFINITION = `SELECT COALESCE(h.from_unit_id, c.org_unit_id) AS held, c.org_unit_id AS current, ou.valid_to IS NOT NULL AS current_ended,
                c.report_category AS category, c.tags, count(*)::int AS n
           FROM "case" c
           JOIN org_unit ou ON ou.id = c.org_unit_id
           LEFT JOIN (SELECT DISTINCT ON (t.case_id) t.case_id, t.from_unit_id FROM case_unit_transfer t
                       WHERE t.field = 'ORG_UNIT' AND t.at >= $3 ORDER BY t.case_id, t.at, t.id) h ON h.case_id = c.id
          WHERE c.procedure_id = $1 AND c.received_at >= $2 AND c.received_at < $3
            AND NOT EXISTS (SELECT 1 FROM user_excluded_cases($4::uuid) x WHERE x.case_id = c.id)
            AND (COALESCE(h.from_unit_id, c.org_unit_id) = ANY($5::uuid[]) OR c.org_unit_id = ANY($5::uuid[]) OR ou.valid_to IS NOT NULL)
          GROUP BY 1, 2, 3, 4, 5`;

/** What the triggers must keep: the cases counted by procedure, Vietnamese month, unit, category and tags. */
const RECOUNT = `SELECT procedure_id, to_char(date_trunc('month', received_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM') AS month,
                        org_unit_id, report_category, tags::text, count(*)::int AS n
                   FROM "case" GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`;
const ROLLUP = `SELECT procedure_id, to_char(month, 'YYYY-MM') AS month, org_unit_id, report_category, tags::text, sum(n)::int AS n
                  FROM (SELECT procedure_id, month, org_unit_id, report_category, tags, n FROM case_statistics_month
                        UNION ALL SELECT procedure_id, month, org_unit_id, report_category, tags, n FROM case_statistics_delta) r
                 GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5`;

const CATEGORIES = Object.keys(CATEGORY_LABELS);
const PROCEDURES = ['quy-dinh-1374', 'to-cao'] as const;
const PERIODS: Record<string, VietnamPeriod> = {
  year: vietnamPeriod({ from: '2026-01-01', to: '2027-01-01' }),
  'edges inside months': vietnamPeriod({ from: '2026-03-15', to: '2026-08-20' }),
  'inside one month': vietnamPeriod({ from: '2026-05-03', to: '2026-05-28' }),
  'two partial months': vietnamPeriod({ from: '2026-04-20', to: '2026-05-10' }),
  'one whole month': vietnamPeriod({ from: '2026-06-01', to: '2026-07-01' }),
  'across the year end': vietnamPeriod({ from: '2026-11-16', to: '2027-02-11' }),
};
// Instants that sit on the periods' edges and the months' edges (Vietnam is UTC+7: 17:00Z is midnight there).
const EDGE_INSTANTS = [
  '2026-08-19T16:59:59.999Z', // the last instant before 20/08/2026
  '2026-08-19T17:00:00.000Z', // 00:00 on 20/08/2026: the end, not counted
  '2026-03-14T17:00:00.000Z', // 00:00 on 15/03/2026: the start, counted
  '2026-03-14T16:59:59.999Z',
  '2026-05-31T16:59:59.999Z', // 31/05 in Vietnam, 31/05 in UTC
  '2026-05-31T17:00:00.000Z', // 01/06 in Vietnam, still 31/05 in UTC
  '2025-12-31T17:00:00.000Z', // 01/01/2026 in Vietnam
  '2025-12-31T16:59:59.999Z',
  '2026-12-31T17:00:00.000Z', // 01/01/2027 in Vietnam
  '2026-04-30T17:00:00.000Z',
  '2026-05-09T16:59:59.999Z',
  '2026-05-02T17:00:00.000Z',
];

describe('statistics from the rollup answer as the statement over every case did', () => {
  let t: TestApp;
  let ds: DataSource;
  const users: Record<string, AuthUser> = {};
  const unit: Record<string, string> = {};
  const caseIds: string[] = [];
  /** The service fed by the definition instead of the rollup: the rest (scope, roll-up of ended units, totals) is shared. */
  let reference: StatisticsService;
  let service: StatisticsService;
  let creator: string;

  const insertCase = (id: string, procedureId: string, category: string, tags: object, unitId: string, receivedAt: string) =>
    ds.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                           title, chain_head, created_by, received_at)
       VALUES ($1, $2, 1, '{}', 'x', 'OPEN', $3, $4, 1, $5, $6, repeat('0', 64), $7, $8)`,
      [id, procedureId, category, tags, unitId, `Vụ việc ${id.slice(0, 8)}`, creator, receivedAt],
    );
  const transfer = async (caseId: string, to: string, at: string) => {
    const [c] = await ds.query(`SELECT org_unit_id FROM "case" WHERE id = $1`, [caseId]);
    await ds.query(
      `INSERT INTO case_unit_transfer (case_id, field, from_unit_id, to_unit_id, at, change_id, event_seq) VALUES ($1, 'ORG_UNIT', $2, $3, $4, $5, 1)`,
      [caseId, c.org_unit_id, to, at, randomUUID()],
    );
    await ds.query(`UPDATE "case" SET org_unit_id = $2 WHERE id = $1`, [caseId, to]);
  };
  const tagsOf = (procedureId: string, i: number) =>
    procedureId === 'to-cao' ? { admissibility: i % 3 ? 'ACCEPTED' : 'NOT_COMPETENT', outcome: ['UPHELD', 'REJECTED'][i % 2] } : { source: SOURCES[i % SOURCES.length] };

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.dataSource;
    const dir = t.app.get(OrgDirectoryService);
    const province = await dir.createUnit({ code: 'TU', name: 'Tỉnh ủy', level: 'PROVINCIAL' });
    const d1 = await dir.createUnit({ code: 'HU-1', name: 'Huyện ủy 1', level: 'UPPER_GRASSROOTS', parentId: province.id });
    const d2 = await dir.createUnit({ code: 'HU-2', name: 'Huyện ủy 2', level: 'UPPER_GRASSROOTS', parentId: province.id });
    const w1 = await dir.createUnit({ code: 'DU-1', name: 'Đảng ủy xã 1', level: 'GRASSROOTS', parentId: d1.id });
    const w2 = await dir.createUnit({ code: 'DU-2', name: 'Đảng ủy xã 2', level: 'GRASSROOTS', parentId: d2.id });
    const cell = await dir.createUnit({ code: 'CB-S', name: 'Chi bộ bị xem xét', level: 'CELL', parentId: w1.id });
    // A ward that ended (merged into ward 2): its records roll up to ward 2.
    const ended = await dir.createUnit({ code: 'DU-3', name: 'Đảng ủy xã 3 (đã sáp nhập)', level: 'GRASSROOTS', parentId: d2.id });
    Object.assign(unit, { province: province.id, d1: d1.id, d2: d2.id, w1: w1.id, w2: w2.id, cell: cell.id, ended: ended.id });
    t.app.get(OrgChangeGatewayRegistry).register({
      check: async () => ({ problems: [], preview: null }),
      apply: async () => {
        throw new Error('not applied in this test');
      },
      rollupMap: async (_m, ids) => new Map(ids.map((id) => [id, id === ended.id ? w2.id : id])),
    });

    const person = async (name: string, roles: [string, Role][]) => {
      const { id } = await dir.createUser({ username: name, displayName: name, password: 'mat-khau-thu-nghiem-1' });
      for (const [u, role] of roles) await dir.assignRole(id, u, role);
      const assignments: { unitId: string; unitPath: string; role: Role }[] = await ds.query(
        `SELECT ra.unit_id AS "unitId", ou.path AS "unitPath", ra.role FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id WHERE ra.user_id = $1`,
        [id],
      );
      users[name] = { id, username: name, displayName: name, assignments };
      return id;
    };
    creator = await person('province', [[province.id, Role.COMMITTEE_OFFICE]]);
    const excluded = await person('excluded', [[province.id, Role.COMMITTEE_OFFICE]]);
    // Secretary of the subject organisation (the cell), and an officer of its district.
    const secretary = await person('secretary', [[cell.id, Role.SECRETARY], [d1.id, Role.COMMITTEE_OFFICE]]);
    await person('ward', [[w1.id, Role.TASK_FORCE_OFFICER]]);
    const district2 = await person('district2', [[d2.id, Role.COMMITTEE_OFFICE]]);

    // 160 cases over every unit, both procedures, from November 2025 to February 2027, some on the edges' instants.
    const units = [province.id, d1.id, d2.id, w1.id, w2.id, cell.id, ended.id];
    for (let i = 0; i < 160; i++) {
      const id = randomUUID();
      caseIds.push(id);
      const procedureId = i % 5 === 4 ? 'to-cao' : 'quy-dinh-1374';
      const month = new Date(Date.UTC(2025, 10 + (i % 16), 1 + ((i * 7) % 28), (i * 5) % 24, (i * 13) % 60));
      const receivedAt = i < EDGE_INSTANTS.length * 2 ? EDGE_INSTANTS[i % EDGE_INSTANTS.length] : month.toISOString();
      await insertCase(id, procedureId, CATEGORIES[i % CATEGORIES.length], tagsOf(procedureId, i), units[(i * 3) % units.length], receivedAt);
    }
    const participant = (caseId: string, relation: string, who: { userId?: string; unitId?: string }) =>
      ds.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, $5, 'Lý do', $6)`,
        [randomUUID(), caseId, relation, who.userId ?? null, who.unitId ?? null, creator],
      );
    for (let i = 0; i < caseIds.length; i++) {
      const id = caseIds[i];
      if (i % 4 === 1) await participant(id, 'SUBJECT', { userId: excluded });
      // A subject who also declared a conflict is excluded once, not twice.
      if (i % 6 === 1 || i % 6 === 2) await participant(id, 'CONFLICT', { userId: excluded });
      if (i % 8 === 3) await participant(id, 'SUBJECT_ORGANISATION', { unitId: cell.id });
      if (i % 10 === 7) await participant(id, 'CONFLICT', { userId: secretary });
      if (i % 9 === 5) await participant(id, 'CONFLICT', { userId: district2 });
    }
    await ds.query(`UPDATE org_unit SET valid_to = '2026-10-01' WHERE id = $1`, [ended.id]);

    reference = new StatisticsService(
      {
        manager: ds.manager,
        query: (sql: string, params: unknown[]) => (sql === ROLLUP_GROUPS ? ds.query(DEFINITION, params.slice(0, 5)) : ds.query(sql, params)),
      } as unknown as DataSource,
      t.app.get(UserDirectoryService),
      t.app.get(ProcedureRegistryService),
      t.app.get(OrgChangeGatewayRegistry),
    );
    service = t.app.get(StatisticsService);
  });
  afterAll(() => t?.close());

  /** Categories and tags changed by later transitions, cases moved (during and after the periods), one removed. */
  async function laterChanges(round: number) {
    for (let i = round; i < caseIds.length; i += 7) {
      await ds.query(`UPDATE "case" SET report_category = $2, tags = $3, version = version + 1 WHERE id = $1`, [
        caseIds[i], CATEGORIES[(i + round + 1) % CATEGORIES.length], { source: SOURCES[(i + round + 2) % SOURCES.length] },
      ]);
    }
    // One statement over many cases (a bulk write): its deltas are one row per key.
    await ds.query(`UPDATE "case" SET report_category = 'RESOLVED' WHERE report_category = 'IN_PROGRESS' AND received_at < '2026-04-01'`);
    // After every period's end (the held unit is the one before), twice for one case (the earliest names it).
    await transfer(caseIds[20 + round], unit.w2, '2027-03-01T00:00:00Z');
    await transfer(caseIds[20 + round], unit.d1, '2027-04-01T00:00:00Z');
    await transfer(caseIds[30 + round], unit.ended, '2026-08-19T17:00:00Z'); // at the end of 'edges inside months' exactly
    await transfer(caseIds[40 + round], unit.w1, '2026-08-19T16:59:59.999Z'); // the last instant before it: inside
    await transfer(caseIds[50 + round], unit.cell, '2027-01-05T00:00:00Z');
    // A received date corrected: the case changes month.
    await ds.query(`UPDATE "case" SET received_at = received_at + interval '40 days' WHERE id = $1`, [caseIds[60 + round]]);
    await ds.query(`DELETE FROM "case" WHERE id = $1`, [caseIds[70 + round]]);
  }

  const WHO = ['province', 'excluded', 'secretary', 'ward', 'district2'];
  const UNITS = ['province', 'd1', 'd2', 'w1', 'w2', 'cell'];

  async function expectSameAnswers() {
    for (const who of WHO) {
      const visible = new Set(await t.app.get(UserDirectoryService).visibleUnitIds(users[who]));
      const narrow = [undefined, ...UNITS.map((u) => unit[u]).filter((u) => visible.has(u))];
      for (const [name, period] of Object.entries(PERIODS)) {
        for (const view of STATISTICS_VIEWS) {
          // A unit narrows in the service, after the statement: two periods are enough for it.
          for (const unitId of name === 'year' || name === 'edges inside months' ? narrow : [undefined]) {
            const label = { who, period: name, view, unitId };
            expect({ ...label, answer: await service.quyDinh1374(users[who], period, unitId, view) })
              .toEqual({ ...label, answer: await reference.quyDinh1374(users[who], period, unitId, view) });
            expect({ ...label, answer: await service.byProcedure(users[who], 'to-cao', period, unitId, view) })
              .toEqual({ ...label, answer: await reference.byProcedure(users[who], 'to-cao', period, unitId, view) });
          }
        }
      }
    }
  }

  /** The groups themselves (unit held, unit today, category, tags, n), for every procedure, user and period. */
  async function expectSameGroups() {
    const sort = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
    for (const who of WHO) {
      const visible = await t.app.get(UserDirectoryService).visibleUnitIds(users[who]);
      for (const procedureId of PROCEDURES) {
        for (const [name, period] of Object.entries(PERIODS)) {
          const params = [procedureId, period.startsAt, period.endsBefore, users[who].id, visible];
          const [b] = await ds.query(ROLLUP_BOUNDS, [period.startsAt, period.endsBefore]);
          const now = await ds.query(ROLLUP_GROUPS, [...params, b.firstMonth, b.endMonth, b.monthsFrom, b.monthsBefore]);
          const before = await ds.query(DEFINITION, params);
          expect({ who, procedureId, period: name, groups: sort(now) }).toEqual({ who, procedureId, period: name, groups: sort(before) });
        }
      }
    }
  }

  const pending = async () => (await ds.query(`SELECT count(*)::int AS n FROM case_statistics_delta`))[0].n as number;
  const monthRows = async () => (await ds.query(`SELECT count(*)::int AS n FROM case_statistics_month`))[0].n as number;

  it('the triggers keep the rollup equal to a recount of the cases, one delta row per key for a bulk write', async () => {
    expect(await ds.query(ROLLUP)).toEqual(await ds.query(RECOUNT));
    const before = await pending();
    const keys: { k: number }[] = await ds.query(
      `SELECT count(DISTINCT (org_unit_id, report_category, tags::text))::int AS k FROM "case" WHERE procedure_id = 'quy-dinh-1374'`,
    );
    await ds.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id, title, chain_head, created_by, received_at)
       SELECT gen_random_uuid(), procedure_id, 1, '{}', 'x', 'OPEN', report_category, tags, 1, org_unit_id, 'Bản sao', repeat('0', 64), created_by, '2026-09-10T03:00:00Z'
         FROM "case", generate_series(1, 3) WHERE procedure_id = 'quy-dinh-1374'`,
    );
    expect((await pending()) - before).toBe(keys[0].k);
    expect(await ds.query(ROLLUP)).toEqual(await ds.query(RECOUNT));
  });

  it('answers as the definition with every delta pending', async () => {
    expect(await monthRows()).toBe(0);
    await expectSameGroups();
    await expectSameAnswers();
  });

  it('the data set exercises every correction (the comparison is not vacuous)', async () => {
    await laterChanges(0);
    const year = PERIODS.year;
    const province = await service.quyDinh1374(users.province, year);
    const current = await service.quyDinh1374(users.province, year, undefined, 'CURRENT_UNITS');
    expect(province.byUnit).not.toEqual(current.byUnit); // cases moved after the year count where they were
    expect(province.received.total).toBeGreaterThan(100);
    for (const who of ['excluded', 'secretary']) {
      expect({ who, fewer: (await service.quyDinh1374(users[who], year)).received.total < province.received.total }).toEqual({ who, fewer: true });
    }
    const excludedTwice: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM (SELECT case_id FROM user_excluded_cases($1) GROUP BY case_id HAVING count(*) > 1) x`,
      [users.excluded.id],
    );
    expect(excludedTwice[0].n).toBeGreaterThan(0);
    // The periods' edges: a case received at the last instant before the end counts, one received at the end does not.
    const edges = PERIODS['edges inside months'];
    const [{ n: atEdges }] = await ds.query(
      `SELECT count(*)::int AS n FROM "case" WHERE received_at IN ($1::timestamptz - interval '1 millisecond', $1::timestamptz)`,
      [edges.endsBefore],
    );
    expect(atEdges).toBeGreaterThanOrEqual(2);
    const [{ n: ended }] = await ds.query(`SELECT count(*)::int AS n FROM "case" WHERE org_unit_id = $1`, [unit.ended]);
    expect(ended).toBeGreaterThan(0);
  });

  it('answers as the definition with later changes pending on top of nothing compacted', async () => {
    await expectSameGroups();
    await expectSameAnswers();
  });

  it('answers as the definition after compaction, and with new deltas pending on top of the month rows', async () => {
    expect(await compactStatisticsRollup(ds)).toBeGreaterThan(0);
    expect(await pending()).toBe(0);
    expect(await ds.query(ROLLUP)).toEqual(await ds.query(RECOUNT));
    await expectSameGroups();
    await expectSameAnswers();
    await laterChanges(1);
    expect(await pending()).toBeGreaterThan(0);
    await expectSameGroups();
    await expectSameAnswers();
  });

  it('two compactions at once move each delta exactly once', async () => {
    // Many single-case writes: deltas that do not cancel out within one batch.
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < caseIds.length; i += 2) {
        await ds.query(`UPDATE "case" SET report_category = $2 WHERE id = $1`, [caseIds[i], CATEGORIES[(i + round) % CATEGORIES.length]]);
      }
    }
    const deltas = await pending();
    expect(deltas).toBeGreaterThan(400);
    const [a, b] = await Promise.all([compactStatisticsRollup(ds, 7), compactStatisticsRollup(ds, 11)]);
    expect(a + b).toBe(deltas);
    expect(await pending()).toBe(0);
    expect(await ds.query(ROLLUP)).toEqual(await ds.query(RECOUNT));
    const [{ n: zeros }] = await ds.query(`SELECT count(*)::int AS n FROM case_statistics_month WHERE n = 0`);
    expect(zeros).toBe(0);
    await expectSameGroups();
    await expectSameAnswers();
  });

  it('registration, transitions and a transfer through the engine keep the rollup (every path writes through the trigger)', async () => {
    const officer = await addPerson(t, 'can-bo-xa-1', unit.w1, [Role.SECRETARY, Role.TASK_FORCE_OFFICER]);
    const c = caseClient(t, { officer: officer.token });
    const before = await pending();
    const refs: { id: string; version: number }[] = [];
    for (const day of ['2026-03-14T16:59:59.999Z', '2026-08-19T16:59:59.999Z', '2026-08-19T17:00:00.000Z']) {
      const { id, version } = await c.create('officer', unit.w1, registration({ title: `Phản ánh nhận lúc ${day}`, receivedAt: day }));
      refs.push({ id, version });
    }
    await c.send('officer', refs[0], 'START_SCREENING');
    await c.send('officer', refs[0], 'CLASSIFY', { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } });
    await c.send('officer', refs[0], 'CLOSE_NO_BASIS', { reason: 'Không có cơ sở xem xét.' }, { separationBypassReason: 'Chi bộ chỉ có một cán bộ.' });
    await c.send('officer', refs[1], 'START_SCREENING');
    expect(await pending()).toBeGreaterThan(before);
    const transfers = t.app.get(CaseTransferService);
    await ds.transaction(async (m) => {
      const moved = await transfers.transfer(m, [{ caseId: refs[1].id, orgUnitId: unit.w2 }], {
        changeId: randomUUID(), kind: 'ABSORB', decision: { number: '15-QĐ/TU', date: '2027-01-20', body: 'Ban Thường vụ Tỉnh ủy' },
        effectiveDate: '2027-02-01', actorId: users.province.id, at: new Date('2027-01-31T17:00:00.000Z'),
      });
      expect(moved).toBe(1);
    });
    expect(await ds.query(ROLLUP)).toEqual(await ds.query(RECOUNT));
    await expectSameGroups();
    await compactStatisticsRollup(ds);
    expect(await ds.query(ROLLUP)).toEqual(await ds.query(RECOUNT));
    await expectSameGroups();
  });
});
