// Issue 16 "No behaviour change": the visibility rule's exclusions, now one anti-join over the caller's excluded
// cases (`user_excluded_cases`), answer exactly what the old predicate answered — `NOT case_excludes(c.id, $user)`
// called per row, with `case_excludes` as first defined (ProtectedReporters1795300200000, written out below) — case
// by case, for users of every kind, and so do the statistics' counts and the notification lists.
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '@hoso/access/auth-user';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { visibleCasesSql } from '@hoso/cases/services/case-access.service';
import { CATEGORY_LABELS, StatisticsService, STATISTICS_VIEWS } from '@hoso/cases/services/statistics.service';
import { vietnamPeriod } from '@hoso/cases/services/vietnam-period';
import { NotificationRepository } from '@hoso/notifications/repositories/notification.repository';
import { Role } from '@hoso/workflows';
import { SOURCES } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import { createTestApp, type TestApp } from '../support/test-app';

/** The exclusion as `case_excludes` first defined it, for the case `c` and the user `$2`. */
const OLD_EXCLUDES = `EXISTS (
  SELECT 1 FROM case_participant p
   WHERE p.case_id = c.id
     AND ((p.relation IN ('SUBJECT', 'CONFLICT') AND p.user_id = $2)
       OR (p.relation = 'SUBJECT_ORGANISATION' AND EXISTS (
             SELECT 1 FROM role_assignment ra
              WHERE ra.unit_id = p.unit_id AND ra.user_id = $2 AND ra.role = 'SECRETARY'))))`;

/** The visibility rule as it was before issue 16, over `"case" c`, `$1` the units in scope and `$2` the user. */
const OLD_VISIBLE = `((c.org_unit_id = ANY($1::uuid[]) OR c.assigned_unit_id = ANY($1::uuid[])
            OR EXISTS (SELECT 1 FROM case_participant np
                        WHERE np.case_id = c.id AND np.user_id = $2::uuid AND np.relation = 'PARTICIPANT'))
           AND NOT ${OLD_EXCLUDES})`;

/** The statistics statement before issue 16, with the old exclusion; `$4` the user, `$5` the units in scope. */
const OLD_STATISTICS = `SELECT h.unit_id AS held, c.org_unit_id AS current, c.report_category AS category, c.tags, count(*)::int AS n
   FROM "case" c
   JOIN org_unit ou ON ou.id = c.org_unit_id
  CROSS JOIN LATERAL (
        SELECT COALESCE((SELECT t.from_unit_id FROM case_unit_transfer t
                          WHERE t.case_id = c.id AND t.field = 'ORG_UNIT' AND t.at >= $3
                          ORDER BY t.at, t.id LIMIT 1), c.org_unit_id) AS unit_id) h
  WHERE c.procedure_id = $1 AND c.received_at >= $2 AND c.received_at < $3 AND NOT ${OLD_EXCLUDES.replace(/\$2/g, '$4')}
    AND (h.unit_id = ANY($5::uuid[]) OR c.org_unit_id = ANY($5::uuid[]) OR ou.valid_to IS NOT NULL)
  GROUP BY 1, 2, 3, 4`;

const CATEGORIES = Object.keys(CATEGORY_LABELS);

