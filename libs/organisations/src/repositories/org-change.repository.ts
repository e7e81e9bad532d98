import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrgChangeKind, OrgChangeOutcome, OrgChangePlan } from '@hoso/workflows';

export interface LineageEdge {
  predecessorId: string;
  successorId: string;
  records: boolean;
}

export interface ChangeRecord {
  id: string;
  plan: OrgChangePlan;
  deciderUnitId: string;
  caseId: string | null;
  eventSeq: number | null;
  reason: string | null;
  appliedBy: string;
  appliedAt: Date;
}

/** SQL of `org_change` and `org_lineage` (organisations owns them). */
@Injectable()
export class OrgChangeRepository {
  async insert(m: EntityManager, c: ChangeRecord): Promise<void> {
    await m.query(
      `INSERT INTO org_change (id, kind, plan, effective_date, decision_number, decision_date, decider_unit_id, case_id, event_seq, reason,
                               applied_by, applied_at, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '{}'::jsonb)`,
      [
        c.id, c.plan.kind, JSON.stringify(c.plan), c.plan.effectiveDate, c.plan.decision.number, c.plan.decision.date, c.deciderUnitId,
        c.caseId, c.eventSeq, c.reason, c.appliedBy, c.appliedAt,
      ],
    );
  }

  async recordOutcome(m: EntityManager, id: string, outcome: OrgChangeOutcome): Promise<void> {
    await m.query(`UPDATE org_change SET outcome = $2 WHERE id = $1`, [id, JSON.stringify(outcome)]);
  }

  async insertLineage(m: EntityManager, changeId: string, kind: OrgChangeKind, edges: readonly LineageEdge[]): Promise<void> {
    if (edges.length === 0) return;
    await m.query(
      `INSERT INTO org_lineage (change_id, predecessor_id, successor_id, kind, records)
       SELECT $1, t.p, t.s, $2, t.r FROM unnest($3::uuid[], $4::uuid[], $5::boolean[]) AS t(p, s, r)`,
      [changeId, kind, edges.map((e) => e.predecessorId), edges.map((e) => e.successorId), edges.map((e) => e.records)],
    );
  }

  /**
   * Each unit mapped to the end of its records chain: `records` edges are followed forward while the unit reached has
   * ended (a unit still active, or one that ended without a records successor, is where the chain stops).
   */
  async rollupMap(m: EntityManager, unitIds: readonly string[]): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const rows: { start_id: string; unit_id: string }[] = await m.query(
      `WITH RECURSIVE walk(start_id, unit_id, depth) AS (
         SELECT id, id, 0 FROM unnest($1::uuid[]) AS id
         UNION ALL
         SELECT w.start_id, l.successor_id, w.depth + 1
           FROM walk w JOIN org_unit u ON u.id = w.unit_id AND u.valid_to IS NOT NULL
           JOIN org_lineage l ON l.predecessor_id = w.unit_id AND l.records
          WHERE w.depth < 64
       )
       SELECT DISTINCT ON (start_id) start_id, unit_id FROM walk ORDER BY start_id, depth DESC`,
      [[...new Set(unitIds)]],
    );
    return new Map(rows.map((r) => [r.start_id, r.unit_id]));
  }

  /** The links into (predecessors) and out of (successors) a unit, with the change and decision that made each. */
  async lineageOf(m: EntityManager, unitId: string) {
    const rows: {
      direction: 'PREDECESSOR' | 'SUCCESSOR'; unitId: string; name: string; code: string; kind: OrgChangeKind; records: boolean; changeId: string;
      decisionNumber: string; decisionDate: string; effectiveDate: string;
    }[] = await m.query(
      `SELECT CASE WHEN l.successor_id = $1 THEN 'PREDECESSOR' ELSE 'SUCCESSOR' END AS direction,
              o.id AS "unitId", o.name, o.code, l.kind, l.records, l.change_id AS "changeId", c.decision_number AS "decisionNumber",
              to_char(c.decision_date, 'YYYY-MM-DD') AS "decisionDate", to_char(c.effective_date, 'YYYY-MM-DD') AS "effectiveDate"
         FROM org_lineage l JOIN org_change c ON c.id = l.change_id
         JOIN org_unit o ON o.id = CASE WHEN l.successor_id = $1 THEN l.predecessor_id ELSE l.successor_id END
        WHERE l.successor_id = $1 OR l.predecessor_id = $1
        ORDER BY c.effective_date, o.code`,
      [unitId],
    );
    const strip = ({ direction: _d, ...rest }: (typeof rows)[number]) => rest;
    return {
      predecessors: rows.filter((r) => r.direction === 'PREDECESSOR').map(strip),
      successors: rows.filter((r) => r.direction === 'SUCCESSOR').map(strip),
    };
  }

  /** Applied changes decided by units within the scope prefixes, newest first. */
  async page(m: EntityManager, scopePrefixes: readonly string[], page: number, pageSize: number) {
    const where = `EXISTS (SELECT 1 FROM org_unit d WHERE d.id = c.decider_unit_id AND d.path LIKE ANY($1::text[]))`;
    const [{ total }] = await m.query(`SELECT count(*)::int AS total FROM org_change c WHERE ${where}`, [scopePrefixes]);
    const items = await m.query(
      `SELECT c.id, c.kind, to_char(c.effective_date, 'YYYY-MM-DD') AS "effectiveDate", c.decision_number AS "decisionNumber",
              to_char(c.decision_date, 'YYYY-MM-DD') AS "decisionDate", c.plan -> 'decision' ->> 'body' AS "decisionBody",
              c.decider_unit_id AS "deciderUnitId", c.case_id AS "caseId", c.reason, c.applied_by AS "appliedBy", c.applied_at AS "appliedAt",
              c.outcome
         FROM org_change c WHERE ${where} ORDER BY c.applied_at DESC, c.id LIMIT $2 OFFSET $3`,
      [scopePrefixes, pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }
}
