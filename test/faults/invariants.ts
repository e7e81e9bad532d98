// What must hold after every fault, read from the fault cluster's database, the load's own record of what the API
// acknowledged, the webhook receiver, and `audit:verify`. Each check answers ok, a short figure and, when it fails,
// the first few offending rows.
import type { Pool } from 'pg';
import type { Load } from './load';
import type { FaultOrg, Who } from './org';
import { DIST, runCli } from './processes';
import type { WebhookReceiver } from './webhook-receiver';

export interface Check {
  ok: boolean;
  figure: string;
  problems: string[];
}

export const INVARIANTS = ['acked once', 'no seq gap', 'audit:verify', 'firings ×1', 'webhook ids', 'outbox drained', 'procs up'] as const;
export type Invariant = (typeof INVARIANTS)[number];

export interface CheckContext {
  pool: Pool;
  load: Load;
  org: FaultOrg;
  receiver: WebhookReceiver;
  cliEnv: NodeJS.ProcessEnv;
  /** Exits of the API or the worker nobody caused, during this phase. */
  unplannedExits: string[];
}

const REMINDERS = ['REMIND_3WD', 'REMIND_1WD', 'DUE_DAY'];
const KINDS = [...REMINDERS, 'ESCALATE'].sort();
const SHOW = 5;

const check = (problems: string[], figure: string): Check => ({ ok: problems.length === 0, figure, problems: problems.slice(0, SHOW) });

/** Counts of work not finished yet; all zero once the system has caught up (see `settle`). */
export async function backlog(pool: Pool): Promise<{ outbox: number; deliveries: number; dueFirings: number; missedEvents: number; overduePending: number }> {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM outbox_message WHERE status <> 'DONE') AS outbox,
            (SELECT count(*)::int FROM notification_delivery WHERE status <> 'SENT') AS deliveries,
            (SELECT count(*)::int FROM deadline_firing WHERE fire_at <= now()) AS "dueFirings",
            (SELECT count(*)::int FROM deadline_missed_event) AS "missedEvents",
            (SELECT count(*)::int FROM deadline WHERE status = 'PENDING' AND due_at < now()) AS "overduePending"`,
  );
  return rows[0];
}

/** Every acknowledged command is in its case's timeline where the answer said, once; its key still answers the same. */
async function ackedOnce(ctx: CheckContext): Promise<Check> {
  const { acks, refused, unacked } = ctx.load;
  const problems = [...refused.map((r) => `refused: ${r}`), ...unacked.map((u) => `never acknowledged: ${u}`)];
  const caseIds = [...new Set(acks.map((a) => a.caseId))];
  const { rows: events } = await ctx.pool.query<{ case_id: string; seq: number; type: string; actor_id: string }>(
    `SELECT case_id, seq, type, actor_id FROM case_event WHERE case_id = ANY($1::uuid[])`,
    [caseIds],
  );
  const at = new Map(events.map((e) => [`${e.case_id}/${e.seq}`, e]));
  for (const a of acks) {
    const e = at.get(`${a.caseId}/${a.seq}`);
    if (!e) problems.push(`acknowledged ${a.type} (case ${a.caseId}, seq ${a.seq}) is not in the timeline`);
    else if (e.type !== a.type || e.actor_id !== ctx.org.userIds[a.who]) problems.push(`seq ${a.seq} of case ${a.caseId} is ${e.type} by ${e.actor_id}, acknowledged as ${a.type} by ${a.who}`);
  }
  // Each walk sends every type once per case and the worker sends DEADLINE_MISSED once: a repeat is a double write.
  const { rows: twice } = await ctx.pool.query(`SELECT case_id, type, count(*)::int AS n FROM case_event GROUP BY case_id, type HAVING count(*) > 1 LIMIT 20`);
  for (const t of twice) problems.push(`case ${t.case_id} has ${t.type} ${t.n} times`);
  const { rows: titles } = await ctx.pool.query(`SELECT title, count(*)::int AS n FROM "case" GROUP BY title HAVING count(*) > 1 LIMIT 20`);
  for (const t of titles) problems.push(`"${t.title}" was created ${t.n} times`);
  const { rows: keys } = await ctx.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM idempotency_key WHERE key = ANY($1::text[]) AND status_code BETWEEN 200 AND 299`,
    [acks.map((a) => a.key)],
  );
  if (keys[0].n !== acks.length) problems.push(`${acks.length} acknowledged keys, ${keys[0].n} stored with their answer`);
  const replay = await ctx.load.replay(20);
  problems.push(...replay.mismatches.map((m) => `replay: ${m}`));
  return check(problems, `${acks.length} acks, ${replay.replayed} replays`);
}

