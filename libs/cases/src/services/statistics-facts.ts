// The facts periodic reports count (issue 17 §3; changes-2026.md §6), as fixed SQL over the case table: which cases a
// fact counts in a period and the attributes it groups them by. Every attribute is what the case showed at the end of
// the period, so a report for a past period reads the same later: an outcome counts when the event that reached it was
// recorded before the period ended (the timeline is append-only); a decision counts on the date written in it.
// Named parameters a statement may use: :startsAt the period's first instant, :endsBefore the first instant after it,
// :fromDate / :toDate its first day and the day after its last (Vietnam dates). No caller text ever reaches the SQL:
// facts are chosen by name.

/** Level codes of the grassroots committees and below (đảng ủy cơ sở, đảng ủy bộ phận, chi bộ). */
const GRASSROOTS_LEVELS = `('GRASSROOTS', 'SECTION', 'CELL')`;

/** The Vietnam date of an ISO date or instant held as text (a decision's date: a day, or the instant it was entered). */
const vietnamDateOf = (text: string) =>
  `(CASE WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN (${text})::date ELSE ((${text})::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END)`;

/** The type of the case's last event among `types` recorded before the period ended, or NULL. */
const lastEventBeforeEnd = (types: readonly string[], column = 'e.type') =>
  `(SELECT ${column} FROM case_event e WHERE e.case_id = c.id AND e.type IN (${types.map((t) => `'${t}'`).join(', ')}) AND e.occurred_at < :endsBefore
     ORDER BY e.seq DESC LIMIT 1)`;

const receivedInPeriod = (procedureId: string) => `c.procedure_id = '${procedureId}' AND c.received_at >= :startsAt AND c.received_at < :endsBefore`;

/** Cases opened as children (directly or further down) of a case of `procedureId`. */
const descendsFrom = (procedureId: string) => `EXISTS (
    WITH RECURSIVE up(id) AS (
      SELECT l.parent_case_id FROM case_link l WHERE l.child_case_id = c.id
      UNION SELECT l.parent_case_id FROM case_link l JOIN up ON l.child_case_id = up.id)
    SELECT 1 FROM up JOIN "case" p ON p.id = up.id WHERE p.procedure_id = '${procedureId}')`;

/** The date a committee filling ended: people in post, the upper committee's refusal, or the withdrawal. */
const FILLING_DATE = `(CASE c.snapshot #>> '{context,outcome}'
    WHEN 'NOT_AGREED' THEN c.snapshot #>> '{context,refusal,decidedOn}'
    WHEN 'WITHDRAWN' THEN c.snapshot #>> '{context,withdrawal,withdrawnOn}'
    WHEN 'DESIGNATED' THEN c.snapshot #>> '{context,filled,on}'
    WHEN 'ELECTED' THEN c.snapshot #>> '{context,filled,on}' END)`;

/** People of a post a filling added (designated, elected), or the seats of that post it proposed (refused, withdrawn). */
const fillingPostCount = (post: string) => `(CASE WHEN c.snapshot #>> '{context,outcome}' IN ('DESIGNATED', 'ELECTED')
    THEN (SELECT count(*) FROM jsonb_array_elements(COALESCE(c.snapshot #> '{context,filled,members}', '[]'::jsonb)) m(x) WHERE m.x->>'post' = '${post}')
    ELSE (SELECT COALESCE(sum((p.x->>'count')::int), 0) FROM jsonb_array_elements(COALESCE(c.snapshot #> '{context,registration,posts}', '[]'::jsonb)) p(x)
           WHERE p.x->>'post' = '${post}') END)::text`;

export interface StatisticsFact {
  /** Which cases: a WHERE condition over `c` (the case) and `hl` (the unit that held it at the end of the period). */
  where: string;
  /** Attribute name → SQL expression (text or boolean), grouped by. */
  attributes: Readonly<Record<string, string>>;
  /**
   * Count restricted cases (ProcedureDefinition.restricted) for everyone whose scope covers the unit, named on them or
   * not: the fact is an aggregate that shows no file (no title, no id, only counts by its attributes), so the per-file
   * named-participant rule does not apply to it. The unit scope still does, and so do the other exclusions of
   * unrestricted cases.
   */
  countsRestricted?: boolean;
}

/** 1374 outcomes in the terms committees publish, from the event that reached each (quy-dinh-1374 machine, `outcome`). */
const OUTCOME_1374_EVENTS = ['FORWARD', 'CONCLUDE', 'MOVE_TO_INSPECTION', 'REFER_DISCIPLINE', 'CLOSE_NO_BASIS'] as const;

