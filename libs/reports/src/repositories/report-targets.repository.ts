import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface TargetRecord {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  year: number;
  indicator: string;
  version: number;
  value: number;
  basis: string;
  reason: string | null;
  setById: string;
  setByName: string;
  setAt: string;
}

const SELECT = `SELECT t.id, t.org_unit_id AS "unitId", ou.code AS "unitCode", ou.name AS "unitName", t.year, t.indicator, t.version, t.value,
                       t.basis, t.reason, t.set_by AS "setById", u.display_name AS "setByName",
                       to_char(t.set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "setAt"
                  FROM report_target t JOIN org_unit ou ON ou.id = t.org_unit_id JOIN app_user u ON u.id = t.set_by`;

/** The committees' targets (owned here): versions are appended, never changed. */
@Injectable()
export class ReportTargetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every version for a year and an indicator of the given units, newest first per unit. */
  async versions(year: number, indicator: string, unitIds: readonly string[]): Promise<TargetRecord[]> {
    return this.dataSource.query(
      `${SELECT} WHERE t.year = $1 AND t.indicator = $2 AND t.org_unit_id = ANY($3::uuid[]) ORDER BY ou.code, t.version DESC`,
      [year, indicator, unitIds],
    );
  }

  /** The version in force (the newest) for a year and an indicator, of each of the given units that has one. */
  async inForce(year: number, indicator: string, unitIds: readonly string[]): Promise<TargetRecord[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON ("unitId") * FROM (${SELECT} WHERE t.year = $1 AND t.indicator = $2 AND t.org_unit_id = ANY($3::uuid[])) v
        ORDER BY "unitId", version DESC`,
      [year, indicator, unitIds],
    );
  }

  /** Appends the next version (the unique key refuses a concurrent one with the same number). */
  async append(
    m: EntityManager,
    t: { unitId: string; year: number; indicator: string; value: number; basis: string; reason: string | null; setBy: string },
  ): Promise<{ id: string; version: number; setAt: string }> {
    const id = randomUUID();
    const rows: { version: number; setAt: string }[] = await m.query(
      `INSERT INTO report_target (id, org_unit_id, year, indicator, version, value, basis, reason, set_by)
       SELECT $1::uuid, $2::uuid, $3::int, $4::varchar, COALESCE(max(version), 0) + 1, $5::int, $6::text, $7::text, $8::uuid
         FROM report_target WHERE org_unit_id = $2::uuid AND year = $3::int AND indicator = $4::varchar
       RETURNING version, to_char(set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "setAt"`,
      [id, t.unitId, t.year, t.indicator, t.value, t.basis, t.reason, t.setBy],
    );
    return { id, version: rows[0].version, setAt: rows[0].setAt };
  }
}