/** Every case's timeline is 1..version, nothing missing, nothing beyond. */
async function noSeqGap(ctx: CheckContext): Promise<Check> {
  const { rows } = await ctx.pool.query(
    `SELECT c.id, c.version, count(e.seq)::int AS n, min(e.seq) AS lo, max(e.seq) AS hi
       FROM "case" c LEFT JOIN case_event e ON e.case_id = c.id GROUP BY c.id, c.version
     HAVING count(e.seq) <> c.version OR min(e.seq) <> 1 OR max(e.seq) <> c.version`,
  );
  const { rows: totals } = await ctx.pool.query(`SELECT (SELECT count(*)::int FROM "case") AS cases, (SELECT count(*)::int FROM case_event) AS events`);
  return check(
    rows.map((r) => `case ${r.id}: version ${r.version}, ${r.n} events, seq ${r.lo}..${r.hi}`),
    `${totals[0].cases} cases, ${totals[0].events} events`,
  );
}

/** `audit:verify` (the built CLI) on the fault cluster: every chain and the latest signed checkpoint. */
async function auditVerify(ctx: CheckContext): Promise<Check> {
  const { code, out } = await runCli(DIST.auditVerify, [], ctx.cliEnv);
  const summary = out.split('\n').find((l) => l.startsWith('SUMMARY')) ?? out.trim().split('\n').pop() ?? '';
  const problems = code === 0 ? [] : [`exit ${code}: ${summary}`, ...out.split('\n').filter((l) => /^(BROKEN|CHECKPOINT)/.test(l))];
  const heads = /(\d+) heads checked/.exec(summary)?.[1];
  return check(problems, code === 0 ? `exit 0${heads ? `, ${heads} signed heads` : ''}` : `exit ${code}`);
}

/**
 * Every overdue deadline is MISSED with each of its four firings claimed once, its notices exactly to the people the
 * rules name (reminders: task force and office; escalation: secretary and standing member) and one DEADLINE_MISSED
 * on its case; a deadline not yet due (or with no due) has fired nothing, whether still pending or closed by its step. Each outbox message told exactly its audience.
 */