describe('visibility: the exclusions as an anti-join answer as the per-row function did', () => {
  let t: TestApp;
  const users: Record<string, AuthUser> = {};
  const caseIds: string[] = [];
  const PERIOD = vietnamPeriod({ from: '2026-01-01', to: '2027-01-01' });

  beforeAll(async () => {
    t = await createTestApp();
    const dir = t.app.get(OrgDirectoryService);
    const province = await dir.createUnit({ code: 'TU', name: 'Tỉnh ủy', level: 'PROVINCIAL' });
    const d1 = await dir.createUnit({ code: 'HU-1', name: 'Huyện ủy 1', level: 'UPPER_GRASSROOTS', parentId: province.id });
    const d2 = await dir.createUnit({ code: 'HU-2', name: 'Huyện ủy 2', level: 'UPPER_GRASSROOTS', parentId: province.id });
    const w1 = await dir.createUnit({ code: 'DU-1', name: 'Đảng ủy xã 1', level: 'GRASSROOTS', parentId: d1.id });
    const w2 = await dir.createUnit({ code: 'DU-2', name: 'Đảng ủy xã 2', level: 'GRASSROOTS', parentId: d2.id });
    const org = await dir.createUnit({ code: 'CB-S', name: 'Chi bộ bị xem xét', level: 'CELL', parentId: w1.id });
    const org2 = await dir.createUnit({ code: 'CB-T', name: 'Chi bộ khác', level: 'CELL', parentId: w2.id });
    const units = [province, d1, d2, w1, w2, org, org2].map((u) => u.id);

    const person = async (name: string, roles: [string, Role][]) => {
      const { id } = await dir.createUser({ username: name, displayName: name, password: 'mat-khau-thu-nghiem-1' });
      for (const [unit, role] of roles) await dir.assignRole(id, unit, role);
      const assignments: { unitId: string; unitPath: string; role: Role }[] = await t.dataSource.query(
        `SELECT ra.unit_id AS "unitId", ou.path AS "unitPath", ra.role FROM role_assignment ra JOIN org_unit ou ON ou.id = ra.unit_id WHERE ra.user_id = $1`,
        [id],
      );
      users[name] = { id, username: name, displayName: name, assignments };
      return id;
    };
    await person('province', [[province.id, Role.COMMITTEE_OFFICE]]);
    await person('ward', [[w1.id, Role.TASK_FORCE_OFFICER]]);
    const excluded = await person('excluded', [[province.id, Role.COMMITTEE_OFFICE]]);
    const named = await person('named', [[w2.id, Role.TASK_FORCE_OFFICER]]);
    // Secretary of the subject organisation, and an officer of its district: sees the district's cases but theirs.
    const secretary = await person('secretary', [[org.id, Role.SECRETARY], [d1.id, Role.COMMITTEE_OFFICE]]);
    // Secretary of a unit that is never a subject organisation: nothing is taken away.
    await person('other-secretary', [[org2.id, Role.SECRETARY], [d2.id, Role.COMMITTEE_OFFICE]]);
    const nobody = await person('no-role', []);

    // 84 cases over every unit, some assigned elsewhere, a third outside the year; categories and sources cycle.
    const creator = users.province.id;
    for (let i = 0; i < 84; i++) {
      const id = randomUUID();
      caseIds.push(id);
      const unit = units[i % units.length];
      const assigned = i % 5 === 0 ? units[(i + 3) % units.length] : null;
      const receivedAt = i % 3 === 0 ? (i % 2 ? '2025-12-31T16:59:59Z' : '2027-01-01T00:00:00Z') : `2026-${String((i % 12) + 1).padStart(2, '0')}-15T03:00:00Z`;
      await t.dataSource.query(
        `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                             assigned_unit_id, title, chain_head, created_by, received_at)
         VALUES ($1, $2, 1, '{}', 'x', 'OPEN', $3, $4, 1, $5, $6, $7, repeat('0', 64), $8, $9)`,
        [id, i % 7 === 6 ? 'to-cao' : 'quy-dinh-1374', CATEGORIES[i % CATEGORIES.length], { source: SOURCES[i % SOURCES.length] },
          unit, assigned, `Vụ việc ${i}`, creator, receivedAt],
      );
    }
    const participant = (caseId: string, relation: string, who: { userId?: string; unitId?: string }) =>
      t.dataSource.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by) VALUES ($1, $2, $3, $4, $5, 'Lý do', $6)`,
        [randomUUID(), caseId, relation, who.userId ?? null, who.unitId ?? null, creator],
      );
    for (let i = 0; i < caseIds.length; i++) {
      const id = caseIds[i];
      if (i % 4 === 1) await participant(id, 'SUBJECT', { userId: excluded });
      if (i % 6 === 2) await participant(id, 'CONFLICT', { userId: excluded });
      if (i % 3 === 1) await participant(id, 'PARTICIPANT', { userId: named });
      // A named participant who is also a subject stays excluded.
      if (i % 9 === 4) await participant(id, 'SUBJECT', { userId: named });
      if (i % 8 === 3) await participant(id, 'SUBJECT_ORGANISATION', { unitId: org.id });
      if (i % 10 === 7) await participant(id, 'CONFLICT', { userId: secretary });
      if (i % 11 === 5) await participant(id, 'PARTICIPANT', { userId: nobody });
      if (i % 13 === 0 || i % 22 === 16) await participant(id, 'SUBJECT', { userId: nobody });
    }
    // Some cases moved after the year ended (the statistics count them under the unit that held them on 31 December)
    // and some during it.
    for (const [i, at] of [[1, '2027-01-10T00:00:00Z'], [2, '2026-06-01T00:00:00Z'], [8, '2027-02-01T00:00:00Z'], [13, '2026-12-31T16:59:59Z']] as const) {
      const [c] = await t.dataSource.query(`SELECT org_unit_id FROM "case" WHERE id = $1`, [caseIds[i]]);
      const to = units[(units.indexOf(c.org_unit_id) + 2) % units.length];
      await t.dataSource.query(
        `INSERT INTO case_unit_transfer (case_id, field, from_unit_id, to_unit_id, at, change_id, event_seq) VALUES ($1, 'ORG_UNIT', $2, $3, $4, $5, 1)`,
        [caseIds[i], c.org_unit_id, to, at, randomUUID()],
      );
      await t.dataSource.query(`UPDATE "case" SET org_unit_id = $2 WHERE id = $1`, [caseIds[i], to]);
    }
    // Moved twice after the year: the earliest transfer names the unit that held it.
    const [twice] = await t.dataSource.query(`SELECT org_unit_id FROM "case" WHERE id = $1`, [caseIds[1]]);
    await t.dataSource.query(
      `INSERT INTO case_unit_transfer (case_id, field, from_unit_id, to_unit_id, at, change_id, event_seq) VALUES ($1, 'ORG_UNIT', $2, $3, '2027-03-01T00:00:00Z', $4, 2)`,
      [caseIds[1], twice.org_unit_id, units[6], randomUUID()],
    );
    await t.dataSource.query(`UPDATE "case" SET org_unit_id = $2 WHERE id = $1`, [caseIds[1], units[6]]);
    await t.dataSource.query('ANALYZE');
  });
  afterAll(() => t?.close());

  const WHO = ['province', 'ward', 'excluded', 'named', 'secretary', 'other-secretary', 'no-role'];
  const scope = (who: string) => t.app.get(UserDirectoryService).visibleUnitIds(users[who]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

  it.each(WHO)('%s sees the same cases, case by case', async (who) => {
    const units = await scope(who);
    const before = ids(await t.dataSource.query(`SELECT c.id FROM "case" c WHERE ${OLD_VISIBLE}`, [units, users[who].id]));
    const after = ids(await t.dataSource.query(`SELECT c.id FROM "case" c WHERE ${visibleCasesSql('c', '$1', '$2')}`, [units, users[who].id]));
    expect(after).toEqual(before);
  });

  it('the data set exercises every kind of exclusion (the comparison is not vacuous)', async () => {
    const visibleCount = async (who: string, sql: string) =>
      (await t.dataSource.query(`SELECT c.id FROM "case" c WHERE ${sql}`, [await scope(who), users[who].id])).length;
    const inScopeOnly = `(c.org_unit_id = ANY($1::uuid[]) OR c.assigned_unit_id = ANY($1::uuid[]) OR EXISTS (SELECT 1 FROM case_participant np
                          WHERE np.case_id = c.id AND np.user_id = $2::uuid AND np.relation = 'PARTICIPANT')) AND $2::uuid IS NOT NULL`;
    for (const who of ['excluded', 'named', 'secretary', 'no-role']) {
      const all = await visibleCount(who, inScopeOnly);
      const seen = await visibleCount(who, visibleCasesSql('c', '$1', '$2'));
      expect({ who, fewer: seen < all }).toEqual({ who, fewer: true });
    }
    expect(await visibleCount('province', visibleCasesSql('c', '$1', '$2'))).toBe(caseIds.length);
    expect(await visibleCount('no-role', visibleCasesSql('c', '$1', '$2'))).toBeGreaterThan(0);
  });

  it('case_excludes and case_excluded_users still answer the old rule for every case and person', async () => {
    const rows: { case_id: string; user_id: string; old: boolean; now: boolean; listed: boolean }[] = await t.dataSource.query(
      `SELECT c.id AS case_id, u.id AS user_id, ${OLD_EXCLUDES.replace(/\$2/g, 'u.id')} AS old, case_excludes(c.id, u.id) AS now,
              EXISTS (SELECT 1 FROM case_excluded_users(ARRAY[c.id]) e WHERE e.user_id = u.id) AS listed
         FROM "case" c CROSS JOIN app_user u`,
    );
    expect(rows.length).toBe(caseIds.length * WHO.length);
    expect(rows.filter((r) => r.old !== r.now || r.old !== r.listed)).toEqual([]);
    expect(rows.filter((r) => r.old).length).toBeGreaterThan(20);
  });

  it.each(WHO)('the 1374 statistics of %s count what the old statement counted, by category and source', async (who) => {
    const units = await scope(who);
    const visible = new Set(units);
    const rows: { held: string; current: string; category: string; tags: Record<string, string>; n: number }[] = await t.dataSource.query(
      OLD_STATISTICS,
      ['quy-dinh-1374', PERIOD.startsAt, PERIOD.endsBefore, users[who].id, units],
    );
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    const bySource: Record<string, number> = Object.fromEntries(SOURCES.map((s) => [s, 0]));
    const byUnit = { AS_THEY_WERE: {} as Record<string, number>, CURRENT_UNITS: {} as Record<string, number> };
    let total = 0;
    for (const r of rows.filter((r) => visible.has(r.held) || visible.has(r.current))) {
      byCategory[r.category] += r.n;
      bySource[r.tags.source] += r.n;
      byUnit.AS_THEY_WERE[r.held] = (byUnit.AS_THEY_WERE[r.held] ?? 0) + r.n;
      byUnit.CURRENT_UNITS[r.current] = (byUnit.CURRENT_UNITS[r.current] ?? 0) + r.n;
      total += r.n;
    }
    for (const view of STATISTICS_VIEWS) {
      const now = await t.app.get(StatisticsService).quyDinh1374(users[who], PERIOD, undefined, view);
      expect(now.byCategory).toEqual(byCategory);
      expect(now.received.total).toBe(total);
      expect(now.received.bySource).toEqual(bySource);
      expect(Object.fromEntries(now.byUnit.map((u) => [u.unitId, u.total]))).toEqual(byUnit[view]);
    }
    // The cases moved after the year count under the unit that held them on 31 December, not under today's.
    if (who === 'province') expect(byUnit.AS_THEY_WERE).not.toEqual(byUnit.CURRENT_UNITS);
    if (who === 'province') expect(total).toBeGreaterThan(30);
  });

  it.each(WHO)('the notifications of %s hide the same cases as before', async (who) => {
    const user = users[who].id;
    const notifications = t.app.get(NotificationRepository);
    await notifications.insertMany(
      t.dataSource.manager,
      [...caseIds, null].map((caseId, i) => ({ userId: user, caseId, kind: 'TEST', title: `Thông báo ${i}`, body: '', sourceKey: `eq-${i}` })),
    );
    const [old] = await t.dataSource.query(
      `SELECT count(*)::int AS total FROM notification n
        WHERE n.user_id = $1 AND (n.case_id IS NULL OR NOT ${OLD_EXCLUDES.replace(/c\.id/g, 'n.case_id').replace(/\$2/g, '$1')})`,
      [user],
    );
    const now = await notifications.countFor({ userId: user, unreadOnly: false });
    expect(now.total).toBe(old.total);
    const page = await notifications.pageFor({ userId: user, unreadOnly: true }, 500, 0);
    expect(page.length).toBe(old.total);
  });
});
