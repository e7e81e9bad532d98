// The data set of bench:reads. Real 1374 cases are walked through the API once per state ("templates"); N cases are
// then cloned from them with set-based SQL (INSERT … SELECT over generate_series), each with its own unit, title,
// dates, deadlines and a hash chain recomputed in SQL exactly as libs/timeline's eventHash does, so that every
// timeline verifies and every snapshot is one quy-dinh-1374 v2 produced. One case grows to a long timeline.
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { canonicalJson, eventHash, GENESIS_HASH } from '@hoso/timeline/chain/hash-chain';
import type { BenchHttp } from './bench-support';

export const COMMUNES = 24;
export const CELLS_PER_COMMUNE = 40;
const TEMPLATE_RECEIVED_AT = '2026-11-02T02:00:00.000Z';

export interface ReadsUnits {
  province: string;
  communes: string[];
  /** cells[k * CELLS_PER_COMMUNE + j] is the j-th cell of communes[k]. */
  cells: string[];
}

export interface ReadsUser {
  label: string;
  username: string;
  unitId: string;
}

/** 1 province, 24 communes, 960 cells: 985 units, as in the measurement. */
export async function seedUnits(db: Client): Promise<ReadsUnits> {
  const province = randomUUID();
  await db.query(
    `INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1::uuid, NULL, 'R-P', 'Thành ủy', 'PROVINCIAL', '/' || $1::text || '/', '2020-01-01')`,
    [province],
  );
  await db.query(
    `INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from)
     SELECT u.id, $1::uuid, 'R-C-' || u.k, 'Đảng ủy xã ' || u.k, 'GRASSROOTS', '/' || $1::text || '/' || u.id || '/', '2020-01-01'
       FROM (SELECT gen_random_uuid() AS id, k FROM generate_series(0, $2 - 1) k) u`,
    [province, COMMUNES],
  );
  await db.query(
    `INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from)
     SELECT gen_random_uuid() AS id, c.id, 'R-W-' || substr(c.code, 5) || '-' || j, 'Chi bộ ' || j || ' xã ' || substr(c.code, 5), 'CELL', c.path, '2020-01-01'
       FROM org_unit c, generate_series(0, $1 - 1) j WHERE c.parent_id = $2`,
    [CELLS_PER_COMMUNE, province],
  );
  await db.query(`UPDATE org_unit SET path = path || id || '/' WHERE level = 'CELL' AND code LIKE 'R-W-%'`);
  const communes = (await db.query(`SELECT id FROM org_unit WHERE code LIKE 'R-C-%' ORDER BY substr(code, 5)::int`)).rows.map((r) => r.id as string);
  const cells = (
    await db.query(`SELECT id FROM org_unit WHERE code LIKE 'R-W-%' ORDER BY split_part(code, '-', 3)::int, split_part(code, '-', 4)::int`)
  ).rows.map((r) => r.id as string);
  return { province, communes, cells };
}

export async function seedUser(db: Client, username: string, passwordHash: string, roles: [string, string][]): Promise<string> {
  const id = randomUUID();
  await db.query(`INSERT INTO app_user (id, username, display_name, password_hash, active) VALUES ($1, $2, $3, $4, true)`, [
    id, username, `Cán bộ ${username}`, passwordHash,
  ]);
  for (const [unit, role] of roles) {
    await db.query(`INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)`, [randomUUID(), id, unit, role]);
  }
  return id;
}