async function firingsOnce(ctx: CheckContext): Promise<Check> {
  const u = ctx.org.userIds;
  const expectNotices = [...REMINDERS.flatMap((k) => [`${k}:${u.taskForce}`, `${k}:${u.office}`]), `ESCALATE:${u.secretary}`, `ESCALATE:${u.standing}`].sort();
  const { rows } = await ctx.pool.query(
    `WITH dl AS (SELECT deadline_id, array_agg(kind ORDER BY kind) AS kinds FROM deadline_delivery GROUP BY deadline_id),
          nt AS (SELECT substr(source_key, 4, 36) AS deadline_id, array_agg(kind || ':' || user_id ORDER BY kind || ':' || user_id) AS notices
                   FROM notification WHERE source_key LIKE 'dl-%' GROUP BY 1),
          ev AS (SELECT case_id, count(*)::int AS n FROM case_event WHERE type = 'DEADLINE_MISSED' GROUP BY case_id)
     SELECT d.id, d.case_id, d.status, d.due_at < now() AS overdue, COALESCE(dl.kinds, '{}') AS kinds,
            COALESCE(nt.notices, '{}') AS notices, COALESCE(ev.n, 0) AS missed
       FROM deadline d LEFT JOIN dl ON dl.deadline_id = d.id LEFT JOIN nt ON nt.deadline_id = d.id::text LEFT JOIN ev ON ev.case_id = d.case_id`,
  );
  const problems: string[] = [];
  let fired = 0;
  for (const r of rows) {
    const got = { status: r.status, kinds: (r.kinds as string[]).join(','), notices: (r.notices as string[]).join(','), missed: r.missed };
    // A deadline not due (or with no legal due, e.g. 1374 sources 1–3) fires nothing; its step may have closed it.
    const closedBeforeDue = !r.overdue && (r.status === 'MET' || r.status === 'CANCELLED');
    const want = r.overdue
      ? { status: 'MISSED', kinds: KINDS.join(','), notices: expectNotices.join(','), missed: 1 }
      : { status: closedBeforeDue ? r.status : 'PENDING', kinds: '', notices: '', missed: 0 };
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`deadline ${r.id} (${r.overdue ? 'overdue' : 'not due'}): ${r.status}, claimed [${got.kinds}], ${(r.notices as string[]).length} notices, ${r.missed} DEADLINE_MISSED`);
    }
    if (r.overdue) fired += (r.kinds as string[]).length;
  }
  const audience: Record<string, Who> = { '1374.assigned': 'ward', '1374.result': 'taskForce' };
  const { rows: messages } = await ctx.pool.query(
    `WITH nt AS (SELECT substr(source_key, 8) AS outbox_id, array_agg(user_id::text) AS users FROM notification WHERE source_key LIKE 'outbox-%' GROUP BY 1)
     SELECT o.id, o.status, o.payload->>'template' AS template, COALESCE(nt.users, '{}') AS users
       FROM outbox_message o LEFT JOIN nt ON nt.outbox_id = o.id::text`,
  );
  for (const m of messages) {
    const who = audience[m.template as string];
    const want = m.status === 'DONE' && who ? [u[who]] : [];
    if ((m.users as string[]).join() !== want.join()) problems.push(`outbox ${m.id} (${m.template}, ${m.status}) told ${(m.users as string[]).length} people, expected ${want.length}`);
  }
  return check(problems, `${fired} firings, ${messages.length} messages`);
}

/** Each notification has one webhook delivery; each delivery was received (a repeat of one id is allowed); nothing else was. */
async function webhookIds(ctx: CheckContext): Promise<Check> {
  const { rows } = await ctx.pool.query<{ id: string; status: string }>(`SELECT id, status FROM notification_delivery WHERE channel = 'WEBHOOK'`);
  const { rows: orphans } = await ctx.pool.query(
    `SELECT count(*)::int AS n FROM notification n WHERE NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.notification_id = n.id AND d.channel = 'WEBHOOK')`,
  );
  const problems = [...ctx.receiver.malformed.map((m) => `malformed POST: ${m}`)];
  if (orphans[0].n > 0) problems.push(`${orphans[0].n} notifications without a webhook delivery`);
  const known = new Set(rows.map((r) => r.id));
  for (const r of rows) if (r.status === 'SENT' && !ctx.receiver.received.has(r.id)) problems.push(`delivery ${r.id} is SENT but was never received`);
  for (const id of ctx.receiver.received.keys()) if (!known.has(id)) problems.push(`received delivery id ${id} that no notification_delivery row has`);
  const repeats = [...ctx.receiver.received.values()].filter((n) => n > 1).length;
  return check(problems, `${ctx.receiver.received.size} ids, ${repeats} repeated`);
}

/** Nothing left behind: every outbox message done, every delivery sent, no firing due, no machine event unsent. */
async function outboxDrained(ctx: CheckContext): Promise<Check> {
  const b = await backlog(ctx.pool);
  const problems = Object.entries(b).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k} left`);
  const { rows } = await ctx.pool.query(`SELECT (SELECT count(*)::int FROM outbox_message) AS o, (SELECT count(*)::int FROM notification_delivery) AS d`);
  return check(problems, `${rows[0].o} msgs, ${rows[0].d} deliveries`);
}

export async function checkAll(ctx: CheckContext): Promise<Record<Invariant, Check>> {
  return {
    'acked once': await ackedOnce(ctx),
    'no seq gap': await noSeqGap(ctx),
    'audit:verify': await auditVerify(ctx),
    'firings ×1': await firingsOnce(ctx),
    'webhook ids': await webhookIds(ctx),
    'outbox drained': await outboxDrained(ctx),
    'procs up': check(ctx.unplannedExits, ctx.unplannedExits.length === 0 ? 'no crash' : `${ctx.unplannedExits.length} crash(es)`),
  };
}
