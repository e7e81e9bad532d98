import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface UnitRecord {
  id: string;
  code: string;
  name: string;
  path: string;
  level: string;
  parentName: string | null;
}

/** The organisation tree as reports read it (read only: libs/access owns the table). */
@Injectable()
export class ReportUnitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(unitId: string): Promise<UnitRecord | undefined> {
    const rows: UnitRecord[] = await this.dataSource.query(
      `SELECT u.id, u.code, u.name, u.path, u.level, p.name AS "parentName" FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id WHERE u.id = $1`,
      [unitId],
    );
    return rows[0];
  }

  /**
   * The unit's direct children to show for a period [from, to): those active during it, those active today when the
   * report counts under today's units, and any of `counted` (units a fact counted under, or their ancestors).
   */
  async children(unitId: string, from: string, to: string, today: boolean, counted: readonly string[]): Promise<UnitRecord[]> {
    return this.dataSource.query(
      `SELECT u.id, u.code, u.name, u.path, u.level, NULL AS "parentName" FROM org_unit u
        WHERE u.parent_id = $1
          AND ((u.valid_from < $3::date AND (u.valid_to IS NULL OR u.valid_to > $2::date))
               OR ($4 AND u.valid_to IS NULL)
               OR EXISTS (SELECT 1 FROM org_unit c WHERE c.id = ANY($5::uuid[]) AND left(c.path, length(u.path)) = u.path))
        ORDER BY u.code`,
      [unitId, from, to, today, counted],
    );
  }

  /** The ids of a unit and every unit below it. */
  async subtree(path: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM org_unit WHERE left(path, length($1)) = $1`, [path]);
    return rows.map((r) => r.id);
  }
}
