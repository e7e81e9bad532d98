import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A unit as a change reads it (today's row; dates as ISO strings). */
export interface UnitRow {
  id: string;
  name: string;
  code: string;
  level: string;
  parentId: string | null;
  path: string;
  validFrom: string;
  validTo: string | null;
}

const UNIT_COLUMNS = `id, name, code, level, parent_id AS "parentId", path, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
                      to_char(valid_to, 'YYYY-MM-DD') AS "validTo"`;

/**
 * Reads of the organisation tree for structural changes and the history views (`org_unit` and `org_unit_period` are
 * access's tables; organisations only reads them here and writes them through OrgTreeWriterService).
 */
@Injectable()
export class OrgTreeRepository {
  async units(m: EntityManager, ids: readonly string[]): Promise<Map<string, UnitRow>> {
    if (ids.length === 0) return new Map();
    const rows: UnitRow[] = await m.query(`SELECT ${UNIT_COLUMNS} FROM org_unit WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Locks the units' rows (in id order) so that two changes of the same units take turns; the second sees the first's result. */
  async lock(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await m.query(`SELECT id FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...new Set(ids)]]);
  }

  /** Units directly under the given ones that are still active on `onDate` (not ended by then). */
  async activeChildren(m: EntityManager, parentIds: readonly string[], onDate: string): Promise<UnitRow[]> {
    if (parentIds.length === 0) return [];
    return m.query(
      `SELECT ${UNIT_COLUMNS} FROM org_unit WHERE parent_id = ANY($1::uuid[]) AND (valid_to IS NULL OR valid_to > $2::date) ORDER BY path`,
      [parentIds, onDate],
    );
  }

  /** The codes among `codes` already used by a unit (active or ended: a code names one unit for good). */
  async takenCodes(m: EntityManager, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await m.query(`SELECT code FROM org_unit WHERE code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((r) => r.code));
  }

  async existingUsers(m: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { id: string }[] = await m.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [[...new Set(userIds)]]);
    return new Set(rows.map((r) => r.id));
  }

  async roleAssignmentsOn(m: EntityManager, unitIds: readonly string[]): Promise<number> {
    if (unitIds.length === 0) return 0;
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM role_assignment WHERE unit_id = ANY($1::uuid[])`, [unitIds]);
    return n;
  }

  /**
   * The units within the scope prefixes that are active on `asOf`, with their name, parent, level and code as of that
   * day; `status` is today's (ACTIVE or ENDED).
   */
  async treeAsOf(m: EntityManager, scopePrefixes: readonly string[], asOf: string, today: string) {
    return m.query(
      `SELECT p.unit_id AS id, p.code, p.name, p.level, p.parent_id AS "parentId", to_char(u.valid_from, 'YYYY-MM-DD') AS "validFrom",
              to_char(u.valid_to, 'YYYY-MM-DD') AS "validTo",
              CASE WHEN u.valid_to IS NULL OR u.valid_to > $3::date THEN 'ACTIVE' ELSE 'ENDED' END AS status
         FROM org_unit_period p JOIN org_unit u ON u.id = p.unit_id
        WHERE p.valid_from <= $2::date AND (p.valid_to IS NULL OR p.valid_to > $2::date) AND u.path LIKE ANY($1::text[])
        ORDER BY p.path, p.name`,
      [scopePrefixes, asOf, today],
    );
  }

  async periods(m: EntityManager, unitId: string) {
    return m.query(
      `SELECT to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", name, code, level, parent_id AS "parentId"
         FROM org_unit_period WHERE unit_id = $1 ORDER BY valid_from`,
      [unitId],
    );
  }
}