export const STATISTICS_FACTS = {
  /**
   * 1374 information received in the period: its source, its outcome at the end of the period (a conclusion followed
   * by a referral to discipline counts as the referral) and whether a grassroots committee received it — the unit
   * that held it is one, or it was assigned or forwarded down to one (changes-2026.md §6, "62").
   */
  'quy-dinh-1374.received': {
    where: receivedInPeriod('quy-dinh-1374'),
    attributes: {
      source: `c.tags->>'source'`,
      outcome: `(CASE ${lastEventBeforeEnd(OUTCOME_1374_EVENTS)} WHEN 'FORWARD' THEN 'FORWARDED' WHEN 'CONCLUDE' THEN 'RESOLVED'
                  WHEN 'MOVE_TO_INSPECTION' THEN 'MOVED_TO_INSPECTION' WHEN 'REFER_DISCIPLINE' THEN 'DISCIPLINE_REFERRED'
                  WHEN 'CLOSE_NO_BASIS' THEN 'NO_BASIS' END)`,
      grassroots: `(hl.level IN ${GRASSROOTS_LEVELS}
        OR EXISTS (SELECT 1 FROM case_event e JOIN org_unit au ON au.id::text = e.payload->>'unitId'
                    WHERE e.case_id = c.id AND e.type = 'ASSIGN_TO_UNIT' AND e.occurred_at < :endsBefore AND au.level IN ${GRASSROOTS_LEVELS})
        OR EXISTS (SELECT 1 FROM case_event e
                    WHERE e.case_id = c.id AND e.type = 'FORWARD' AND e.payload->>'target' = 'LOWER_COMMITTEE' AND e.occurred_at < :endsBefore))`,
    },
  },
  /**
   * Discipline decided in the period (the date in the decision, in Vietnam): the form decided, who was disciplined, the
   * deciding body's level, and whether the case came (through an inspection or directly) from 1374 information.
   */
  'ky-luat.decided': {
    where: `c.procedure_id = 'ky-luat' AND c.snapshot #>> '{context,decision,at}' IS NOT NULL
            AND ${vietnamDateOf(`c.snapshot #>> '{context,decision,at}'`)} >= :fromDate::date
            AND ${vietnamDateOf(`c.snapshot #>> '{context,decision,at}'`)} < :toDate::date`,
    attributes: {
      form: `c.snapshot #>> '{context,decision,form}'`,
      subjectKind: `c.snapshot #>> '{context,input,subject,kind}'`,
      bodyLevel: `c.snapshot #>> '{context,decision,body,level}'`,
      from1374: descendsFrom('quy-dinh-1374'),
    },
  },
  /**
   * Denunciations received in the period: the admissibility decision at its end (accepted, not accepted, kept as
   * information, transferred; NULL while undecided), the reason not accepted, the conclusion and a withdrawal.
   */
  'to-cao.received': {
    where: receivedInPeriod('to-cao'),
    attributes: {
      admissibility: `(CASE ${lastEventBeforeEnd(['ACCEPT', 'NOT_ACCEPT', 'USE_AS_INFORMATION', 'TRANSFER'])} WHEN 'ACCEPT' THEN 'ACCEPTED'
                        WHEN 'NOT_ACCEPT' THEN 'NOT_ACCEPTED' WHEN 'USE_AS_INFORMATION' THEN 'USED_AS_INFORMATION' WHEN 'TRANSFER' THEN 'TRANSFERRED' END)`,
      reason: lastEventBeforeEnd(['ACCEPT', 'NOT_ACCEPT', 'USE_AS_INFORMATION', 'TRANSFER'], `e.payload->>'reason'`),
      outcome: lastEventBeforeEnd(['CONCLUDE'], `e.payload->>'outcome'`),
      withdrawn: `EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.type = 'WITHDRAW' AND e.occurred_at < :endsBefore)`,
    },
  },
  /**
   * Inspections on signs of violation proposed in the period: decided (opened) and concluded by its end, the
   * conclusion, the subject (organisation or member) and where the proposal came from (1374, a denunciation, direct).
   */
  'kiem-tra-dau-hieu-vi-pham.proposed': {
    where: receivedInPeriod('kiem-tra-dau-hieu-vi-pham'),
    attributes: {
      opened: `COALESCE((c.snapshot #>> '{context,decision,decidedAt}')::timestamptz < :endsBefore, false)`,
      outcome: `(CASE WHEN (c.snapshot #>> '{context,conclusion,concludedAt}')::timestamptz < :endsBefore THEN c.snapshot #>> '{context,conclusion,outcome}' END)`,
      subjectKind: `c.tags->>'subjectKind'`,
      origin: `c.tags->>'origin'`,
    },
  },
  /** Inspection and supervision plans received in the period (procedure `ke-hoach-kiem-tra-giam-sat`, when registered). */
  'ke-hoach-kiem-tra-giam-sat.received': {
    where: receivedInPeriod('ke-hoach-kiem-tra-giam-sat'),
    attributes: {},
  },
  /**
   * The inspections and supervisions such plans opened (their linked children), opened in the period: the procedure,
   * the kind (its `kind` tag: inspection, regular or thematic supervision) and the conclusion reached by the period's end.
   */
  'ke-hoach-kiem-tra-giam-sat.children': {
    where: `c.received_at >= :startsAt AND c.received_at < :endsBefore AND EXISTS (
              SELECT 1 FROM case_link l JOIN "case" p ON p.id = l.parent_case_id
               WHERE l.child_case_id = c.id AND p.procedure_id = 'ke-hoach-kiem-tra-giam-sat')`,
    attributes: {
      procedureId: 'c.procedure_id',
      kind: `c.tags->>'kind'`,
      subject: `c.tags->>'subject'`,
      outcome: `(CASE WHEN c.snapshot #>> '{context,conclusion,at}' IS NOT NULL
                       AND ${vietnamDateOf(`c.snapshot #>> '{context,conclusion,at}'`)} < :toDate::date
                      THEN c.snapshot #>> '{context,conclusion,outcome}' END)`,
    },
  },
  /**
   * Political-standard verifications concluded in the period (tham-tra-tieu-chuan-chinh-tri, changes-2026.md §5.4): a
   * dossier counts once, under the last conclusion dated in the period (the date written in it, `concludedOn`), by the
   * purpose of the request and that conclusion (meets, does not meet, needs the higher level's opinion). Its files are
   * restricted; this aggregate shows none of them (countsRestricted).
   */
  'tham-tra-tieu-chuan-chinh-tri.concluded': {
    where: `c.procedure_id = 'tham-tra-tieu-chuan-chinh-tri' AND EXISTS (
              SELECT 1 FROM jsonb_array_elements(COALESCE(c.snapshot #> '{context,conclusions}', '[]'::jsonb)) k(x)
               WHERE (k.x->>'concludedOn')::date >= :fromDate::date AND (k.x->>'concludedOn')::date < :toDate::date)`,
    attributes: {
      purpose: `c.snapshot #>> '{context,request,purpose}'`,
      outcome: `(SELECT k.x->>'outcome' FROM jsonb_array_elements(COALESCE(c.snapshot #> '{context,conclusions}', '[]'::jsonb)) WITH ORDINALITY k(x, i)
                  WHERE (k.x->>'concludedOn')::date >= :fromDate::date AND (k.x->>'concludedOn')::date < :toDate::date
                  ORDER BY k.i DESC LIMIT 1)`,
    },
    countsRestricted: true,
  },
  /**
   * Committee fillings (bo-sung-cap-uy) that ended in the period, on the date of their outcome: the day the people
   * took their posts (designated or elected: `filled.on`), the upper committee's refusal, or the withdrawal. By outcome,
   * method and, per post, the people added (designated, elected) or the seats proposed (refused, withdrawn).
   */
  'bo-sung-cap-uy.completed': {
    where: `c.procedure_id = 'bo-sung-cap-uy' AND ${FILLING_DATE} IS NOT NULL
            AND ${vietnamDateOf(FILLING_DATE)} >= :fromDate::date AND ${vietnamDateOf(FILLING_DATE)} < :toDate::date`,
    attributes: {
      outcome: `c.snapshot #>> '{context,outcome}'`,
      method: `c.snapshot #>> '{context,decision,method}'`,
      COMMITTEE_MEMBER: fillingPostCount('COMMITTEE_MEMBER'),
      STANDING_MEMBER: fillingPostCount('STANDING_MEMBER'),
      DEPUTY_SECRETARY: fillingPostCount('DEPUTY_SECRETARY'),
      SECRETARY: fillingPostCount('SECRETARY'),
    },
  },
  /** Inspection and supervision plans adopted in the period (the meeting's date), by the plan's year. */
  'ke-hoach-kiem-tra-giam-sat.adopted': {
    where: `c.procedure_id = 'ke-hoach-kiem-tra-giam-sat' AND c.snapshot #>> '{context,adoption,meetingDate}' IS NOT NULL
            AND ${vietnamDateOf(`c.snapshot #>> '{context,adoption,meetingDate}'`)} >= :fromDate::date
            AND ${vietnamDateOf(`c.snapshot #>> '{context,adoption,meetingDate}'`)} < :toDate::date`,
    attributes: { year: `COALESCE(c.snapshot #>> '{context,input,year}', c.tags->>'year')` },
  },
  /** Admission decisions dated in the period (9-KNĐ: the date written in the decision), admitted or not. */
  'ket-nap-dang-vien.decided': {
    where: `c.procedure_id = 'ket-nap-dang-vien' AND c.snapshot #>> '{context,admissionDecision,decisionDate}' IS NOT NULL
            AND ${vietnamDateOf(`c.snapshot #>> '{context,admissionDecision,decisionDate}'`)} >= :fromDate::date
            AND ${vietnamDateOf(`c.snapshot #>> '{context,admissionDecision,decisionDate}'`)} < :toDate::date`,
    attributes: { admitted: `(c.snapshot #>> '{context,admissionDecision,admitted}')::boolean` },
  },
} as const satisfies Record<string, StatisticsFact>;

export type StatisticsFactName = keyof typeof STATISTICS_FACTS;
export type FactAttributes<F extends StatisticsFactName> = keyof (typeof STATISTICS_FACTS)[F]['attributes'];