/** 200 other officers: secretaries of the communes and office staff of cells, the people named on cases. */
export async function seedStaff(db: Client, passwordHash: string, units: ReadsUnits): Promise<void> {
  await db.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, active)
     SELECT gen_random_uuid(), 'staff-' || n, 'Đảng viên ' || n, $1, true FROM generate_series(1, 200) n`,
    [passwordHash],
  );
  await db.query(
    `INSERT INTO role_assignment (id, user_id, unit_id, role)
     SELECT gen_random_uuid(), u.id,
            CASE WHEN n <= $3 THEN ($1::uuid[])[n] ELSE ($2::uuid[])[1 + (n * 37) % array_length($2::uuid[], 1)] END,
            CASE WHEN n <= $3 THEN 'SECRETARY' ELSE 'COMMITTEE_OFFICE' END
       FROM generate_series(1, 200) n JOIN app_user u ON u.username = 'staff-' || n`,
    [units.communes, units.cells, COMMUNES],
  );
}

interface Template {
  /** Share of the cloned cases in this state. */
  weight: number;
  /** Events after registration, by whom. */
  steps: { type: string; payload?: unknown; by: 'walker' | 'concluder' }[];
  /** Open cases are recent; closed ones span two years. */
  open: boolean;
}

const SCREENED = [
  { type: 'START_SCREENING', by: 'walker' as const },
  {
    type: 'CLASSIFY', by: 'walker' as const,
    payload: { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } },
  },
];
const reported = (cell: string) => [
  ...SCREENED,
  { type: 'ASSIGN_TO_UNIT', payload: { unitId: cell }, by: 'walker' as const },
  { type: 'RETURN_TO_TASK_FORCE', payload: { handlingReport: { summary: 'Đã xử lý theo thẩm quyền' } }, by: 'walker' as const },
];
const concluded = (cell: string) => [
  ...reported(cell),
  {
    type: 'CONCLUDE', by: 'concluder' as const,
    payload: { finding: 'PARTLY_FOUNDED', summary: 'Có cơ sở một phần', measures: { party: ['Kiểm điểm'], government: [], massOrganisation: [] } },
  },
];
const notified = (cell: string) => [...concluded(cell), { type: 'NOTIFY', payload: { audiences: ['REPORTER'], summary: 'Thông báo kết quả' }, by: 'walker' as const }];

/** The states of the data set and their shares: most 1374 cases are closed; a third are open, most awaiting a unit. */
function templates(cell: string): Template[] {
  return [
    { weight: 0.05, open: true, steps: [] },
    { weight: 0.08, open: true, steps: SCREENED },
    { weight: 0.17, open: true, steps: [...SCREENED, { type: 'ASSIGN_TO_UNIT', payload: { unitId: cell }, by: 'walker' }] },
    { weight: 0.05, open: true, steps: reported(cell) },
    { weight: 0.05, open: true, steps: concluded(cell) },
    { weight: 0.1, open: false, steps: notified(cell) },
    { weight: 0.5, open: false, steps: [...notified(cell), { type: 'ARCHIVE', by: 'walker' }] },
  ];
}

export interface Walkers {
  walker: string;
  concluder: string;
}

async function walk(http: BenchHttp, tokens: Walkers, orgUnitId: string, title: string, steps: Template['steps']): Promise<string> {
  const created = await http.call('POST', '/cases', tokens.walker, {
    procedureId: 'quy-dinh-1374', orgUnitId,
    input: { title, source: 'VOTER', channel: 'MEETING', summary: 'Ý kiến cử tri về việc giải quyết hồ sơ', receivedAt: TEMPLATE_RECEIVED_AT },
  });
  if (created.status !== 201) throw new Error(`template create failed: ${created.status} ${JSON.stringify(created.body)}`);
  let version = created.body.case.version as number;
  for (const s of steps) {
    const r = await http.call('POST', `/cases/${created.body.case.id}/events`, tokens[s.by], { type: s.type, payload: s.payload, expectedVersion: version });
    if (r.status !== 200) throw new Error(`template ${s.type} failed: ${r.status} ${JSON.stringify(r.body)}`);
    version = r.body.case.version;
  }
  return created.body.case.id as string;
}

/**
 * Walks one case per template through the API and clones `n` cases from them. Titles, units, dates and the
 * assigned cell differ per case; placeholders in the template's snapshot and payloads are replaced in SQL.
 */
export async function seedCases(db: Client, http: BenchHttp, tokens: Walkers, units: ReadsUnits, n: number, log: (s: string) => void): Promise<void> {
  const cell = units.cells[0];
  const tpls = templates(cell);
  const tplIds: string[] = [];
  for (const [i, t] of tpls.entries()) tplIds.push(await walk(http, tokens, units.province, `TMPL-TITLE-${i}`, t.steps));

  const sub = (text: string, i: number) =>
    text.split(units.province).join('__ORG__').split(cell).join('__ASG__').split(`TMPL-TITLE-${i}`).join('__TITLE__').split(TEMPLATE_RECEIVED_AT).join('__RECV__');
  const caseRows: unknown[] = [];
  const eventRows: unknown[] = [];
  for (const [i, id] of tplIds.entries()) {
    const c = (await db.query(`SELECT *, snapshot::text AS snapshot_text, tags::text AS tags_text FROM "case" WHERE id = $1`, [id])).rows[0];
    caseRows.push({
      tpl: i, snapshot: sub(c.snapshot_text, i), tags: c.tags_text, state: c.state, status: c.status, report_category: c.report_category,
      version: c.version, machine_version: c.machine_version, assigned: c.assigned_unit_id !== null, created_by: c.created_by, weight: tpls[i].weight,
      open: tpls[i].open, offered_events: c.offered_events,
    });
    const events = (await db.query(`SELECT * FROM case_event WHERE case_id = $1 ORDER BY seq`, [id])).rows;
    for (const e of events) {
      eventRows.push({
        tpl: i, seq: e.seq, type: e.type, payload_canon: sub(canonicalJson(e.payload), i), payload_json: sub(JSON.stringify(e.payload), i),
        actor: e.actor_id, from_state: e.from_state, to_state: e.to_state, mv: e.machine_version,
      });
    }
  }
  await db.query(`DROP SCHEMA IF EXISTS bench_seed CASCADE`);
  await db.query(`CREATE SCHEMA bench_seed`);
  await db.query(`CREATE TABLE bench_seed.tpl_case AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
    tpl int, snapshot text, tags text, state text, status text, report_category text, version int, machine_version int, assigned boolean,
    created_by uuid, weight float8, open boolean, offered_events text[])`, [JSON.stringify(caseRows)]);
  await db.query(`CREATE TABLE bench_seed.tpl_event AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
    tpl int, seq int, type text, payload_canon text, payload_json text, actor uuid, from_state text, to_state text, mv int)`, [JSON.stringify(eventRows)]);
  await db.query(`CREATE TABLE bench_seed.tpl_deadline AS
    SELECT t.tpl, d.*, d.due_at - c.received_at AS due_offset, d.start_at - c.created_at AS start_offset, d.closed_at - c.created_at AS closed_offset
      FROM unnest($1::uuid[]) WITH ORDINALITY AS t0(case_id, ord) CROSS JOIN LATERAL (SELECT (t0.ord - 1)::int AS tpl) t
      JOIN "case" c ON c.id = t0.case_id JOIN deadline d ON d.case_id = c.id`, [tplIds]);
  // Exactly libs/timeline's eventHash: SHA-256 over the previous hash, a newline and the canonical row.
  await db.query(`CREATE FUNCTION bench_seed.iso(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$`);
  await db.query(`CREATE FUNCTION bench_seed.event_hash(prev text, case_id uuid, seq int, type text, payload text, actor uuid, from_state text,
      to_state text, mv int, at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(prev || E'\\n' || '{"actorId":"' || actor || '","caseId":"' || case_id || '","fromState":'
      || coalesce(to_json(from_state)::text, 'null') || ',"machineVersion":' || mv || ',"occurredAt":"' || bench_seed.iso(at) || '","payload":'
      || payload || ',"recordedAt":"' || bench_seed.iso(at) || '","seq":' || seq || ',"toState":' || to_json(to_state)::text
      || ',"type":' || to_json(type)::text || '}', 'UTF8')), 'hex') $$`);
  await db.query(`CREATE FUNCTION bench_seed.sub(t text, unit uuid, asg uuid, title text, received timestamptz) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT replace(replace(replace(replace(t, '__ORG__', unit::text), '__ASG__', asg::text), '__TITLE__', title), '__RECV__', bench_seed.iso(received)) $$`);

  let cum = 0;
  const pick = caseRows
    .map((r) => {
      cum += (r as { weight: number }).weight;
      return `WHEN r_tpl < ${cum.toFixed(4)} THEN ${(r as { tpl: number }).tpl}`;
    })
    .join(' ');
  await db.query(`SELECT setseed(0.16)`);
  let t0 = Date.now();
  await db.query(
    `CREATE UNLOGGED TABLE bench_seed.clone AS
     SELECT g.id, g.n, g.tpl, g.unit, g.asg, g.created, date_trunc('milliseconds', g.created - g.r_recv * interval '3 days') AS received,
            'Phản ánh về ' || (ARRAY['đất đai','xây dựng','môi trường','tài chính','cán bộ','y tế','giáo dục','giao thông','an ninh','đền bù'])[1 + g.n % 10]
              || ' tại ' || (ARRAY['khu phố','ấp','tổ dân phố','chợ','trường học','bệnh viện','công trường','bến xe'])[1 + (g.n / 10) % 8]
              || ' số ' || g.n AS title
       FROM (
         SELECT x.*, gen_random_uuid() AS id,
                CASE WHEN x.r_unit < 0.1 THEN $1::uuid WHEN x.r_unit < 0.4 THEN ($2::uuid[])[x.k + 1] ELSE ($3::uuid[])[x.k * ${CELLS_PER_COMMUNE} + x.j + 1] END AS unit,
                ($3::uuid[])[x.k * ${CELLS_PER_COMMUNE} + x.j + 1] AS asg,
                date_trunc('milliseconds', timestamptz '2026-12-01' - x.r_time * CASE WHEN t.open THEN interval '120 days' ELSE interval '700 days' END) AS created
           FROM (SELECT n, CASE ${pick} ELSE 0 END AS tpl, random() AS r_unit, floor(random() * ${COMMUNES})::int AS k,
                        floor(random() * ${CELLS_PER_COMMUNE})::int AS j, random() AS r_time, random() AS r_recv
                   FROM (SELECT n, random() AS r_tpl FROM generate_series(1, $4) n) s) x
           JOIN bench_seed.tpl_case t ON t.tpl = x.tpl
       ) g`,
    [units.province, units.communes, units.cells, n],
  );
  await db.query(`ALTER TABLE bench_seed.clone ADD PRIMARY KEY (id)`);
  log(`clones planned: ${Date.now() - t0} ms`);

  // Hash chains, one level (seq) per step of the recursion; event k happens k − 1 days after registration.
  t0 = Date.now();
  await db.query(
    `CREATE UNLOGGED TABLE bench_seed.chain AS
     WITH RECURSIVE ch(case_id, seq, prev, hash) AS (
       SELECT c.id, 1, '${GENESIS_HASH}'::text,
              bench_seed.event_hash('${GENESIS_HASH}', c.id, 1, e.type, bench_seed.sub(e.payload_canon, c.unit, c.asg, c.title, c.received), e.actor,
                                    e.from_state, e.to_state, e.mv, c.created)
         FROM bench_seed.clone c JOIN bench_seed.tpl_event e ON e.tpl = c.tpl AND e.seq = 1
       UNION ALL
       SELECT c.id, ch.seq + 1, ch.hash,
              bench_seed.event_hash(ch.hash, c.id, ch.seq + 1, e.type, bench_seed.sub(e.payload_canon, c.unit, c.asg, c.title, c.received), e.actor,
                                    e.from_state, e.to_state, e.mv, c.created + ch.seq * interval '1 day')
         FROM ch JOIN bench_seed.clone c ON c.id = ch.case_id JOIN bench_seed.tpl_event e ON e.tpl = c.tpl AND e.seq = ch.seq + 1
     )
     SELECT * FROM ch`,
  );
  log(`hash chains: ${Date.now() - t0} ms`);

  // People named on cases (and so excluded from them), inserted before the cases so that the search text the case
  // trigger computes includes the subjects' names, as it would for a case whose subject was named at registration.
  t0 = Date.now();
  await db.query(`SET session_replication_role = replica`);
  await db.query(
    `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by, added_at)
     SELECT gen_random_uuid(), c.id, p.relation, CASE WHEN p.relation = 'SUBJECT_ORGANISATION' THEN NULL ELSE u.id END,
            CASE WHEN p.relation = 'SUBJECT_ORGANISATION' THEN ($1::uuid[])[1 + c.n % ${COMMUNES}] END,
            'Liên quan đến nội dung phản ánh', t.created_by, c.created
       FROM bench_seed.clone c JOIN bench_seed.tpl_case t ON t.tpl = c.tpl
       CROSS JOIN LATERAL (VALUES ('SUBJECT', 0.10), ('CONFLICT', 0.03), ('SUBJECT_ORGANISATION', 0.02), ('PARTICIPANT', 0.05)) p(relation, share)
       JOIN app_user u ON u.username = 'staff-' || (1 + (c.n * 7 + length(p.relation)) % 200)
      WHERE random() + 0 * c.n < p.share`, // 0 * c.n: one draw per case and relation, not one per VALUES row
    [units.communes],
  );
  // Each measured user is excluded (a conflict of interest) from 0.2 % of the cases.
  await db.query(
    `INSERT INTO case_participant (id, case_id, relation, user_id, reason, added_by, added_at)
     SELECT gen_random_uuid(), c.id, 'CONFLICT', u.id, 'Có quan hệ với người bị phản ánh', t.created_by, c.created
       FROM bench_seed.clone c JOIN bench_seed.tpl_case t ON t.tpl = c.tpl CROSS JOIN app_user u
      WHERE u.username IN ('reader-province', 'reader-district', 'reader-ward') AND random() + 0 * c.n < 0.002`,
  );
  await db.query(`SET session_replication_role = origin`);
  log(`participants: ${Date.now() - t0} ms`);

  t0 = Date.now();
  await db.query(
    `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id, assigned_unit_id,
                         title, chain_head, created_by, received_at, created_at, updated_at, offered_events)
     SELECT c.id, 'quy-dinh-1374', t.machine_version, bench_seed.sub(t.snapshot, c.unit, c.asg, c.title, c.received)::jsonb, t.state, t.status,
            t.report_category, t.tags::jsonb, t.version, c.unit, CASE WHEN t.assigned THEN c.asg END, c.title, h.hash, t.created_by, c.received,
            c.created, c.created + (t.version - 1) * interval '1 day', t.offered_events
       FROM bench_seed.clone c JOIN bench_seed.tpl_case t ON t.tpl = c.tpl JOIN bench_seed.chain h ON h.case_id = c.id AND h.seq = t.version`,
  );
  log(`cases: ${Date.now() - t0} ms`);

  t0 = Date.now();
  await db.query(
    `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version, occurred_at, recorded_at, prev_hash, hash)
     SELECT gen_random_uuid(), h.case_id, h.seq, e.type, bench_seed.sub(e.payload_json, c.unit, c.asg, c.title, c.received)::jsonb, e.actor,
            e.from_state, e.to_state, e.mv, c.created + (h.seq - 1) * interval '1 day', c.created + (h.seq - 1) * interval '1 day', h.prev, h.hash
       FROM bench_seed.chain h JOIN bench_seed.clone c ON c.id = h.case_id JOIN bench_seed.tpl_event e ON e.tpl = c.tpl AND e.seq = h.seq`,
  );
  log(`events: ${Date.now() - t0} ms`);

  t0 = Date.now();
  await db.query(
    `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, closed_at, created_at, updated_at, rule_id,
                           calendar_version, explanation, manual_due, armed_generation, remaining_working_days, extensions_used, term)
     SELECT gen_random_uuid(), c.id, d.key, d.rule_key, c.created + d.start_offset,
            -- The templates' rules may have no value (no due date); the inbox's dated path needs dated deadlines, so
            -- 70 % of those left open get one by hand, 1–30 days after the start, as a secretary would set it.
            COALESCE(c.received + d.due_offset,
                     CASE WHEN d.status IN ('PENDING', 'MISSED') AND random() < 0.7 THEN c.created + d.start_offset + (1 + floor(random() * 30)) * interval '1 day' END),
            d.status, d.generation, d.event_seq,
            c.created + d.closed_offset, c.created + d.start_offset, c.created + coalesce(d.closed_offset, d.start_offset), d.rule_id,
            d.calendar_version, d.explanation, d.manual_due OR (d.due_offset IS NULL AND d.status IN ('PENDING', 'MISSED')), NULL,
            d.remaining_working_days, d.extensions_used, d.term
       FROM bench_seed.clone c JOIN bench_seed.tpl_deadline d ON d.tpl = c.tpl`,
  );
  log(`deadlines: ${Date.now() - t0} ms`);
  await db.query(`DROP SCHEMA bench_seed CASCADE`);
}

/**
 * A case visible to all three readers (on the ward's cell) whose timeline holds `events` events: walked to
 * "assigned, awaiting the report" through the API, then extended by hashed rows of the same shape the engine writes.
 */
export async function seedLongTimeline(db: Client, http: BenchHttp, tokens: Walkers, units: ReadsUnits, events: number): Promise<string> {
  const id = await walk(http, tokens, units.cells[0], 'Vụ việc có diễn biến dài', [
    ...SCREENED, { type: 'ASSIGN_TO_UNIT', payload: { unitId: units.cells[0] }, by: 'walker' },
  ]);
  const head = (await db.query(`SELECT version, chain_head, state, machine_version, created_by FROM "case" WHERE id = $1`, [id])).rows[0];
  let prev: string = head.chain_head;
  const base = Date.parse('2026-11-03T01:00:00.000Z');
  for (let from = head.version + 1; from <= events; from += 1000) {
    const rows = [];
    for (let seq = from; seq < Math.min(from + 1000, events + 1); seq++) {
      const at = new Date(base + seq * 60_000);
      const e = {
        caseId: id, seq, type: 'EXTEND_FRONT_RESULT', payload: { reason: `Gia hạn lần ${seq}` }, actorId: head.created_by as string,
        fromState: head.state as string, toState: head.state as string, machineVersion: head.machine_version as number, occurredAt: at, recordedAt: at,
      };
      const hash = eventHash(prev, e);
      rows.push({ ...e, prevHash: prev, hash });
      prev = hash;
    }
    await db.query(
      `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version, occurred_at, recorded_at, prev_hash, hash)
       SELECT gen_random_uuid(), r."caseId", r.seq, r.type, r.payload, r."actorId", r."fromState", r."toState", r."machineVersion", r."occurredAt",
              r."recordedAt", r."prevHash", r.hash
         FROM jsonb_to_recordset($1::jsonb) AS r("caseId" uuid, seq int, type text, payload jsonb, "actorId" uuid, "fromState" text, "toState" text,
              "machineVersion" int, "occurredAt" timestamptz, "recordedAt" timestamptz, "prevHash" text, hash text)`,
      [JSON.stringify(rows)],
    );
  }
  if (events > head.version) await db.query(`UPDATE "case" SET version = $2, chain_head = $3 WHERE id = $1`, [id, events, prev]);
  return id;
}
